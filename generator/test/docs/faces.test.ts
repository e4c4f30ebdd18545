import { createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSpecFile } from '../../src/pipeline.ts';
import { runCli } from '../support/cli.ts';
import { tempDir } from '../support/generated.ts';
import { realSpecPath, repoRoot } from '../support/paths.ts';
import { synthesizeRecords } from '../../../conformance/synth/generate.ts';
import { writeNdjson } from '../../../conformance/synth/write-ndjson.ts';
import { loadSuite } from '../../../conformance/api/suite.ts';
import { reportView } from '../../../conformance/report/conformance-view.ts';
import { renderConformanceReports, writeReportFiles } from '../../../conformance/report/write-reports.ts';
import { conform, suiteDir, withReferenceServer } from '../../../conformance/test/support.ts';

/**
 * What the people who are not developers see, in a real browser (Debian's chromium, as browser.test.ts): the
 * scorecard, the site's pages on screen and in print. Each test takes a screenshot into test-output/screenshots/
 * (kept by CI as the run's evidence) and asserts what a person would look for. Skipped, saying why, where chromium is
 * missing; CI always has it.
 */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const haveChromium = (() => {
  try {
    readdirSync(join(executablePath, '..'));
    return readdirSync(join(executablePath, '..')).includes(executablePath.split('/').pop()!);
  } catch {
    return false;
  }
})();
const docs = join(repoRoot, 'generated', 'docs');
const shots = join(repoRoot, 'test-output', 'screenshots');
const url = (page: string, dir = docs) => pathToFileURL(join(dir, page)).href;
/** A4's width less the print stylesheet's margins (210 - 2 × 12 mm), in CSS pixels at 96 per inch. */
const a4ContentWidth = Math.floor(((210 - 24) / 25.4) * 96);

let browser: Browser;

async function open(address: string, width = 1200, height = 900): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  page.on('pageerror', (e) => void problems.push(`error: ${e.message}`));
  await page.goto(address);
  return { page, problems };
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(shots, name), fullPage });
}

