import { describe, expect, it } from 'vitest';
import { renderScorecardHtml } from '../../report/html.ts';
import type { ValidationResult } from '../../files/result.ts';
import { fixture } from './result-fixture.ts';

describe('renderScorecardHtml', () => {
  const html = renderScorecardHtml(fixture);

  it('is one English page with a title, the spec and release, ending in a newline', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Data-quality scorecard: DAPB4102 Adult Social Care MODS, release 0.1.0</title>');
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html).not.toContain('\r');
  });

  it('shows the totals, the findings by severity and the top checks', () => {
    for (const row of [
      '<th scope="row">Records read</th><td class="num">5,020</td><td class="num">100.0%</td>',
      '<th scope="row">Valid</th><td class="num">12</td><td class="num">0.2%</td>',
      '<th scope="row">Invalid</th><td class="num">5,007</td><td class="num">99.7%</td>',
      '<th scope="row">Unreadable</th><td class="num">1</td><td class="num">&lt;0.1%</td>',
      '<th scope="row" class="severity-error">Errors</th><td class="num">5,008</td>',
      '<th scope="row"><code>schema.pattern</code></th><td>MODS-R03</td><td class="severity-error">error</td><td class="num">5,000</td><td class="num">5,000</td>',
    ]) expect(html).toContain(row);
  });

  it('draws completeness and validity per element as a percentage, a bar and a rating', () => {
    expect(html).toContain('<td class="num">9 of 10</td>');
    expect(html).toContain('<span class="fill poor" style="width: 90.0%"></span></span> <span class="pct">90.0%</span> <span class="rating poor">poor</span>');
    expect(html).toContain('<span class="fill fair" style="width: 88.8%"></span></span> <span class="pct">88.8%</span> <span class="rating fair">fair</span>');
    // The completeness of an optional element is shown, not rated.
    expect(html).toContain('<span class="fill info" style="width: 95.8%"></span></span> <span class="pct">95.8%</span> <span class="rating info">optional</span>');
    expect(html).toContain('<span class="pct">n/a</span> <span class="rating none">no data</span>');
  });

  it('escapes text from the result and never holds a script', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;) &amp; &#x27;y&#x27;&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('{{');
  });

  it('fetches nothing: no external URL, link, image, font or script', () => {
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b|@import|url\(|src=/i);
  });

  it('is accessible: tables with captions and scoped headers, headings in order', () => {
    const tables = html.match(/<table\b/g) ?? [];
    expect(tables.length).toBe(8);
    expect((html.match(/<caption>/g) ?? []).length).toBe(tables.length);
    expect(html).not.toMatch(/<th\b(?![^>]*scope="(row|col)")[^>]*>/);
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('opens with the run stamp, a table of contents and the providers, before any other section', () => {
    expect(html).toContain('Run on 2026-11-30 at 09:15 UTC with asc-mods 0.1.0');
    const toc = html.indexOf('<nav class="toc"');
    const providers = html.indexOf('<h2 id="providers">');
    expect(toc).toBeGreaterThan(0);
    expect(providers).toBeGreaterThan(toc);
    expect(html.indexOf('<h2', 0)).toBe(providers);
    for (const id of [...html.matchAll(/<a href="#([a-z-]+)">/g)].map((m) => m[1])) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<svg id="chart-providers"');
    expect(html).toContain('<h2 id="comparison">Classes by provider</h2>');
    const one: ValidationResult = { ...fixture, providers: fixture.providers.slice(0, 1) };
    expect(renderScorecardHtml(one)).not.toContain('id="comparison"');
  });

  it('renders the same bytes every time', () => {
    expect(renderScorecardHtml(fixture)).toBe(html);
  });
});
