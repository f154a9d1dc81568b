import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it('turns blocks into lines and drops invisible parts', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><!-- c --><p>One&nbsp;two</p><div>Three<br>Four</div><script>x()</script></body></html>';
    expect(htmlToText(html)).toBe('One two\n\nThree\nFour');
  });

  it('prefixes blockquote content with "> "', () => {
    expect(htmlToText('<p>New</p><blockquote><p>Old</p><blockquote>Older</blockquote></blockquote>')).toBe('New\n\n>\n> Old\n>\n> > Older');
  });

  it('keeps table cells apart', () => {
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe('a b\nc');
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeHtmlEntities('&auml;&#246;&#x161; &euro; &amp;lt; &bogus; &#0;')).toBe('äöš € &lt; &bogus; &#0;');
  });
});