describe.skipIf(!haveChromium)(`what assessors, BI managers and architects see (${haveChromium ? executablePath : `skipped: no ${executablePath}; install Debian's chromium`})`, () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('the scorecard opens with the provider table and its charts, above the fold', async () => {
    const model = (await checkSpecFile(realSpecPath)).model!;
    const dir = tempDir('faces-scorecard');
    await writeNdjson(synthesizeRecords(model, { classes: [], count: 400, seed: 3, invalidRate: 0.3 }), createWriteStream(join(dir, 'provider-a.ndjson')));
    await writeNdjson(synthesizeRecords(model, { classes: [], count: 300, seed: 4, invalidRate: 0.05 }), createWriteStream(join(dir, 'provider-b.ndjson')));
    const reports = join(dir, 'reports');
    const run = await runCli(['validate', join(dir, 'provider-a.ndjson'), join(dir, 'provider-b.ndjson'), '--no-progress', '--report-dir', reports]);
    expect(run.code, run.stderr).toBe(1);
    const { page, problems } = await open(url('scorecard.html', reports));
    await shot(page, 'scorecard.png');
    expect(await page.locator('h2').first().textContent()).toBe('Providers');
    const table = await page.locator('#provider-table').boundingBox();
    expect(table!.y).toBeLessThan(900);
    expect(await page.locator('#provider-table tbody tr').count()).toBe(2);
    // The better provider (fewer defects) first, and one bar per provider in the ranking chart.
    expect(await page.locator('#provider-table tbody tr th').first().textContent()).toContain('provider-b.ndjson');
    expect(await page.locator('svg#chart-providers rect.bar-fill').count()).toBe(2);
    expect(await page.locator('svg#chart-completeness rect.bar-fill').count()).toBeGreaterThan(5);
    const chart = await page.locator('svg#chart-providers').boundingBox();
    expect(chart!.y).toBeGreaterThan(table!.y);
    expect(await page.locator('.stamp').textContent()).toMatch(/^Run on \d{4}-\d\d-\d\d at \d\d:\d\d UTC with asc-mods /);
    await shot(page, 'scorecard-full.png', true);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('the conformance report: a requirement leads to its failures, grouped across classes and expandable', async () => {
    const { suite, fixtures } = await loadSuite(suiteDir);
    const result = await withReferenceServer({ defect: 'loses-change-log' }, (address) => conform(address, { classes: ['risk', 'goal', 'alert', 'need'] }));
    const dir = tempDir('faces-conformance');
    await writeReportFiles(dir, await renderConformanceReports(reportView(result, suite, fixtures.values())));
    const { page, problems } = await open(url('conformance.html', dir));
    expect(await page.locator('main > p').first().textContent()).toMatch(/Run on \d{4}-\d\d-\d\d/);
    await shot(page, 'conformance.png');
    const row = page.locator('#requirements + table tbody tr', { hasText: 'MODS-AUDIT-003' });
    await row.locator('.links a').first().click();
    const target = new URL(page.url()).hash.slice(1);
    const group = page.locator(`section.failure-group[aria-labelledby="${target}"]`);
    expect(await group.locator('h3').textContent()).toContain('the same failure in 4 classes');
    const details = group.locator('details');
    expect(await details.locator('p[id]').first().isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('p[id]').first().isVisible()).toBe(true);
    await shot(page, 'conformance-group.png');
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  it('a class page in print keeps every column of its tables on an A4 page, and prints no navigation', async () => {
    const { page } = await open(url('classes/subject_of_care.html'), a4ContentWidth, 1100);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    const overflow = await page.evaluate((width) => {
      const doc = (globalThis as unknown as { document: { querySelectorAll: (s: string) => ArrayLike<{ getBoundingClientRect: () => { right: number }; textContent: string | null }> } }).document;
      return Array.from(doc.querySelectorAll('table th, table td')).filter((cell) => cell.getBoundingClientRect().right > width + 0.5).map((cell) => cell.textContent?.slice(0, 40));
    }, a4ContentWidth);
    expect(overflow).toEqual([]);
    expect(await page.locator('table').first().locator('thead th').count()).toBeGreaterThanOrEqual(6);
    await shot(page, 'class-print.png');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });

  it('the glossary is sorted, and its terms link to the classes that use them', async () => {
    const { page } = await open(url('glossary.html'));
    const terms = await page.locator('dl.glossary dt').allTextContents();
    const key = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(terms.length).toBeGreaterThan(10);
    expect(terms).toEqual([...terms].sort((a, b) => key(a).localeCompare(key(b), 'en')));
    const use = page.locator('dl.glossary .uses a').first();
    const href = await use.getAttribute('href');
    await use.click();
    await page.waitForURL(new RegExp(`${href!.replace(/[.#]/g, '\\$&')}$`));
    await shot(page, 'glossary-link.png');
    await page.close();
  });

  it('search forgives a typo: "alergy" finds Allergies', async () => {
    const { page, problems } = await open(url('search.html'));
    await page.fill('#search-input', 'alergy');
    const link = page.locator('#search-results a', { hasText: /^Allergies$/ }).first();
    await expect(link.getAttribute('href')).resolves.toBe('classes/allergies.html');
    const rank = (await page.locator('#search-results a').allTextContents()).indexOf('Allergies');
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(5);
    await shot(page, 'search-typo.png');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('value sets have an index whose every entry leads to its value set', async () => {
    const { page } = await open(url('value-sets.html'));
    const entries = page.locator('nav.vs-index a');
    const sections = await page.locator('main section[id^="vs-"]').count();
    expect(await entries.count()).toBe(sections);
    await entries.nth(3).click();
    const target = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`section#${target}`).isVisible()).toBe(true);
    await shot(page, 'value-sets-index.png');
    await page.close();
  });

  it('notes look like notes, not warnings, and no page holds an id twice', async () => {
    const { page } = await open(url('classes/risk.html'));
    const note = page.locator('p.note').first();
    const colour = await note.evaluate((el) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { borderLeftColor: string } }).getComputedStyle(el).borderLeftColor);
    expect(colour).toBe('rgb(74, 103, 133)');
    await shot(page, 'class-note.png');
    const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const twice: string[] = [];
    for (const p of pages) {
      await page.goto(url(p));
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => (e as unknown as { id: string }).id));
      const seen = new Set<string>();
      for (const id of ids) (seen.has(id) ? twice.push(`${p}#${id}`) : seen.add(id));
    }
    expect(twice).toEqual([]);
    await page.close();
  }, 120_000);

  it('the model diagrams: laid out per group, every line ends in an arrowhead and carries the element that refers, with a legend, all in view', async () => {
    const { page, problems } = await open(url('model.html'), 1400, 1000);
    expect(await page.locator('marker#arrow path').count()).toBe(1);
    expect(await page.locator('dl.legend dd').count()).toBe(4);
    // The overview: a matrix of references between groups, a row per group, each leading to its group's diagram.
    const rows = page.locator('table.matrix tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    const svgs = page.locator('.diagram svg');
    const n = await svgs.count();
    expect(n).toBe(await rows.count());
    let lines = 0;
    for (let i = 0; i < n; i += 1) {
      const svg = svgs.nth(i);
      const edges = await svg.locator('.edges path').count();
      lines += edges;
      expect(await svg.locator('.edges path[marker-end="url(#arrow)"]').count()).toBe(edges);
      const labels = await svg.locator('.edge-labels text').allTextContents();
      expect(labels).toHaveLength(edges);
      expect(labels.every((l) => l.trim().length > 0)).toBe(true);
      // Each drawing fits the page: no scrolling inside a clipped box.
      const box = (await svg.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1400);
    }
    expect(lines).toBeGreaterThan(100);
    // What extends an abstract class is said under its group's drawing, each class a link.
    const extended = page.locator('section:has(#group-observations) p.extended');
    expect(await extended.first().textContent()).toMatch(/^Extending Observations .*Allergies/);
    await page.locator('#group-observations').scrollIntoViewIfNeeded();
    expect(problems).toEqual([]);
    await page.locator('svg#diagram-observations').screenshot({ path: join(shots, 'model-diagram.png') });
    await page.locator('table.matrix').screenshot({ path: join(shots, 'model-overview.png') });
    await page.close();
  });

  it('the changelog names each release and its status, additions apart from breaking changes', async () => {
    const { page } = await open(url('changelog.html'));
    expect(await page.locator('header .release-status').textContent()).toBe('published');
    const first = page.locator('main section').first();
    expect(await first.locator('h3').allTextContents()).not.toContain('Breaking Additions');
    expect(await page.locator('main section h3', { hasText: 'Additions' }).count()).toBeGreaterThan(0);
    await shot(page, 'changelog.png');
    await page.close();
  });

  it('the API reference shows each operation with its parameters, its request body and its responses', async () => {
    const { page, problems } = await open(`${url('api.html')}#op-createSubjectOfCare`);
    const create = page.locator('#op-createSubjectOfCare');
    await expect.poll(() => create.isVisible()).toBe(true);
    expect(await create.locator('h4').allTextContents()).toEqual(['Request body', 'Responses']);
    expect(await create.locator('a[href="classes/subject_of_care.html"]').count()).toBeGreaterThan(0);
    await create.locator('details.example summary').click();
    const example = JSON.parse((await create.locator('details.example pre').textContent()) ?? '') as { record_type?: string };
    expect(example.record_type).toBe('subject_of_care');
    expect(await create.locator('tbody th', { hasText: '201' }).count()).toBe(1);
    // A path-level parameter (the record's uid) reaches each operation under it.
    expect(await page.locator('#op-readSubjectOfCare tbody th code', { hasText: 'record_uid' }).count()).toBe(1);
    // The old row anchors (#createSubjectOfCare) still land on the operation.
    expect(await page.locator('#createSubjectOfCare').count()).toBe(1);
    expect(problems).toEqual([]);
    await shot(page, 'api.png');
    await page.close();
  });

  it('every page kind opens with its heading, no script error, and a screenshot of what a person sees first', async () => {
    const kinds = ['index.html', 'classes.html', 'classes/subject_of_care.html', 'value-sets.html', 'requirements.html', 'published.html', 'glossary.html', 'legislation.html', 'model.html', 'fhir.html', 'api.html', 'downloads.html', 'changelog.html', 'search.html'];
    for (const kind of kinds) {
      const { page, problems } = await open(url(kind));
      const h1 = (await page.locator('main h1').textContent())?.trim() ?? '';
      expect(h1.length, kind).toBeGreaterThan(0);
      expect(await page.locator('header nav a').count(), kind).toBeGreaterThan(5);
      expect(problems, kind).toEqual([]);
      await shot(page, `page-${kind.replace(/\//g, '-').replace(/\.html$/, '')}.png`);
      await page.close();
    }
  });
});
