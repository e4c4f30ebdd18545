import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateModsRecord } from '../../../generated/typescript/standalone.js';
import { repoRoot } from '../support/paths.ts';

type Json = Record<string, unknown>;
interface Case {
  readonly name: string;
  readonly record: unknown;
  /** What the verdict must be, where the case states it (the examples state it by being valid or invalid). */
  readonly want: boolean;
}

/** The README's own-ajv recipe: the js block that starts with the file name it is to be saved as. */
function recipe(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = /```js\n(\/\/ validate-mods\.mjs[^\n]*\n[\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no ```js block starting "// validate-mods.mjs"');
  return block[1]!;
}

// Inside the repository, so that the recipe's imports resolve as in a project that installed asc-mods: the
// packages from node_modules, asc-mods/schemas/* through the package's own exports.
const dir = mkdtempSync(join(repoRoot, '.own-ajv-recipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const harness = [
  "import { readFileSync } from 'node:fs';",
  "import { validateRecord } from './validate-mods.mjs';",
  "const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));",
  'process.stdout.write(JSON.stringify(cases.map((c) => validateRecord(c.record))));',
].join('\n');

/** Run the recipe (or a variant of it) over the cases; the verdicts, or what it wrote to stderr. */
function runRecipe(code: string, cases: readonly Case[]): { verdicts?: boolean[]; stderr: string } {
  writeFileSync(join(dir, 'validate-mods.mjs'), code);
  writeFileSync(join(dir, 'harness.mjs'), harness);
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
  const run = spawnSync(process.execPath, [join(dir, 'harness.mjs'), join(dir, 'cases.json')], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? { verdicts: JSON.parse(run.stdout) as boolean[], stderr: run.stderr } : { stderr: run.stderr };
}

function exampleCases(): Case[] {
  const dirPath = join(repoRoot, 'generated', 'examples');
  return readdirSync(dirPath)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const example = JSON.parse(readFileSync(join(dirPath, file), 'utf8')) as { valid: Json; invalid: { id: string; record: Json }[] };
      return [{ name: `${file} valid`, record: example.valid, want: true }, ...example.invalid.map((i) => ({ name: `${file} ${i.id}`, record: i.record, want: false }))];
    });
}

const valid = (cls: string): Json => (JSON.parse(readFileSync(join(repoRoot, 'generated', 'examples', `${cls}.json`), 'utf8')) as { valid: Json }).valid;
const withDemographics = (changes: Json): Json => ({ ...valid('subject_of_care'), demographics: { ...(valid('subject_of_care')['demographics'] as Json), ...changes } });
const withLogDate = (date: string): Json => {
  const risk = valid('risk');
  return { ...risk, change_log: [{ ...(risk['change_log'] as Json[])[0], date }] };
};

/** The cases issue 12 named, each with the verdict it must have. */
const semanticCases: Case[] = [
  { name: 'a date of birth on 29 February of a leap year', record: withDemographics({ date_of_birth: '2024-02-29' }), want: true },
  { name: 'a date of birth on 29 February of a common year', record: withDemographics({ date_of_birth: '2023-02-29' }), want: false },
  { name: 'a date of birth on 30 February', record: withDemographics({ date_of_birth: '2023-02-30' }), want: false },
  { name: 'a year of birth alone', record: withDemographics({ date_of_birth: '1950' }), want: true },
  { name: 'a date-time with seconds and an offset', record: withLogDate('2024-05-01T09:30:00+01:00'), want: true },
  { name: 'a date-time without seconds', record: withLogDate('2024-05-01T09:30Z'), want: false },
  { name: 'a date-time on 31 April', record: withLogDate('2024-04-31T09:30:00Z'), want: false },
  { name: 'a blank family name', record: { ...valid('subject_of_care'), name: { ...(valid('subject_of_care')['name'] as Json), family: '   ' } }, want: false },
  { name: 'an empty reference uid', record: { ...valid('risk'), subject_of_care: { record_type: 'subject_of_care', record_uid: '' } }, want: false },
  { name: 'an empty code', record: withDemographics({ gender_identity: { code: '' } }), want: false },
  { name: "a bound code with the value set's system", record: { ...valid('subject_of_care'), nhs_number_verification_status: { system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland', code: '01' } }, want: true },
  { name: 'a bound code without a system', record: { ...valid('subject_of_care'), nhs_number_verification_status: { code: '01' } }, want: true },
  { name: 'a bound code with banana for its system', record: { ...valid('subject_of_care'), nhs_number_verification_status: { system: 'banana', code: '01' } }, want: false },
  { name: "a bound code with SNOMED CT's system", record: { ...valid('subject_of_care'), nhs_number_verification_status: { system: 'http://snomed.info/sct', code: '01' } }, want: false },
];

describe("the README's own-ajv recipe, run as written", () => {
  const cases = [...exampleCases(), ...semanticCases];

  it('reaches the verdict of our precompiled validators on every example and on the cases of issue 12', () => {
    const { verdicts, stderr } = runRecipe(recipe(), cases);
    expect(stderr).toBe('');
    const ours = cases.map((c) => validateModsRecord(c.record));
    const disagree = cases.filter((_, i) => verdicts![i] !== ours[i]).map((c) => c.name);
    expect(disagree).toEqual([]);
    expect(cases.filter((c, i) => ours[i] !== c.want).map((c) => c.name)).toEqual([]);
    expect(cases.length).toBeGreaterThan(200);
  }, 120_000);

  it('is not vacuous: without ajv-formats the bundle does not compile', () => {
    const without = recipe().replace(/^addFormats\(ajv\);.*$/m, '');
    expect(without).not.toBe(recipe());
    expect(runRecipe(without, semanticCases).stderr).toMatch(/unknown format "date-time"/);
  }, 120_000);
});
