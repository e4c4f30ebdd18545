import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInto, type GeneratedTree } from '../support/generated.ts';
import { kitchenSinkPath, repoRoot } from '../support/paths.ts';

const pagesOf = (docs: string) => readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
const idsCache = new Map<string, Set<string>>();
const idsIn = (file: string) => {
  let ids = idsCache.get(file);
  if (!ids) idsCache.set(file, (ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)))));
  return ids;
};
const decode = (text: string) => text.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Every internal link of a site: the file it names exists (inside generated/), and so does the #id it points at. */
function brokenLinks(docs: string): string[] {
  const broken: string[] = [];
  for (const page of pagesOf(docs)) {
    const file = join(docs, page);
    for (const [, raw] of readFileSync(file, 'utf8').matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decode(raw!);
      if (/^(https?:|mailto:)/.test(href)) continue;
      const [path, fragment] = href.split('#') as [string, string | undefined];
      const target = path === '' ? file : resolve(dirname(file), path.split('?')[0]!);
      if (!existsSync(target)) broken.push(`${page}: ${href} (no such file)`);
      else if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) broken.push(`${page}: ${href} (no such id)`);
    }
  }
  return broken;
}

describe('the documentation site (static checks)', () => {
  const docs = join(repoRoot, 'generated', 'docs');

  it('has a page per class and per topic, and no internal link is broken', () => {
    const pages = pagesOf(docs);
    expect(pages).toContain('index.html');
    expect(pages).toContain('classes/subject_of_care.html');
    expect(pages.length).toBeGreaterThan(80);
    expect(brokenLinks(docs)).toEqual([]);
  });

  it('fetches nothing from the network: no external script, style, font or image', () => {
    for (const page of pagesOf(docs)) {
      const html = readFileSync(join(docs, page), 'utf8');
      expect(html, page).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//);
    }
    expect(readFileSync(join(docs, 'assets', 'site.css'), 'utf8')).not.toMatch(/url\(|@import/);
  });

  it('each page has one h1, and headings never skip a level', () => {
    for (const page of pagesOf(docs)) {
      const levels = [...readFileSync(join(docs, page), 'utf8').matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      expect(levels.filter((l) => l === 1), page).toHaveLength(1);
      levels.forEach((l, i) => expect(i === 0 || l <= levels[i - 1]! + 1, `${page}: h${levels[i - 1]} then h${l}`).toBe(true));
    }
  });

  describe('from a spec full of hostile text', () => {
    let tree: GeneratedTree;
    beforeAll(async () => {
      tree = await generateInto(kitchenSinkPath, 'docs-kitchen-sink');
    }, 120_000);

    it('escapes it for HTML and for the search index: a </script> in a description cannot run', () => {
      const site = join(tree.dir, 'docs');
      for (const page of pagesOf(site)) {
        const html = readFileSync(join(site, page), 'utf8');
        expect(html, page).not.toContain('<script>alert(1)</script>');
        expect([...html.matchAll(/<script/g)].length, page).toBeLessThanOrEqual(2);
      }
      // The hostile text is there, as text.
      expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('ends a script &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      const index = readFileSync(join(site, 'assets', 'search-index.js'), 'utf8');
      expect(index).not.toMatch(/<\/script/i);
      expect(brokenLinks(site)).toEqual([]);
    });
  });
});
