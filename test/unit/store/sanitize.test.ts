import { describe, expect, it } from 'vitest';
import { sanitizeCommentHtml } from '../../../electron/core/content/sanitize';

describe('comment HTML sanitising', () => {
  it('keeps WordPress comment tags', () => {
    const html =
      '<p>Un <strong>vrai</strong> <em>métier</em>, <b>b</b> <i>i</i> <code>x</code> <del datetime="2020-01-01">old</del> <strike>s</strike><br>' +
      '<abbr title="Community Manager">CM</abbr> <acronym title="t">A</acronym> <q cite="https://a.example">q</q> <cite>c</cite></p>' +
      '<blockquote cite="https://a.example">quote</blockquote>';
    expect(sanitizeCommentHtml(html)).toBe(html.replace('<br>', '<br />'));
  });

  it('drops scripts with their text, styles, iframes and images', () => {
    const out = sanitizeCommentHtml(
      'Bonjour<script>alert("x")</script><style>body{display:none}</style><iframe src="https://evil.example"></iframe><img src="https://t.example/p.gif"> fin',
    );
    expect(out).toBe('Bonjour fin');
  });

  it('drops event handlers and style attributes', () => {
    expect(sanitizeCommentHtml('<em onclick="alert(1)" style="color:red">x</em><b onerror=alert(1)>y</b>')).toBe('<em>x</em><b>y</b>');
  });

  it('keeps http(s) and mailto links only, marked nofollow', () => {
    expect(sanitizeCommentHtml('<a href="https://a.example/x" onmouseover="x()">ok</a>')).toBe(
      '<a href="https://a.example/x" rel="nofollow ugc noopener noreferrer">ok</a>',
    );
    expect(sanitizeCommentHtml('<a href="mailto:a@b.example">m</a>')).toContain('href="mailto:a@b.example"');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', '//evil.example']) {
      const out = sanitizeCommentHtml(`<a href="${bad}">x</a>`);
      expect(out, bad).not.toMatch(/href/);
    }
  });

  it('escapes text that looks like markup and keeps entities readable', () => {
    expect(sanitizeCommentHtml('1 &lt; 2 &amp; [&#8230;]')).toBe('1 &lt; 2 &amp; […]');
  });

  it('handles a 1 MB comment', () => {
    const big = '<p>Un métier <a href="https://a.example">lien</a> <script>x()</script></p>'.repeat(15_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const out = sanitizeCommentHtml(big);
    expect(out).not.toContain('script');
    expect(out.match(/<a /g)).toHaveLength(15_000);
  });
});
