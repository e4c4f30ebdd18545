import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presenceAuthority } from '../../../generator/src/model/authority.ts';
import type { ClassModel, ElementModel, SpecModel } from '../../../generator/src/model/types.ts';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { AuthorityJudge } from '../../files/checks/authority.ts';
import { runCli } from '../../../generator/test/support/cli.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { realSpecPath } from '../../../generator/test/support/paths.ts';
import { validateRecords, validRecord } from './support.ts';

const model: SpecModel = (await checkSpecFile(realSpecPath)).model!;
const classes = new Map(model.classes.map((c) => [c.name, c]));
const records = model.classes.filter((c) => c.kind === 'record');

/** Whether the published standard requires the element to be there (itself, or for the published rows it holds). */
const publishedPresence = (e: ElementModel) => e.cardinality?.min === 1 && presenceAuthority(e, classes) === 'published';

/** Only what the published standard makes mandatory: every other element is dropped, inside components too. */
function publishedOnly(cls: ClassModel, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { record_type: value['record_type'] };
  for (const e of cls.elements) {
    if (!publishedPresence(e) || value[e.name] === undefined) continue;
    out[e.name] = inside(e, value[e.name]);
  }
  return out;
}

function inside(e: ElementModel, value: unknown): unknown {
  const target = e.type === 'component' ? classes.get(e.target ?? '') : undefined;
  if (!target || target.kind !== 'component' || target.name === model.conventions.coding) return value;
  const strip = (v: unknown) => {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(target.elements.filter((t) => publishedPresence(t) && o[t.name] !== undefined).map((t) => [t.name, inside(t, o[t.name])]));
  };
  return Array.isArray(value) ? value.map(strip) : strip(value);
}

/** The mandatory elements of a class that only the asc-mods model makes mandatory (top level). */
const modelledMandatory = (cls: ClassModel) => cls.elements.filter((e) => e.cardinality?.min === 1 && !publishedPresence(e)).map((e) => `/${e.name}`);

describe('profiles: a record holding only the published obligations of its class', () => {
  it.each(records.map((c) => [c.name, c] as const))('%s: passes under published; under full, fails on exactly the modelled obligations', async (_name, cls) => {
    const record = publishedOnly(cls, validRecord(cls.name));
    const published = await validateRecords([record]);
    expect(published.checks.filter((c) => c.severity === 'error').map((c) => `${c.check}@${c.samples[0]?.path}`)).toEqual([]);
    expect(published.totals).toMatchObject({ valid: 1, invalid: 0 });
    const warned = published.checks.filter((c) => c.check === 'schema.required');
    expect(warned.length).toBe(modelledMandatory(cls).length > 0 ? 1 : 0);
    expect(warned.every((c) => c.authority === 'modelled' && c.severity === 'warning')).toBe(true);

    const full = await validateRecords([record], undefined, 'full');
    const missing = full.checks.filter((c) => c.check === 'schema.required' && c.severity === 'error').flatMap((c) => c.samples.map((s) => s.path)).filter((p) => p.split('/').length === 2).sort();
    expect(missing).toEqual(modelledMandatory(cls).sort());
    expect(full.totals.invalid).toBe(modelledMandatory(cls).length > 0 ? 1 : 0);
    expect(full.checks.filter((c) => c.severity === 'error').every((c) => c.authority === 'modelled')).toBe(true);
  });

  it('says in the finding that the obligation is the model\'s, not the standard\'s', async () => {
    const { description: _gone, ...goal } = validRecord('goal');
    const result = await validateRecords([goal]);
    const sample = result.checks.find((c) => c.check === 'schema.required')!.samples[0]!;
    expect(sample).toMatchObject({ severity: 'warning', authority: 'modelled', path: '/description' });
    expect(sample.message).toContain('not required by the published standard; required by the asc-mods model');
  });

  it('keeps a missing published element an error under both profiles', async () => {
    const { subject_of_care: _gone, ...risk } = validRecord('risk');
    for (const profile of ['published', 'full'] as const) {
      const result = await validateRecords([risk], undefined, profile);
      const required = result.checks.find((c) => c.check === 'schema.required')!;
      expect(required).toMatchObject({ severity: 'error' });
      expect(required.authority).toBeUndefined();
    }
  });
});

