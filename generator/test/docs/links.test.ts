import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSpecFile } from '../../src/pipeline.ts';
import type { SpecModel } from '../../src/model/types.ts';
import { generateInto, type GeneratedTree } from '../support/generated.ts';
import { kitchenSinkPath, realSpecPath, repoRoot } from '../support/paths.ts';

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
        // Only the site's own scripts, each from assets/ (none inline, none fetched).
        const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => /src="([^"]*)"/.exec(m[1]!)?.[1]);
        expect(scripts.every((src) => src !== undefined && /^(\.\.\/)?assets\/(site|search-index|minisearch)\.js$/.test(src)), `${page}: ${scripts.join(', ')}`).toBe(true);
        expect(scripts.length, page).toBeLessThanOrEqual(3);
      }
      // The hostile text is there, as text.
      expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('ends a script &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      const index = readFileSync(join(site, 'assets', 'search-index.js'), 'utf8');
      expect(index).not.toMatch(/<\/script/i);
      expect(brokenLinks(site)).toEqual([]);
    });
  });

  describe('shows authority honestly: nothing modelled reads as NHS-mandated', () => {
    let model: SpecModel;
    beforeAll(async () => {
      model = (await checkSpecFile(realSpecPath)).model!;
    });
    const read = (page: string) => readFileSync(join(docs, page), 'utf8');
    /** The HTML of the element with this id: from its opening tag to the end of the row or section. */
    const block = (html: string, id: string, end = '</tr>') => {
      const start = html.indexOf(` id="${id}"`);
      expect(start, id).toBeGreaterThan(-1);
      return html.slice(start, html.indexOf(end, start));
    };
    const element = (cls: string, name: string) => model.classes.find((c) => c.name === cls)!.elements.find((e) => e.name === name)!;

    it.each([
      ['goal', 'description'],
      ['visit', 'status'],
    ])('a modelled mandatory element (%s.%s) reads as mandatory in the asc-mods model only, on its class page', (cls, name) => {
      expect(element(cls, name)).toMatchObject({ authority: 'modelled', cardinality: { min: 1 } });
      const row = block(read(`classes/${cls}.html`), `el-${name}`);
      expect(row).toContain('data-authority="modelled"');
      expect(row).toContain('>Modelled</span>');
      expect(row).toContain('Mandatory in the asc-mods model; not required by the published standard.');
      expect(row).not.toContain('>Published</span>');
      expect(row).not.toMatch(/\(Must\)|in the published standard \(/);
    });

    it('a published data-browser row (risk.risk_category, "Must occur once") reads as published, with its Occurs and source', () => {
      expect(element('risk', 'risk_category')).toMatchObject({ authority: 'published', provenance: 'nhs-data-browser', occurs: 'Must occur once' });
      const row = block(read('classes/risk.html'), 'el-risk_category');
      expect(row).toContain('data-authority="published"');
      expect(row).toContain('Mandatory in the published standard (Occurs: “Must occur once”).');
      expect(row).toContain('Source: NHS data browser (published)');
      expect(row).toMatch(/href="https:\/\/standards\.nhs\.uk\/[^"]*classId[^"]*"[^>]*>source page</);
    });

    it('a value-set binding says whether it is published or modelled', () => {
      expect(block(read('classes/visit.html'), 'el-status')).toMatch(/Visit status<\/a> \(extensible\)<br><span class="authority authority-modelled">Modelled<\/span> <span class="muted">binding modelled/);
      expect(block(read('classes/risk.html'), 'el-risk_category')).toContain('<span class="authority authority-published">Published</span> <span class="muted">binding published');
    });

    it('groups the exchange API requirements under their own heading, saying they are our design, each row marked with its authority', () => {
      const html = read('requirements.html');
      const api = block(html, 'profile-exchange-api', '</section>');
      expect(api).toContain('<h2 id="profile-exchange-api-h">asc-mods exchange API profile</h2>');
      expect(api).toContain('not part of the NHS publication');
      for (const id of ['MODS-API-001', 'MODS-AUDIT-007']) expect(api).toContain(`<tr id="${id}"`);
      const standard = block(html, 'profile-data-standard', '</section>');
      expect(standard).not.toContain('<tr id="MODS-API-001"');
      for (const r of model.requirements) {
        expect(block(html, r.id), r.id).toContain(`data-authority="${r.authority}"`);
        expect((r.profile === 'exchange-api' ? api : standard).includes(`<tr id="${r.id}"`), r.id).toBe(true);
      }
    });

    it('published.html lists only published obligations, and counts mandatory elements from the model', () => {
      const html = read('published.html');
      const listed = [...html.matchAll(/data-element="([^".]+)\.([^"]+)"/g)].map((m) => element(m[1]!, m[2]!));
      expect(listed.length).toBeGreaterThan(20);
      for (const e of listed) expect(e, e.name).toMatchObject({ authority: 'published', cardinality: { min: 1 } });
      expect(html).toContain('data-element="risk.risk_category"');
      expect(html).not.toContain('data-element="goal.description"');
      expect(html).not.toContain('data-element="visit.status"');
      const requirements = [...html.matchAll(/data-requirement="([^"]+)"/g)].map((m) => model.requirements.find((r) => r.id === m[1])!);
      expect(requirements.map((r) => r.id).sort()).toEqual(model.requirements.filter((r) => r.authority === 'published').map((r) => r.id).sort());
      expect(html).not.toContain('data-requirement="MODS-API-001"');
      const bindings = [...html.matchAll(/data-value-set="([^"]+)"/g)].map((m) => m[1]);
      expect(bindings).toEqual(model.valueSets.filter((v) => v.authority === 'published').map((v) => v.id));
      const mandatory = model.classes.flatMap((c) => c.ownElements.filter((e) => e.cardinality?.min === 1));
      const published = mandatory.filter((e) => e.authority === 'published').length;
      expect(html).toContain(`Of the ${mandatory.length} mandatory elements`);
      expect(html).toContain(`<strong>${published} are mandatory in the published standard</strong> and <strong>${mandatory.length - published} are mandatory only in the asc-mods model</strong>`);
    });

    it('is reached from the navigation of every page and from the business-analyst entry point', () => {
      for (const page of pagesOf(docs)) expect(read(page), page).toMatch(/<nav[\s\S]*href="(\.\.\/)?published\.html"[\s\S]*<\/nav>/);
      expect(block(read('index.html'), 'persona-hold', '</section>')).toContain('href="published.html"');
    });

    it('obligations.csv: every field quoted, no formula, a row per class element and per requirement with its authority', () => {
      const lines = read('downloads/obligations.csv').trimEnd().split('\n');
      const field = /"((?:[^"]|"")*)"(?:,|$)/g;
      const rows = lines.map((line) => {
        expect(line, line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
        return [...line.matchAll(field)].map((m) => m[1]!.replaceAll('""', '"'));
      });
      expect(rows[0]![0]).toContain('Do not edit');
      const header = rows[1]!;
      for (const row of rows) expect(row).toHaveLength(header.length);
      for (const row of rows.slice(2)) for (const cell of row) expect(cell, row.join(',')).not.toMatch(/^[=+\-@\t\r]/);
      const at = (row: string[], name: string) => row[header.indexOf(name)]!;
      const elements = rows.filter((r) => at(r, 'kind') === 'element');
      expect(elements).toHaveLength(model.classes.reduce((n, c) => n + c.elements.length, 0));
      for (const r of elements) expect(at(r, 'authority'), `${at(r, 'class')}.${at(r, 'element')}`).toBe(element(at(r, 'class'), at(r, 'element')).authority);
      const goal = elements.find((r) => at(r, 'class') === 'goal' && at(r, 'element') === 'description')!;
      expect([at(goal, 'cardinality'), at(goal, 'authority'), at(goal, 'provenance')]).toEqual(['1..1', 'modelled', 'asc-mods']);
      const requirements = rows.filter((r) => at(r, 'kind') === 'requirement');
      expect(requirements.map((r) => [at(r, 'requirement'), at(r, 'authority'), at(r, 'profile')])).toEqual(model.requirements.map((r) => [r.id, r.authority, r.profile]));
    });

    it('shows the FHIR mapping as modelling, per class and in the whole table and its CSV, from the same rows', async () => {
      const { classRows, mappingRows, mappingCounts } = await import('../../src/fhir/mapping-table.ts');
      const { indexModel } = await import('../../src/model/index.ts');
      const soc = read('classes/subject_of_care.html');
      expect(soc).toContain('<h2 id="fhir">FHIR mapping</h2>');
      expect(soc).toContain("In FHIR R4 each instance is a resource of type <code>Patient</code>, conforming to UK Core's <code>UKCore-Patient</code>.");
      expect(soc).toMatch(/<tr data-status="mapped"><th scope="row"><code>demographics\.date_of_birth<\/code><\/th><td><code>Patient\.birthDate<\/code>/);
      expect(soc).toMatch(/<tr data-status="unmapped"><th scope="row"><code>demographics\.immigration_status<\/code><\/th><td>not mapped<\/td><td>Neither FHIR R4 nor UK Core/);
      expect(read('classes/occupancy.html')).toContain('Not mapped to FHIR: The use of a bed or room');
      // Inherited: observation's resource for a subtype that names none.
      expect(read('classes/strength.html')).toContain('each instance is a resource of type <code>Observation</code>, conforming');
      expect(read('classes/goal.html')).toContain('a resource of type <code>Goal</code> (UK Core has no profile of it)');
      const page = read('fhir.html');
      expect(page).toContain('no NHS page maps it');
      const rows = model.classes.filter((c) => c.kind === 'record').flatMap((c) => classRows(indexModel(model), c));
      const counts = mappingCounts(rows);
      expect(page).toContain(`${counts.mapped} are mapped, ${counts.unmapped} are declared unmapped with the reason, and ${counts.notYet} are not mapped yet`);
      expect(counts.mapped).toBeGreaterThan(100);
      const lines = read('downloads/fhir-mapping.csv').trimEnd().split('\n');
      const cells = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!.replaceAll('""', '"'));
      for (const line of lines) expect(line, line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
      const [notice, header, ...body] = lines.map(cells);
      expect(notice![0]).toContain('Do not edit');
      expect(body).toHaveLength(mappingRows(model, indexModel(model)).length);
      const at = (row: string[], name: string) => row[header!.indexOf(name)]!;
      const nhs = body.find((r) => at(r, 'class') === 'subject_of_care' && at(r, 'element') === 'nhs_number')!;
      expect([at(nhs, 'status'), at(nhs, 'fhir_path'), at(nhs, 'provenance')]).toEqual(['mapped', "Patient.identifier.where(system = 'https://fhir.nhs.uk/Id/nhs-number').value", 'FHIR UK Core']);
    });

    it('indexes each element for search with its authority', () => {
      const index = read('assets/search-index.js');
      expect(index).toContain('"h": "classes/goal.html#el-description",\n    "d": "Goal",\n    "a": "modelled"');
      expect(index).toContain('"h": "classes/risk.html#el-risk_category",\n    "d": "Risk",\n    "a": "published"');
    });
  });
});
