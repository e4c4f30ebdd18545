import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attestationSchemaFile } from '../../generator/src/emit/conformance/attestation-schema.ts';
import { runCli } from '../../generator/test/support/cli.ts';
import { AttestationsUnreadable, readAttestations } from '../api/attestations.ts';
import { conform, referenceAttestations, suiteDir, withReferenceServer } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'asc-mods-attestations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const schema = JSON.parse(readFileSync(join(suiteDir, attestationSchemaFile), 'utf8')) as object;
const today = new Date('2026-12-01T12:00:00Z');
writeFileSync(join(dir, 'audit-policy.pdf'), 'evidence');

const entry = (over: Record<string, string> = {}) => ({
  requirement: 'MODS-AUDIT-008',
  statement: 'Every message is written to the audit log before it is processed.',
  evidence: 'audit-policy.pdf',
  attested_by: 'Clinical Safety Officer',
  date: '2026-11-20',
  valid_until: '2027-11-19',
  ...over,
});
const yamlOf = (entries: readonly Record<string, string>[]) =>
  `system: Example\nattestations:\n${entries.map((e) => Object.entries(e).map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: '${v}'`).join('\n')).join('\n')}\n`;
async function read(text: string, name = 'a.yaml') {
  writeFileSync(join(dir, name), text);
  return readAttestations(join(dir, name), name, schema, today);
}

describe('reading attestations', () => {
  it('takes a valid attestation, and says where it is written', async () => {
    const file = await read(yamlOf([entry()]));
    expect(file.findings).toEqual([]);
    expect(file.valid.get('MODS-AUDIT-008')).toMatchObject({ attestedBy: 'Clinical Safety Officer', validUntil: '2027-11-19', at: 'a.yaml:3:5' });
  });

  it.each([
    ['an expired one', [entry({ date: '2025-06-01', valid_until: '2026-06-30' })], 'attestation-expired', 8, 18],
    ['one not yet in force', [entry({ date: '2027-01-05' })], 'attestation-not-yet-valid', 7, 11],
    ['a date that is not a calendar date', [entry({ valid_until: '2027-02-30' })], 'attestation-invalid', 8, 18],
    ['one that ends before it was attested', [entry({ valid_until: '2026-01-01' })], 'attestation-invalid', 8, 18],
    ['evidence that is not there', [entry({ evidence: 'missing.pdf' })], 'attestation-evidence-missing', 5, 15],
    ['a requirement the spec does not have', [entry({ requirement: 'MODS-NOPE-001' })], 'attestation-invalid', 3, 18],
    ['a requirement the suite tests (a statement cannot stand in for its tests)', [entry({ requirement: 'MODS-STRUCT-001' })], 'attestation-invalid', 3, 18],
    ['evidence given as an absolute path', [entry({ evidence: '/etc/hostname' })], 'attestation-evidence-missing', 5, 15],
    ['the same requirement twice', [entry(), entry()], 'attestation-duplicate', 9, 18],
  ] as const)('reports %s as a located finding, and does not count it', async (_what, entries, code, line, column) => {
    const file = await read(yamlOf(entries));
    expect(file.findings.map((f) => [f.code, f.line, f.column])).toEqual([[code, line, column]]);
    expect(file.valid.size).toBe(code === 'attestation-duplicate' ? 1 : 0);
  });

  it('reports a missing key and an unknown key, each at its entry', async () => {
    const file = await read("attestations:\n  - requirement: MODS-AUDIT-008\n    statment: typo\n");
    expect(file.findings.map((f) => f.code)).toEqual(['attestation-invalid', 'attestation-invalid', 'attestation-invalid', 'attestation-invalid', 'attestation-invalid', 'attestation-invalid']);
    expect(file.findings.some((f) => /statment/.test(f.message) && f.line === 2)).toBe(true);
    expect(file.valid.size).toBe(0);
  });

  it('reports YAML syntax errors with their position', async () => {
    const file = await read("attestations:\n  - requirement: 'MODS-AUDIT-008\n");
    expect(file.findings[0]).toMatchObject({ code: 'yaml-syntax', file: 'a.yaml' });
    expect(file.findings[0]!.line).toBeGreaterThan(0);
  });

  it('refuses a file that cannot be read', async () => {
    await expect(readAttestations(join(dir, 'none.yaml'), 'none.yaml', schema, today)).rejects.toThrow(AttestationsUnreadable);
  });
});

describe('attestations in a run', () => {
  it('move a MUST from missing to attested; an expired one leaves it missing', async () => {
    const good = await read(yamlOf([entry()]), 'good.yaml');
    const expired = await read(yamlOf([entry({ valid_until: '2026-01-01', date: '2025-01-01' })]), 'expired.yaml');
    await withReferenceServer({}, async (url) => {
      const without = await conform(url, { classes: ['risk'] });
      const attested = await conform(url, { classes: ['risk'], attestations: good });
      const stale = await conform(url, { classes: ['risk'], attestations: expired });
      const status = (r: typeof without) => r.requirements.find((q) => q.requirement === 'MODS-AUDIT-008')!.status;
      expect([status(without), status(attested), status(stale)]).toEqual(['missing', 'attested', 'missing']);
      expect(attested.summary.attestedMusts).toContain('MODS-AUDIT-008');
      expect(stale.attestations.findings.map((f) => f.code)).toEqual(['attestation-expired']);
    });
  });

  it('cannot make a system that was not tested conformant: with no class declared, the testable MUSTs are missing', async () => {
    await withReferenceServer({}, async (url) => {
      const result = await conform(url, { manifest: { classes: [] }, attestations: referenceAttestations });
      expect(result.summary.verdict).toBe('incomplete');
      expect(result.summary.missingMusts).toEqual(expect.arrayContaining(['MODS-STRUCT-001', 'MODS-AUDIT-002', 'MODS-REF-001']));
      expect(result.requirements.find((r) => r.requirement === 'MODS-STRUCT-001')!.reason).toMatch(/skipped/);
    });
  });

  it('refuses a file too large to be one', async () => {
    writeFileSync(join(dir, 'huge.yaml'), 'attestations:\n' + '  - requirement: MODS-AUDIT-008\n'.repeat(40_000));
    await expect(readAttestations(join(dir, 'huge.yaml'), 'huge.yaml', schema, today)).rejects.toThrow(/larger than/);
  });

  it('refuses a FIFO, a device and a folder at once, never waiting on one', async () => {
    const fifo = join(dir, 'attestations.fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(readAttestations(fifo, 'attestations.fifo', schema, today)).rejects.toThrow(/cannot read attestations\.fifo: it is a FIFO/);
    await expect(readAttestations('/dev/zero', '/dev/zero', schema, today)).rejects.toThrow(/it is a device/);
    await expect(readAttestations(dir, 'dir', schema, today)).rejects.toThrow(/it is a directory/);
  });

  it('conform --attestations prints each problem at file:line:col; an unreadable file is exit 2', async () => {
    writeFileSync(join(dir, 'cli.yaml'), yamlOf([entry({ valid_until: '2020-01-01', date: '2019-01-01', evidence: 'https://example.org/x' })]));
    const { code, stdout } = await runCli(['conform', '--reference', '--classes', 'risk', '--attestations', join(dir, 'cli.yaml')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/cli\.yaml:8:18 attestation-expired: the attestation of MODS-AUDIT-008 expired on 2020-01-01/);
    expect(stdout).toContain('INCOMPLETE');
    const strict = await runCli(['conform', '--reference', '--classes', 'risk', '--attestations', join(dir, 'cli.yaml'), '--require-complete']);
    expect(strict.code).toBe(1);
    const missing = await runCli(['conform', '--reference', '--attestations', join(dir, 'nothing.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--attestations: cannot read');
  });
});

describe('one run reports everything wrong with an attestation', () => {
  it('a requirement the suite tests, a date that is not one and an absolute evidence path, in file order', async () => {
    const file = await read(yamlOf([entry({ requirement: 'MODS-STRUCT-001', evidence: '/etc/hostname', date: '2026-13-01' })]), 'many.yaml');
    expect(file.findings.map((f) => [f.code, f.line])).toEqual([
      ['attestation-invalid', 3],
      ['attestation-evidence-missing', 5],
      ['attestation-invalid', 7],
    ]);
    expect(file.valid.size).toBe(0);
  });
});
