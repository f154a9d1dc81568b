import { describe, expect, it } from 'vitest';
import { sanitizeAgentHtml } from './sanitize-agent-html.ts';

describe('sanitizeAgentHtml', () => {
  it('keeps paragraphs, emphasis, lists, quotes, code and web or mail links', () => {
    const html = '<p><strong>Hei</strong> <em>Aino</em>, <u>katso</u> <s>vanha</s></p><ul><li>yksi</li></ul><ol start="3"><li>kolme</li></ol><blockquote>lainaus</blockquote><pre><code>npm i</code></pre><p><a href="https://tuki.example/ohje">ohje</a> <a href="mailto:tuki@tuki.example">posti</a></p>';
    expect(sanitizeAgentHtml(html)).toBe(
      '<p><strong>Hei</strong> <em>Aino</em>, <u>katso</u> <s>vanha</s></p><ul><li>yksi</li></ul><ol start="3"><li>kolme</li></ol><blockquote>lainaus</blockquote><pre><code>npm i</code></pre><p><a href="https://tuki.example/ohje" target="_blank" rel="noopener noreferrer nofollow">ohje</a> <a href="mailto:tuki@tuki.example" target="_blank" rel="noopener noreferrer nofollow">posti</a></p>',
    );
  });

  it('drops scripts, event handlers, styles, images, frames and javascript: links', () => {
    const html = '<p style="color:red" onclick="x()">Hi<script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://evil.example"></iframe> <a href="javascript:alert(3)">bad</a> <a href="//evil.example">rel</a></p><style>p{}</style>';
    const cleaned = sanitizeAgentHtml(html) ?? '';
    expect(cleaned).not.toMatch(/script|onerror|onclick|style|img|iframe|javascript:|evil/i);
    expect(cleaned).toContain('Hi');
    expect(cleaned).toContain('>bad</a>');
  });

  it('maps b and i to strong and em, and returns null when nothing but empty markup is left', () => {
    expect(sanitizeAgentHtml('<b>a</b><i>b</i>')).toBe('<strong>a</strong><em>b</em>');
    expect(sanitizeAgentHtml('<p></p><script>alert(1)</script>')).toBeNull();
    expect(sanitizeAgentHtml('')).toBeNull();
    expect(sanitizeAgentHtml(null)).toBeNull();
  });
});
