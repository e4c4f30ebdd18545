import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto } from '../support/generated.ts';
import { kitchenSinkPath, repoRoot } from '../support/paths.ts';

/**
 * The site in a real browser: Debian's chromium (installed by .ci/run with apt-get), driven by playwright-core,
 * headless. Never a browser download. Where chromium is missing (a developer machine without it) these tests are
 * skipped, and say why; CI always has it.
 */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
const docs = join(repoRoot, 'generated', 'docs');
const url = (page: string, dir = docs) => pathToFileURL(join(dir, page)).href;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;

/** Open a page, collecting console errors, page errors and dialogs (an alert would mean injected script ran). */
async function open(address: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  page.on('pageerror', (e) => void problems.push(`error: ${e.message}`));
  page.on('dialog', (d) => void (problems.push(`dialog: ${d.message()}`), d.dismiss()));
  await page.goto(address);
  return { page, problems };
}

describe.skipIf(!haveChromium)(`the documentation site in headless Chromium (${haveChromium ? executablePath : `skipped: no ${executablePath}; install Debian's chromium`})`, () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('every page renders with no console error', async () => {
    const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
    // One tab, page after page: what it reports is tagged with the page it was on.
    const { page, problems } = await open(url('index.html'));
    const seen: string[] = [];
    for (const p of pages) {
      const before = problems.length;
      await page.goto(url(p));
      expect(await page.locator('h1').count(), p).toBe(1);
      seen.push(...problems.slice(before).map((x) => `${p}: ${x}`));
    }
    expect(seen).toEqual([]);
    await page.close();
  }, 120_000);

  it('search finds an element by its published name, and its link opens the element', async () => {
    const { page, problems } = await open(url('search.html'));
    await page.fill('#search-input', 'relapse indicators');
    const link = page.locator('#search-results a', { hasText: 'Relapse indicators' }).first();
    await expect(link.getAttribute('href')).resolves.toBe('classes/risk.html#el-relapse_indicators');
    await link.click();
    await page.waitForURL(/risk\.html#el-relapse_indicators$/);
    expect(await page.locator('#el-relapse_indicators').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the model diagrams render: a box per class in the diagram of its group, lines between them, each box a link', async () => {
    const { page } = await open(url('model.html'));
    const svgs = page.locator('.diagram svg');
    expect(await svgs.count()).toBeGreaterThan(5);
    const box = await page.locator('svg#diagram-observations').boundingBox();
    expect(box!.width).toBeGreaterThan(500);
    expect(await page.locator('.diagram svg a rect:not(.external)').count()).toBeGreaterThan(50);
    expect(await page.locator('.diagram svg .edges path').count()).toBeGreaterThan(50);
    await page.locator('svg#diagram-care_actor a', { hasText: 'Subject of care' }).first().click();
    await page.waitForURL(/classes\/subject_of_care\.html$/);
    await page.close();
  });

  it('the requirements filter shows only the level chosen', async () => {
    const { page } = await open(url('requirements.html'));
    const all = await page.locator('#requirements tbody tr').count();
    await page.click('button[data-level="SHOULD"]');
    const shown = await page.locator('#requirements tbody tr:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(await page.locator('#requirements tbody tr:visible[data-level="MUST"]').count()).toBe(0);
    expect(await page.getAttribute('button[data-level="SHOULD"]', 'aria-pressed')).toBe('true');
    await page.close();
  });

  it('the authority filter shows only published (or modelled) requirements, combines with the level, and hides the exchange API profile when none of it is shown', async () => {
    const { page } = await open(url('requirements.html'));
    await page.click('button[data-authority="published"]');
    expect(await page.locator('#requirements tbody tr:visible[data-authority="modelled"]').count()).toBe(0);
    expect(await page.locator('#requirements tbody tr:visible[data-authority="published"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#profile-exchange-api').isVisible()).toBe(false);
    await page.click('button[data-level="SHOULD"]');
    expect(await page.locator('#requirements tbody tr:visible').count()).toBe(await page.locator('#requirements tbody tr[data-level="SHOULD"][data-authority="published"]').count());
    await page.click('button[data-authority="modelled"]');
    await page.click('button[data-level=""]');
    expect(await page.locator('#profile-exchange-api').isVisible()).toBe(true);
    expect(await page.locator('#requirements tbody tr:visible[data-authority="published"]').count()).toBe(0);
    expect(await page.getAttribute('button[data-authority="modelled"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('button[data-level=""]', 'aria-pressed')).toBe('true');
    await page.close();
  });

  it('keyboard: the first Tab reaches the skip link, which leads to the content', async () => {
    const { page } = await open(url('classes/risk.html'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await page.close();
  });

  it.each(['index.html', 'classes/risk.html', 'classes/goal.html', 'published.html', 'requirements.html', 'model.html', 'search.html', 'value-sets.html', 'api.html'])('axe finds no serious or critical accessibility violation on %s', async (p) => {
    const { page } = await open(url(p));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  }, 60_000);

  it('a spec full of hostile text: no injected script runs on any page', async () => {
    const tree = await generateInto(kitchenSinkPath, 'docs-browser-kitchen-sink');
    const site = join(tree.dir, 'docs');
    const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const { page, problems } = await open(url('index.html', site));
    for (const p of pages) await page.goto(url(p, site));
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
