import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSpec, scaleSpec, wideCodesPerCopy } from '../support/scale-spec.ts';
import { realSpecPath, repoRoot } from '../support/paths.ts';

const scale = 16;
const today = readFileSync(realSpecPath, 'utf8');
const scaled = scaleSpec(today, scale);

// A standard 16 times today's, generated as a user would: the command, as a process (the validators precompiled on
// a worker thread). How long it takes is for `npm run bench` (generator/bench/scale.ts), not for a test to assert.
describe(`generate on a spec ${scale} times today's`, () => {
  it('the scaled spec has about 16 times the classes, elements and value sets, and an enum of more than 200 codes', () => {
    const [one, many] = [countSpec(today), countSpec(scaled)];
    for (const key of ['classes', 'elements', 'valueSets'] as const) expect(many[key] / one[key]).toBeGreaterThan(scale * 0.9);
    expect(scaleSpec(today, 1)).toBe(today);
    expect(scale * wideCodesPerCopy).toBeGreaterThan(200);
  });

  it('writes every artefact, and its validators are one module that accepts every valid example and refuses an invalid one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asc-mods-scale-'));
    const spec = join(dir, 'mods.yaml');
    writeFileSync(spec, scaled);
    const out = join(dir, 'generated');
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = spawnSync(process.execPath, [tsx, 'cli/main.ts', 'generate', spec, '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\S+: \d+ files from \S+ — \d+ written, 0 unchanged, 0 removed \(\d+ ms\)\n$/);

    const standalone = readFileSync(join(out, 'typescript', 'standalone.js'), 'utf8');
    expect(standalone).not.toMatch(/\brequire\(/);
    expect(standalone).toContain('function equal(a, b)');
    const records = readdirSync(join(out, 'examples')).filter((f) => f.endsWith('.json'));
    expect(records.length).toBeGreaterThan(55 * scale * 0.9);
    // Every record class, through the validator of any record: its enum of record types needs ajv's equal helper.
    const check = spawnSync(process.execPath, ['--input-type=module', '-e', verdicts], { cwd: out, encoding: 'utf8', env: { ...process.env, RECORDS: records.join('\n') } });
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toEqual({ classes: records.length, valid: records.length, refused: records.length });
  }, 600_000);
});

/** Run in the output folder: how many valid examples the validators accept, and how many first invalid ones they refuse. */
const verdicts = `
import { readFileSync } from 'node:fs';
const { validateModsRecord } = await import('./typescript/standalone.js');
const names = process.env.RECORDS.split('\\n');
let valid = 0, refused = 0;
for (const name of names) {
  const example = JSON.parse(readFileSync('./examples/' + name, 'utf8'));
  if (validateModsRecord(example.valid)) valid++;
  if (example.invalid.length > 0 && !validateModsRecord(example.invalid[0].record)) refused++;
}
console.log(JSON.stringify({ classes: names.length, valid, refused }));
`;
