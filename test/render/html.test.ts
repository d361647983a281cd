import { describe, expect, it } from 'vitest';
import { html, join, raw, SafeHtml } from '../../src/render/html.ts';

describe('html tagged template', () => {
  it('escapes an interpolated <script>', () => {
    const s = String(html`<p>${'<script>alert(1)</script>'}</p>`);
    expect(s).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('escapes both quote kinds and ampersands inside attributes', () => {
    const s = String(html`<a title="${`" onmouseover="x()`}" data-x='${"' onclick='y()"}'>${'a & b'}</a>`);
    expect(s).toBe(`<a title="&quot; onmouseover=&quot;x()" data-x='&#39; onclick=&#39;y()'>a &amp; b</a>`);
  });

  it('inserts nested fragments as they are, without escaping them twice', () => {
    const inner = html`<b>${'x < y'}</b>`;
    const outer = html`<p>${inner} &amp; ${html`<i>${inner}</i>`}</p>`;
    expect(String(outer)).toBe('<p><b>x &lt; y</b> &amp; <i><b>x &lt; y</b></i></p>');
  });

  it('joins arrays, escaping their plain strings and keeping their fragments', () => {
    const items = ['<a>', 'b&c'].map((t) => html`<li>${t}</li>`);
    expect(String(html`<ul>${items}</ul>`)).toBe('<ul><li>&lt;a&gt;</li><li>b&amp;c</li></ul>');
    expect(String(html`${['<x>', html`<y>`, ['<z>']]}`)).toBe('&lt;x&gt;<y>&lt;z&gt;');
    expect(String(join([html`<code>a</code>`, '<b>'], html`<br>`))).toBe('<code>a</code><br>&lt;b&gt;');
    // a separator given as text is text
    expect(String(join(['a', 'b'], '<br>'))).toBe('a&lt;br&gt;b');
  });

  it('prints numbers as String() does and renders null/undefined as nothing', () => {
    expect(String(html`${0} ${-1.5} ${1e21} ${Number.NaN} ${null}${undefined}|`)).toBe('0 -1.5 1e+21 NaN |');
  });

  it('turns XML-invalid control characters into U+FFFD so an SVG stays renderable', () => {
    expect(String(html`<text>${'a\u0001b'}</text>`)).toBe('<text>a\ufffdb</text>');
  });

  it('does not take a plain string, or an object that looks like SafeHtml, as markup', () => {
    const fake = { toString: () => '<script>x()</script>' };
    // the type system refuses it; at run time it is refused too, never printed as markup
    expect(() => html`${fake as unknown as string}`).toThrow(/html: cannot interpolate a object; expected text, a number, SafeHtml/);
    expect(() => html`${true as unknown as string}`).toThrow(/cannot interpolate a boolean/);
    const built = '<b>' + 'made by concatenation' + '</b>';
    expect(String(html`${built}`)).toBe('&lt;b&gt;made by concatenation&lt;/b&gt;');
    // a forged instance (the prototype without the private field) is not markup either
    expect(() => html`${Object.create(SafeHtml.prototype) as SafeHtml}`).toThrow(/cannot interpolate a object/);
  });

  it('raw passes vetted constant markup through unchanged', () => {
    expect(String(html`<style>${raw('a>b{c:"d"}')}</style>`)).toBe('<style>a>b{c:"d"}</style>');
    expect(SafeHtml.is(html`x`)).toBe(true);
    expect(SafeHtml.is('<b>x</b>')).toBe(false);
  });
});
