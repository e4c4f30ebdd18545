import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../generator/test/support/cli.ts';
import { tempDir } from '../../generator/test/support/generated.ts';

type Json = Record<string, unknown>;
const lines = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as Json);

describe('asc-mods fhir', () => {
  it('exports synthetic records to FHIR NDJSON or a transaction Bundle, and imports them back as MODS records', async () => {
    const dir = tempDir('fhir-cli');
    expect((await runCli(['examples', '--count', '40', '--seed', '5', '--out', 'records.ndjson'], dir)).code).toBe(0);
    const exported = await runCli(['fhir', 'export', 'records.ndjson', '--out', 'resources.ndjson'], dir);
    // Exit 1: some resources lack elements FHIR requires (mappings not complete yet), and the summary says which.
    expect(exported.code).toBe(1);
    expect(exported.stdout).toBe('');
    expect(exported.stderr).toMatch(/^fhir export: \d+ records read; \d+ resources written to resources\.ndjson \(NDJSON, one a line\): .*Patient \d+/);
    expect(exported.stderr).toMatch(/resources that lack an element FHIR R4 requires .*: .*task \(Task\.intent\) \d+/);
    // A care plan is complete: its intent is fixed (plan), as FHIR requires one and MODS holds none.
    expect(exported.stderr).not.toMatch(/care_plan \(CarePlan\./);
    const resources = lines(readFileSync(join(dir, 'resources.ndjson'), 'utf8'));
    const records = lines(readFileSync(join(dir, 'records.ndjson'), 'utf8'));
    // One resource a record of a mapped class, and one Provenance for each change-log entry, written once although
    // a record's later versions carry its earlier entries again.
    const provenance = resources.filter((r) => r['resourceType'] === 'Provenance');
    expect(resources.length - provenance.length).toBe(records.length);
    expect(new Set(provenance.map((p) => p['id'])).size).toBe(provenance.length);
    const lastVersions = new Map(records.map((r) => [r['record_uid'], r]));
    expect(provenance.length).toBe([...lastVersions.values()].reduce((n, r) => n + (r['change_log'] as unknown[]).length, 0));
    const patient = resources.find((r) => r['resourceType'] === 'Patient')!;
    expect(patient['meta']).toMatchObject({ profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient'] });

    const bundle = await runCli(['fhir', 'export', 'records.ndjson', '--bundle'], dir);
    const parsed = JSON.parse(bundle.stdout) as Json;
    expect(parsed).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    expect((parsed['entry'] as Json[])[0]).toMatchObject({ request: { method: 'PUT' } });

    const imported = await runCli(['fhir', 'import', 'resources.ndjson', '--out', 'back.ndjson'], dir);
    expect(imported.stderr).toMatch(/^fhir import: \d+ resources read; \d+ MODS records written to back\.ndjson/);
    expect(imported.code).toBe(0);
    const back = lines(readFileSync(join(dir, 'back.ndjson'), 'utf8'));
    expect(back.map((r) => [r['record_type'], r['record_uid'], r['version_number']])).toEqual(records.map((r) => [r['record_type'], r['record_uid'], r['version_number']]));
    // Each record version has its change log back, up to its own version: validate finds nothing wrong with it.
    expect(back.map((r) => (r['change_log'] as Json[]).map((e) => e['record_version']))).toEqual(records.map((r) => (r['change_log'] as Json[]).map((e) => e['record_version'])));
    const checked = await runCli(['validate', 'back.ndjson', '--format', 'json', '--no-progress'], dir);
    const checks = (JSON.parse(checked.stdout) as { checks: { samples: { path: string }[] }[] }).checks;
    expect(checks.length).toBeGreaterThan(0); // sexual orientation: published as mandatory, FHIR has no place for it on a Patient
    expect(checks.flatMap((c) => c.samples.map((x) => x.path)).filter((p) => p.startsWith('/change_log'))).toEqual([]);
    // A bundle imports too.
    writeFileSync(join(dir, 'bundle.json'), bundle.stdout);
    expect((await runCli(['fhir', 'import', 'bundle.json'], dir)).stdout.trimEnd().split('\n')).toHaveLength(records.length);
  }, 60_000);

  it('lists every FHIR value it cannot place, never the value itself, and says what it cannot read', async () => {
    const dir = tempDir('fhir-cli-import');
    const secret = 'Zebedee-Planted-Name';
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ resourceType: 'Patient', id: 'p1', name: [{ family: 'Smith', given: ['Jo'] }], maritalStatus: { text: secret }, photo: [{ url: 'https://example.org/p.png' }] }));
    writeFileSync(join(dir, 'broken.ndjson'), `{"resourceType":"Basic","id":"b"}\n{not json ${secret}\n`);
    writeFileSync(join(dir, 'p.xml'), `<Patient xmlns="http://hl7.org/fhir"><id value="p2"/><meta><versionId value="3"/></meta><name><family value="Jones"/></name><maritalStatus><text value="${secret}"/></maritalStatus></Patient>`);
    writeFileSync(join(dir, 'bad.xml'), `<Patient xmlns="http://hl7.org/fhir"><name value="${secret}"></Patient>`);
    const run = await runCli(['fhir', 'import', 'p.json', 'broken.ndjson', 'p.xml', 'bad.xml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('FHIR values no MODS element takes, left out (by resource type, the most frequent paths first):\n    Patient: 3 values at 2 paths: maritalStatus/text 2, photo/*/url 1\n');
    expect(run.stderr).toContain('not imported (no MODS class maps from their type): Basic 1');
    expect(run.stderr).toContain('broken.ndjson:2: not JSON');
    expect(run.stderr).toMatch(/bad\.xml: not FHIR XML: not well-formed XML, at line 1, column \d+/);
    expect(run.stderr).toContain('record uid taken from the resource id (no urn:asc-mods:record-uid identifier) (2 resources)');
    expect(run.stderr).toContain('version number 1 given (no meta.versionId) (1 resource)');
    expect(run.stderr + run.stdout.replace(/"family":"Smith"/, '')).not.toContain(secret);
    expect(lines(run.stdout)).toEqual([
      { record_type: 'subject_of_care', record_uid: 'p1', version_number: 1, name: { family: 'Smith', given: 'Jo' } },
      { record_type: 'subject_of_care', record_uid: 'p2', version_number: 3, name: { family: 'Jones' } },
    ]);
  });

  it('logs the import as the change log of records whose resources came without Provenance, when told who and where', async () => {
    const dir = tempDir('fhir-cli-audit');
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ resourceType: 'Immunization', id: 'imm-1', status: 'completed', vaccineCode: { coding: [{ system: 'http://snomed.info/sct', code: '39114911000001105' }] }, patient: { reference: 'Patient/p1' }, occurrenceDateTime: '2024-01-05T10:00:00Z' }));
    const bare = await runCli(['fhir', 'import', 'v.json'], dir);
    expect(bare.stderr).toContain('no change log: the resource came without Provenance (give --system and --committer to log the import as its entry) (1 resource)');
    expect(lines(bare.stdout)[0]!['change_log']).toBeUndefined();
    const logged = await runCli(['fhir', 'import', 'v.json', '--out', 'v.ndjson', '--system', 'our-care-record', '--committer', 'care_worker/w-1'], dir);
    expect(logged.code).toBe(0);
    expect(logged.stderr).toContain('change log: the import logged as the one entry (the resource came without Provenance) (1 resource)');
    const [record] = lines(readFileSync(join(dir, 'v.ndjson'), 'utf8'));
    expect(record!['change_log']).toEqual([{ date: expect.stringMatching(/^20[0-9]{2}-/), change_type: { code: 'created', display: 'Created' }, description: 'Imported from FHIR Immunization/imm-1', system_identifier: 'our-care-record', committer: { record_type: 'care_worker', record_uid: 'w-1' }, record_uid: 'imm-1', record_version: 1 }]);
    // The vaccination, with its import logged, is valid MODS (the worker and person it refers to are elsewhere: warnings).
    const checked = await runCli(['validate', 'v.ndjson', '--no-progress', '--format', 'json'], dir);
    expect((JSON.parse(checked.stdout) as { findings: { errors: number } }).findings.errors).toBe(0);
    const wrong = await runCli(['fhir', 'import', 'v.json', '--system', 'ours', '--committer', 'vaccination/x'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^asc-mods fhir: --committer is <class>\/<record uid>, the class a care actor's \(.*care_worker.*\): for example care_worker\/w-1\n/);
  });

  it('has its own help, and one-line usage errors', async () => {
    const help = await runCli(['fhir', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: asc-mods fhir export <records\.\.\.> \[options\]\n {7}asc-mods fhir import <resources\.\.\.> \[options\]/);
    for (const [args, message] of [
      [['fhir', 'convert', 'x'], 'the first word is export or import, not "convert"'],
      [['fhir', 'export'], 'fhir export needs at least one file or folder of MODS records'],
      [['fhir', 'import', 'missing.json'], 'no such file or folder: missing.json'],
      [['fhir', 'import', 'x.ndjson', '--bundle'], '--bundle is for export: import reads Bundles as they come'],
      [['fhir', 'export', 'x.ndjson', '--format', 'json'], 'unknown option --format'],
      [['fhir', 'import', 'x.ndjson', '--system', 'ours'], '--system and --committer go together: an import is logged with the system and the care actor who imported it'],
      [['fhir', 'export', 'x.ndjson', '--system', 'ours', '--committer', 'care_worker/w'], '--system is for import: it logs the import in the change log of records whose resources had no Provenance'],
    ] as const) {
      const run = await runCli([...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`asc-mods fhir: ${message}\nRun 'asc-mods fhir --help' for its options.\n`);
    }
  });
});
