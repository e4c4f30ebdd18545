import type { SpecModel } from '../../model/types.ts';
import { conformanceSuite } from '../conformance/emit.ts';
import type { ClassExamples } from '../examples/emit.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import type { ReleaseNote } from '../../diff/changelog.ts';
import { toJson } from '../json.ts';
import type { SchemaSet } from '../json-schema/schema-set.ts';
import { apiTags } from './api-reference.ts';
import { publishedChecklistXlsx } from './checklist-xlsx.ts';
import { modelDiagrams } from './diagram.ts';
import { miniSearchAsset, readAsset, renderPage } from './render.ts';
import { bindingAuthorityView, mandatoryCounts, provenanceName } from './authority.ts';
import { fhirMappingCsv, fhirPageView } from './fhir-mapping.ts';
import { obligationsCsv } from './obligations.ts';
import { checklistPath, checklistXlsxPath, publishedChecklistCsv } from './checklist.ts';
import { glossaryView } from './glossary.ts';
import { publishedView } from './published.ts';
import { classHref, classView, requirementGroups } from './views.ts';

export const docsDir = 'docs';
/** The obligations table, relative to the site. */
export const obligationsPath = 'downloads/obligations.csv';
/** The FHIR mapping table, relative to the site. */
export const fhirMappingPath = 'downloads/fhir-mapping.csv';

/**
 * generated/docs/: a static site, one HTML page per class and one per topic, that opens from the file system or any
 * static host with nothing fetched. Pages are Handlebars templates fed plain view models (views.ts).
 */
export async function emitDocs(model: SpecModel, examples: ReadonlyMap<string, ClassExamples>, releases: readonly ReleaseNote[], schemas: SchemaSet): Promise<GeneratedFile[]> {
  const s = model.standard;
  const site = { name: s.short_name, reference: s.reference, release: s.release, description: s.description ?? s.name, standardStatus: s.status, ...releaseStatusView(releases[0]?.status ?? 'unreleased') };
  const { tests } = conformanceSuite(model, examples);
  const page = (path: string, template: string, title: string, view: object): GeneratedFile => ({ path: `${docsDir}/${path}`, content: renderPage(template, { site, title, root: path.includes('/') ? '../' : '', ...view }) });
  const records = model.classes.filter((c) => c.kind === 'record');
  const elementCount = model.classes.reduce((n, c) => n + c.ownElements.length, 0);
  const files: GeneratedFile[] = [
    page('index.html', 'index', 'Home', { counts: { classes: model.classes.length, records: records.length, elements: elementCount, valueSets: model.valueSets.length, requirements: model.requirements.length }, personas: personas(model) }),
    page('classes.html', 'classes', 'Classes', {
      groups: model.groups.map((g) => ({
        id: g.id,
        name: g.name,
        description: g.description,
        classes: model.classes.filter((c) => c.group === g.id).map((c) => ({ href: classHref(c.name), name: c.name, publishedName: c.publishedName, kind: c.kind, elements: c.elements.length, mandatory: mandatoryCounts([c], (x) => x.elements), description: c.description })),
      })),
    }),
    ...model.classes.map((c) => page(classHref(c.name), 'class', c.publishedName, { cls: classView(c, model, tests) })),
    page('value-sets.html', 'value-sets', 'Value sets', {
      index: [...model.valueSets].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase(), 'en') || (a.id < b.id ? -1 : 1)).map((v) => ({ id: v.id, name: v.name, codes: v.codes.length })),
      valueSets: model.valueSets.map((v) => ({ id: v.id, name: v.name, description: v.description, binding: v.binding, authority: bindingAuthorityView(v), system: v.system ?? '', provenance: provenanceName(v.provenance), note: v.note ?? '', codes: v.codes.map((c) => ({ code: c.code, display: c.display, definition: c.definition ?? '' })) })),
    }),
    page('requirements.html', 'requirements', 'Requirements', { requirements: model.requirements, groups: requirementGroups(model, tests) }),
    page('published.html', 'published', 'What the published standard requires', { ...publishedView(model), checklist: checklistPath, checklistXlsx: checklistXlsxPath }),
    page('glossary.html', 'glossary', 'Glossary', { terms: glossaryView(model) }),
    page('legislation.html', 'legislation', 'Legislation', { acts: model.legislation.map((l) => ({ id: l.id, title: l.title, citation: l.citation ?? '', summary: l.summary, url: l.url })) }),
    page('model.html', 'model', 'Model diagrams', { diagrams: await modelDiagrams(model, '') }),
    page('fhir.html', 'fhir', 'FHIR mapping', fhirPageView(model, fhirMappingPath)),
    page('api.html', 'api', 'API reference', { tags: apiTags(model, examples, schemas), apiProfile: model.requirements.some((r) => r.profile === 'exchange-api') }),
    page('downloads.html', 'downloads', 'Downloads', {
      downloads: downloads(),
      classes: model.classes.map((c) => ({ name: c.publishedName, mandatory: mandatoryCounts([c], (x) => x.elements), schema: `../json-schema/${c.name}.schema.json`, example: c.kind === 'record' ? `../examples/${c.name}.json` : '', csv: c.kind === 'record' ? `../csv/${c.name}.csv` : '' })),
    }),
    page('changelog.html', 'changelog', 'Changelog', {
      releases: (releases.length > 0 ? releases : [{ version: s.release, id: s.release.replaceAll('.', '-'), title: `Release ${s.release}`, status: 'unreleased' as const, bump: 'first' as const, breaking: [], additions: [], editorial: ['No earlier release is kept beside this spec.'] }]).map((r) => ({ id: r.id, title: r.title, status: r.status, bump: r.bump === 'first' ? '' : r.bump, breaking: r.breaking, additions: r.additions, editorial: r.editorial })),
    }),
    page('search.html', 'search', 'Search', {}),
    { path: `${docsDir}/${obligationsPath}`, content: obligationsCsv(model) },
    { path: `${docsDir}/${checklistPath}`, content: publishedChecklistCsv(model) },
    await publishedChecklistXlsx(model, docsDir),
    { path: `${docsDir}/${fhirMappingPath}`, content: fhirMappingCsv(model) },
    { path: `${docsDir}/assets/site.css`, content: readAsset('site.css') },
    { path: `${docsDir}/assets/site.js`, content: readAsset('site.js') },
    { path: `${docsDir}/assets/minisearch.js`, content: miniSearchAsset() },
    // A script rather than JSON, so that search works from file:// too (browsers do not fetch local files).
    { path: `${docsDir}/assets/search-index.js`, content: `// ${bannerText}\nwindow.MODS_SEARCH = ${toJson(searchIndex(model)).trimEnd()};\n` },
  ];
  return files;
}

