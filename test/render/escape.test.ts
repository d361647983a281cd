import { describe, expect, it } from 'vitest';
import { escapeCode, escapeCommand, escapeHtml, escapeHtmlComment, escapeMarkdown, truncate } from '../../src/render/escape.ts';

export const HOSTILE = [
  '@octocat',
  'ping @github/security-team now',
  '<img src=x onerror=alert(1)>',
  '</details><script>alert(1)</script>',
  '<!-- hidden -->',
  'a | b || c',
  'line1\nline2\r\n| x | y |',
  '`code` ``` fence ```',
  '[x](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '[ref]: https://evil.example',
  'https://evil.example/path and www.evil.example',
  '**bold** _em_ ~~strike~~ $\\sqrt{x}$',
  '# heading',
  '- item',
  '1. ordered',
  '> quote',
  'fixes #12 and owner/repo#34 and GH-56',
  '&amp; &lt;script&gt; &#124;',
  'tab\there\u0000nul\u001b[31mansi',
  'bidi \u202eevil\u202c text',
  '\\`escaped backslash\\',
];

/** What a reader sees: undo the escapes (entities, backslashes, joiners). */
function rendered(s: string): string {
  return s
    .replace(/\u200d/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#124;/g, '|')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function assertInert(out: string): void {
  expect(out).not.toMatch(/[\n\r<>|]/);
  expect(out).not.toMatch(/@[A-Za-z0-9]/); // no mention
  expect(out).not.toMatch(/(?<!&)#\d/); // no issue reference (the &#124; entity aside)
  expect(out).not.toMatch(/:\/\//); // no bare autolink
  expect(out).not.toMatch(/www\./i);
  // every '&' starts one of our entities
  expect(out.replace(/&(amp|lt|gt|quot|#124);/g, '')).not.toContain('&');
  // every Markdown-active character is backslash-escaped
  const unescaped = out.replace(/\\[!-/:-@[-`{-~]/g, '');
  expect(unescaped).not.toMatch(/[`*_[\]~$\\]/);
  expect(unescaped).not.toMatch(/^\s*[#+\-=]/);
  expect(unescaped).not.toMatch(/^\s*\d+[.)]/);
}

describe('escapeMarkdown', () => {
  for (const h of HOSTILE) {
    it(`neutralises ${JSON.stringify(h)} and still reads the same`, () => {
      const out = escapeMarkdown(h);
      assertInert(out);
      const expected = h
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '')
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
      expect(rendered(out)).toBe(expected);
    });
  }

  it('breaks a mention with a zero-width joiner', () => {
    expect(escapeMarkdown('@octocat')).toBe('@\u200doctocat');
  });

  it('truncates before escaping so no entity is cut', () => {
    const out = escapeMarkdown('<'.repeat(100), { maxLength: 10 });
    expect(out).toBe('&lt;'.repeat(9) + '…');
    expect(truncate('héllo wörld', 5)).toBe('héll…');
    expect(truncate('short', 5)).toBe('short');
  });

  it('leaves plain text alone', () => {
    expect(escapeMarkdown('NVIDIA H100 80GB HBM3')).toBe('NVIDIA H100 80GB HBM3');
    expect(escapeMarkdown('runner-1.example')).toBe('runner-1.example');
  });
});

describe('escapeCode / escapeCommand', () => {
  it('cannot be broken out of with backticks or tags', () => {
    for (const h of HOSTILE) {
      const out = escapeCode(h);
      expect(out.startsWith('<code>') && out.endsWith('</code>')).toBe(true);
      assertInert(out.slice('<code>'.length, -'</code>'.length));
    }
  });
  it('quotes arguments with spaces and caps the length', () => {
    expect(rendered(escapeCommand(['python', 'train.py', '--name', 'a b']))).toBe("<code>python train.py --name 'a b'</code>");
    expect(escapeCommand(['x'.repeat(1000)]).length).toBeLessThan(220);
  });
});

describe('escapeHtml', () => {
  it('escapes text and attribute specials and drops XML-invalid controls', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\nc')).toBe('a\ufffdb\nc');
  });
});

describe('escapeHtmlComment', () => {
  it('cannot close the comment', () => {
    const out = escapeHtmlComment('joulecheck --> <script> -- x');
    expect(out).not.toMatch(/--|>|</);
  });
});
