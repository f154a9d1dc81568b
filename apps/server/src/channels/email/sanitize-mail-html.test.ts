import { describe, expect, it } from 'vitest';
import { sanitizeMailHtml } from './sanitize-mail-html.ts';

const cidUrl = (contentId: string) => (contentId === 'logo@shop.example' ? `/api/v1/inline/${encodeURIComponent(contentId)}` : null);
const sanitize = (html: string, allowRemoteImages = false) => sanitizeMailHtml(html, { allowRemoteImages, cidUrl });

describe('sanitizeMailHtml', () => {
  it('removes scripts, event handlers and active elements', () => {
    const { html } = sanitize(
      '<body onload="steal()"><p onclick="x()">Hi</p><script>alert(1)</script><iframe src="https://evil.example"></iframe>' +
        '<object data="a.swf"></object><embed src="a.swf"><form action="https://evil.example"><input name="q"></form>' +
        '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"></body>',
    );
    expect(html).toBe('<p>Hi</p>');
  });

  it('drops <style> blocks and only the dangerous declarations of style attributes', () => {
    const { html } = sanitize(
      '<style>body { background: url(https://t.example/a) }</style>' +
        '<p style="color: red; background-image: url(&quot;https://t.example/bg.png&quot;); font-weight: bold; width: expression(alert(1))">x</p>',
    );
    expect(html).toBe('<p style="color: red; font-weight: bold">x</p>');
  });

  it('drops style declarations hidden behind CSS escapes or comments', () => {
    const { html } = sanitize('<p style="color: blue; background: u\\72l(https://t.example/x); margin: 0 /* x */ url(https://t.example/y)">x</p>');
    expect(html).toBe('<p style="color: blue">x</p>');
  });

  it('survives a malformed cid reference', () => {
    expect(sanitize('<img src="cid:%E0%A4%A" alt="x">').html).toBe('<img alt="x" />');
  });

  it('forces safe link attributes and allows only http, https and mailto', () => {
    const { html } = sanitize(
      '<a href="https://ok.example/" target="_self">ok</a><a href="mailto:a@example.com">m</a>' +
        '<a href="javascript:alert(1)">js</a><a href="jav&#x61;script:alert(1)">js2</a><a href="ftp://x.example/">ftp</a><a href="data:text/html,x">d</a>',
    );
    expect(html).toContain('<a href="https://ok.example/" target="_blank" rel="noopener noreferrer nofollow">ok</a>');
    expect(html).toContain('<a href="mailto:a@example.com" target="_blank" rel="noopener noreferrer nofollow">m</a>');
    expect(html).not.toMatch(/javascript|ftp:|data:text/);
  });

  it('rewrites cid: images and drops unknown ones', () => {
    const result = sanitize('<img src="cid:logo@shop.example" alt="logo"><img src="cid:missing@x" alt="gone">');
    expect(result.html).toBe('<img alt="logo" src="/api/v1/inline/logo%40shop.example" /><img alt="gone" />');
    expect(result.blockedRemoteImages).toBe(0);
  });

  it('holds back remote images unless allowed', () => {
    const blocked = sanitize('<img src="https://cdn.example/photo.jpg" alt="photo" width="300">');
    expect(blocked.html).toBe('<img alt="photo" width="300" data-blocked-src="https://cdn.example/photo.jpg" />');
    expect(blocked.blockedRemoteImages).toBe(1);
    const allowed = sanitize('<img src="https://cdn.example/photo.jpg" alt="photo">', true);
    expect(allowed.html).toBe('<img alt="photo" src="https://cdn.example/photo.jpg" />');
    expect(allowed.blockedRemoteImages).toBe(0);
  });

  it('removes 1×1 and known tracking pixels entirely, even when remote images are allowed', () => {
    const html =
      '<p>Hi</p><img src="https://t.example/o/abc" width="1" height="1">' +
      '<img src="https://shop.us1.list-manage.com/track/open.php?u=1&id=2">' +
      '<img src="https://x.example/a.gif" style="width:1px;height:1px">' +
      '<img src="https://x.example/spacer.gif" width="0" height="0" />';
    for (const allowRemoteImages of [false, true]) {
      const result = sanitize(html, allowRemoteImages);
      expect(result.html).toBe('<p>Hi</p>');
      expect(result.trackingPixelsRemoved).toBe(4);
      expect(result.blockedRemoteImages).toBe(0);
    }
  });

  it('keeps raster data: images and drops other data: sources', () => {
    const { html } = sanitize('<img src="data:image/png;base64,iVBORw0KGgo=" alt="a"><img src="data:image/svg+xml;base64,PHN2Zz4=" alt="b">');
    expect(html).toBe('<img alt="a" src="data:image/png;base64,iVBORw0KGgo=" /><img alt="b" />');
  });

  it('keeps ordinary mail layout but not remote backgrounds', () => {
    const { html } = sanitize('<table background="https://t.example/bg.gif" width="600"><tr><td bgcolor="#ffffff" colspan="2"><font color="#333">Text</font></td></tr></table>');
    expect(html).toBe('<table width="600"><tr><td bgcolor="#ffffff" colspan="2"><font color="#333">Text</font></td></tr></table>');
  });
});