function personas(model: SpecModel) {
  const first = model.classes.find((c) => c.kind === 'record');
  return [
    {
      id: 'hold',
      question: 'What must my system hold?',
      who: 'Business analysts and procurement leads',
      links: [
        { href: 'published.html', text: 'What the published standard requires, and nothing of our modelling' },
        { href: 'classes.html', text: 'Every class, with how many elements are mandatory, published and modelled' },
        { href: 'requirements.html', text: 'The MUST, SHOULD and MAY requirements, and how each is checked' },
        ...(first ? [{ href: classHref(first.name), text: `A class page: ${first.publishedName}` }] : []),
        { href: 'changelog.html', text: 'What changed between releases' },
      ],
    },
    {
      id: 'build',
      question: 'Types, schemas, API and conformance',
      who: 'Software developers at suppliers',
      links: [
        { href: 'api.html', text: 'The API reference' },
        { href: 'downloads.html', text: 'JSON Schemas, TypeScript types, validators, OpenAPI, examples' },
        { href: 'requirements.html', text: 'Which conformance tests verify each requirement' },
      ],
    },
    {
      id: 'define',
      question: 'Definitions, provenance and mappings',
      who: 'Data architects and systems integrators',
      links: [
        { href: 'model.html', text: 'The model diagram' },
        { href: 'value-sets.html', text: 'Value sets, with every code and its code system' },
        { href: 'glossary.html', text: 'The glossary' },
        { href: 'legislation.html', text: 'The legislation behind the standard' },
      ],
    },
    {
      id: 'quality',
      question: 'Validating submissions and data quality',
      who: 'Performance and BI managers',
      links: [
        { href: 'requirements.html', text: 'The data rules each submission is checked against' },
        { href: '../csv/README.md', text: 'The CSV layout for submissions' },
        { href: '../sql/README.md', text: 'The relational model for DuckDB, PostgreSQL and Spark SQL' },
        { href: 'search.html', text: 'Look up an element or a code' },
      ],
    },
  ];
}