describe('the authority of a finding', () => {
  const judge = new AuthorityJudge(model, 'published');
  it.each([
    ['a published mandatory row', 'published', 'risk', { check: 'schema.required', requirement: 'MODS-STRUCT-001', path: '/subject_of_care' }],
    ['a mandatory element of our own', 'modelled', 'goal', { check: 'schema.required', requirement: 'MODS-STRUCT-001', path: '/description' }],
    ['a published element inside the published change log', 'published', 'risk', { check: 'schema.required', requirement: 'MODS-AUDIT-001', path: '/change_log/0/date' }],
    ['a requirement of our own (not in the future)', 'modelled', 'risk', { check: 'not-in-future', requirement: 'MODS-DATE-001', path: '/date' }],
    ['a maximum length (a constraint of ours)', 'modelled', 'subject_of_care', { check: 'schema.maxLength', requirement: 'MODS-STRUCT-002', path: '/nhs_number' }],
    ['an unreadable record', 'published', 'risk', { check: 'input.not-json', path: '' }],
    ['a code outside a value set of the draft SCIP guide', 'modelled', 'subject_of_care', { check: 'schema.enum', requirement: 'MODS-TERM-001', path: '/nhs_number_verification_status/code' }],
  ] as const)('%s is %s', (_what, want, cls, finding) => {
    expect(judge.authorityOf(cls, finding)).toBe(want);
  });

  it.each([
    ['a published row inside a container only our model makes mandatory', 'published', 'subject_of_care', { check: 'schema.required', requirement: 'MODS-STRUCT-001', path: '/demographics/date_of_birth' }],
    ['the container itself, which holds published rows', 'published', 'subject_of_care', { check: 'schema.required', requirement: 'MODS-STRUCT-001', path: '/demographics' }],
    ['a reference naming the wrong class', 'published', 'risk', { check: 'schema.const', requirement: 'MODS-STRUCT-003', path: '/subject_of_care/record_type' }],
    ['an empty uid in a published reference', 'published', 'risk', { check: 'schema.minLength', requirement: 'MODS-STRUCT-002', path: '/subject_of_care/record_uid' }],
    ['a blank uid in a published reference', 'published', 'risk', { check: 'schema.pattern', requirement: 'MODS-STRUCT-002', path: '/subject_of_care/record_uid' }],
    ['a blank record uid (a published Must row): as good as missing', 'published', 'risk', { check: 'schema.pattern', requirement: 'MODS-STRUCT-002', path: '/record_uid' }],
    ['a blank published Must row inside the change log', 'published', 'risk', { check: 'schema.pattern', requirement: 'MODS-STRUCT-002', path: '/change_log/0/system_identifier' }],
    ['a blank family name, mandatory only in our model', 'modelled', 'subject_of_care', { check: 'schema.pattern', requirement: 'MODS-STRUCT-002', path: '/name/family' }],
    ['a blank optional published row (leave it out instead)', 'modelled', 'risk', { check: 'schema.pattern', requirement: 'MODS-STRUCT-002', path: '/change_log/0/description' }],
    ['a blank display of a reference', 'modelled', 'risk', { check: 'schema.pattern', requirement: 'MODS-STRUCT-002', path: '/subject_of_care/display' }],
    ['a reference display over our length limit', 'modelled', 'risk', { check: 'schema.maxLength', requirement: 'MODS-STRUCT-002', path: '/subject_of_care/display' }],
    ['a list over our length limit', 'modelled', 'risk', { check: 'schema.maxItems', path: '/change_log' }],
    ['a coding system that is not a URI (a format of ours)', 'modelled', 'subject_of_care', { check: 'schema.pattern', requirement: 'MODS-STRUCT-002', path: '/demographics/gender_identity/system' }],
    ['a first change-log entry whose change type is a local code', 'modelled', 'risk', { check: 'change-log-consistent', requirement: 'MODS-AUDIT-003', path: '/change_log/0/change_type' }],
    ['a change-log entry dated out of order', 'published', 'risk', { check: 'change-log-consistent', requirement: 'MODS-AUDIT-003', path: '/change_log/1/date' }],
  ] as const)('%s is %s', (_what, want, cls, finding) => {
    expect(judge.authorityOf(cls, finding)).toBe(want);
  });

  it('fails a record under the default profile when a published row inside demographics is missing', async () => {
    const soc = validRecord('subject_of_care') as Record<string, Record<string, unknown>>;
    const { date_of_birth: _gone, ...demographics } = soc['demographics']!;
    const result = await validateRecords([{ ...soc, demographics }]);
    expect(result.checks.find((c) => c.check === 'schema.required')).toMatchObject({ severity: 'error' });
    expect(result.totals.invalid).toBe(1);
  });

  it('marks an enum on a published element bound to an NHS value set as published', () => {
    const coded = records.flatMap((c) => c.elements.filter((e) => e.authority === 'published' && e.type === 'coded' && model.valueSets.find((v) => v.id === e.valueSet)?.authority === 'published').map((e) => [c.name, e.name] as const))[0];
    expect(coded).toBeDefined();
    expect(judge.authorityOf(coded![0], { check: 'schema.enum', requirement: 'MODS-TERM-001', path: `/${coded![1]}/code` })).toBe('published');
  });

  it('judges the system bound with a code as the binding is judged', () => {
    for (const authority of ['published', 'modelled'] as const) {
      const coded = records.flatMap((c) => c.elements.filter((e) => e.authority === 'published' && e.type === 'coded' && model.valueSets.find((v) => v.id === e.valueSet)?.authority === authority).map((e) => [c.name, e.name] as const))[0]!;
      expect(judge.authorityOf(coded[0], { check: 'schema.const', requirement: 'MODS-TERM-001', path: `/${coded[1]}/system` })).toBe(authority);
    }
  });

  it('marks an enum on a value set of ours as modelled', () => {
    const coded = records.flatMap((c) => c.elements.filter((e) => e.authority === 'published' && e.type === 'coded' && model.valueSets.find((v) => v.id === e.valueSet)?.authority === 'modelled').map((e) => [c.name, e.name] as const))[0];
    expect(coded).toBeDefined();
    expect(judge.authorityOf(coded![0], { check: 'schema.enum', requirement: 'MODS-TERM-001', path: `/${coded![1]}/code` })).toBe('modelled');
  });
});

describe('validate --profile, as a command', () => {
  const { description: _gone, ...goal } = validRecord('goal');
  const file = join(tempDir('profile-cli'), 'goal.ndjson');
  writeFileSync(file, JSON.stringify(goal) + '\n');

  it('exits 0 by default on a record that lacks only a modelled element, and says so', async () => {
    const { code, stdout } = await runCli(['validate', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/profile: published/);
    expect(stdout).toMatch(/warning +schema\.required \(MODS-STRUCT-001\) \[modelled\]/);
  });

  it('exits 1 under --profile full, and under the default with --fail-on warning', async () => {
    expect((await runCli(['validate', file, '--profile', 'full'])).code).toBe(1);
    expect((await runCli(['validate', file, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('refuses an unknown profile with exit 2', async () => {
    const { code, stderr } = await runCli(['validate', file, '--profile', 'strict']);
    expect(code).toBe(2);
    expect(stderr).toContain('--profile must be published or full');
  });
});
