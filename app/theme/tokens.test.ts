// One set of tokens: every `var(--pb-…)` the kit's pages and elements read is defined somewhere, so a colour or
// a size never silently falls back to a value the theme does not know about.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** The kit's own source files that carry styles: the elements, the pages' scripts and sheets, the pages. */
function styledFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      // A test may set a token to see an element follow it: that defines nothing for the kit.
      return /\.(ts|css|html)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
    });
  const pages = readdirSync(ROOT)
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(ROOT, name));
  return [...walk(join(ROOT, 'components')), ...walk(join(ROOT, 'app')), ...pages];
}

/** The tokens each file reads with `var()`, and those it defines (a declaration, or `style.setProperty`). */
function tokens(): { used: Map<string, string[]>; defined: Set<string> } {
  const used = new Map<string, string[]>();
  const defined = new Set<string>();
  for (const file of styledFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const [, token] of text.matchAll(/var\(\s*(--pb-[\w-]+)/g))
      used.set(token!, [...(used.get(token!) ?? []), relative(ROOT, file)]);
    for (const [, token] of text.matchAll(/(?<![\w(-])(--pb-[\w-]+)\s*:/g)) defined.add(token!);
    for (const [, token] of text.matchAll(/setProperty\(\s*['"](--pb-[\w-]+)['"]/g)) defined.add(token!);
  }
  return { used, defined };
}

describe('the design tokens', () => {
  it('defines every token an element or a page reads', () => {
    const { used, defined } = tokens();
    const undefinedTokens = [...used]
      .filter(([token]) => !defined.has(token))
      .map(([token, files]) => `${token} (${[...new Set(files)].join(', ')})`);
    expect(undefinedTokens).toEqual([]);
  });

  it('defines the tokens several files share in the theme (app/theme), not inside one element', () => {
    const theme = readdirSync(join(ROOT, 'app/theme'))
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFileSync(join(ROOT, 'app/theme', name), 'utf8'))
      .join('\n');
    const shared = [...tokens().used].filter(([, files]) => new Set(files).size > 1).map(([token]) => token);
    expect(shared).toContain('--pb-accent');
    expect(shared.filter((token) => !new RegExp(`${token}\\s*:`).test(theme))).toEqual([]);
  });
});