function downloads() {
  return [
    { href: fhirMappingPath, text: 'FHIR mapping (CSV)', for: 'where each class and element goes in FHIR R4 (UK Core), or why it does not, with its source; for integrators, safe to open in a spreadsheet' },
    { href: checklistXlsxPath, text: 'Published checklist (Excel workbook)', for: 'the same checklist as a workbook: a filter on every column, the header frozen, and an About sheet' },
    { href: checklistPath, text: 'Published checklist (CSV)', for: 'procurement: what the published standard requires, one row per mandatory element and requirement, with columns for a supplier\'s answer and evidence' },
    { href: obligationsPath, text: 'Obligations (CSV)', for: 'every element of every class and every requirement, each marked published or modelled with its provenance and source; safe to open in a spreadsheet' },
    { href: '../json-schema/mods.bundle.schema.json', text: 'JSON Schema bundle (every class)', for: 'validating records with any JSON Schema 2020-12 validator; each element and binding carries x-mods-authority (published or modelled)' },
    { href: '../openapi/mods.openapi.json', text: 'OpenAPI 3.1 document', for: 'the asc-mods exchange API: our design, not part of the NHS publication' },
    { href: '../typescript/types.ts', text: 'TypeScript types', for: 'developers (also in the npm package as asc-mods/types)' },
    { href: '../typescript/validators.ts', text: 'TypeScript validators', for: 'precompiled validators with located issues (asc-mods/validators)' },
    { href: '../conformance/suite.json', text: 'Conformance suite definitions', for: 'every live-API test, its id and the requirements it verifies' },
    { href: '../csv/README.md', text: 'CSV layout', for: 'submitting records as CSV, one file per class' },
    { href: '../sql/duckdb/schema.sql', text: 'SQL schema for DuckDB', for: 'BI managers: the target data model asc-mods load fills, a table per class with every version' },
    { href: '../sql/postgres/schema.sql', text: 'SQL schema for PostgreSQL', for: 'the same model, for asc-mods load --into postgres://…' },
    { href: '../sql/spark/schema.sql', text: 'SQL schema for Spark SQL', for: 'national collections on Databricks, EMR or Synapse; with load.sql beside it and the steps in sql/README.md' },
    { href: '../sql/duckdb/checks.sql', text: 'Data rules as SQL for DuckDB', for: 'the view check__violations: a row per violation of the rules SQL can check, over the loaded tables' },
    { href: '../sql/postgres/checks.sql', text: 'Data rules as SQL for PostgreSQL', for: 'the same view, for a PostgreSQL database asc-mods load filled' },
    { href: '../sql/spark/checks.sql', text: 'Data rules as SQL for Spark SQL', for: 'the same view on a cluster, after load.sql' },
    { href: '../README.md', text: 'What generated/ holds', for: 'everyone' },
  ];
}

/** Classes, elements, codes and glossary terms: t (text shown), n (technical name), k (kind), h (link), d (where), a (an element's authority). */
function searchIndex(model: SpecModel) {
  const out: { t: string; n: string; k: string; h: string; d: string; a?: string }[] = [];
  for (const c of model.classes) {
    out.push({ t: c.publishedName, n: c.name, k: 'c', h: classHref(c.name), d: '' });
    for (const e of c.ownElements) out.push({ t: e.publishedName, n: e.name, k: 'e', h: `${classHref(c.name)}#el-${e.name}`, d: c.publishedName, a: e.authority });
  }
  for (const v of model.valueSets) for (const code of v.codes) out.push({ t: code.display, n: code.code, k: 'v', h: `value-sets.html#vs-${v.id}`, d: v.name });
  for (const t of model.glossary) out.push({ t: t.term, n: t.id, k: 'g', h: `glossary.html#term-${t.id}`, d: '' });
  return out;
}

/**
 * How the site names the status of the spec it shows (the newest release note: its release's status, or unreleased
 * changes), and the banner every page carries unless it is published.
 */
function releaseStatusView(status: ReleaseNote['status']): { releaseStatus: string; statusBanner: string; statusClass: string } {
  const banners: Record<ReleaseNote['status'], string> = {
    published: '',
    draft: 'A draft release, shared for feedback: it may still change before it is published.',
    retired: 'A retired release: it is kept for reference, and no longer in force.',
    unreleased: 'Unreleased changes since the last release: this spec is a work in progress, not a release.',
  };
  return { releaseStatus: status, statusBanner: banners[status], statusClass: `status-${status}` };
}
