import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { reportView } from '../conformance/report/conformance-view.ts';
import { renderConformanceJson } from '../conformance/report/json.ts';
import { renderConformanceReports, writeReportFiles } from '../conformance/report/write-reports.ts';
import { writeAssurance } from '../conformance/report/write-assurance.ts';
import { AttestationsUnreadable, readAttestations, type AttestationFile } from '../conformance/api/attestations.ts';
import type { ConformanceResult, ConformProfile, TestResult } from '../conformance/api/result.ts';
import { verdictLines } from '../conformance/report/verdict-lines.ts';
import { attestationSchemaFile } from '../generator/src/emit/conformance/attestation-schema.ts';
import { runConformance, SystemUnavailable, type Manifest } from '../conformance/api/run.ts';
import { loadSuite } from '../conformance/api/suite.ts';
import { randomUUID } from 'node:crypto';
import { ReferenceServer } from '../conformance/reference/server.ts';
import { packageRoot, packageVersion, referenceAttestationsPath } from '../generator/src/paths.ts';
import { interruptedExit, reportInterrupted } from './interrupt.ts';
import { displayPath, outputFormat, parseCommandArgs, UsageError, type CliIo } from './io.ts';
import { outputFailed } from './output-error.ts';
import { readRegularFile } from '../generator/src/source/regular-file.ts';

export async function conformCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const { values } = parseCommandArgs(args, {
    'base-url': { type: 'string' },
    reference: { type: 'boolean', default: false },
    token: { type: 'string' },
    classes: { type: 'string' },
    manifest: { type: 'string' },
    'report-dir': { type: 'string' },
    format: { type: 'string', default: 'human' },
    timeout: { type: 'string', default: '10000' },
    profile: { type: 'string', default: 'published' },
    attestations: { type: 'string' },
    'require-complete': { type: 'boolean', default: false },
    'no-progress': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  const given = values['base-url'] === undefined ? undefined : String(values['base-url']);
  if (given !== undefined && values.reference) throw new UsageError('give --base-url or --reference, not both');
  if (given === undefined && !values.reference) throw new UsageError('conform needs --base-url, the address of the system under test (or --reference to test the reference supplier)');
  // Never echoed: a base URL may carry a password, and no output of the kit shows one.
  if (given !== undefined && /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(given)) throw new UsageError('--base-url must not carry a user name or password (it would be sent and could be shown); pass the bearer token with --token or $ASC_MODS_TOKEN');
  // A query or fragment (?access_token=...) would be sent with every request and shown in every report: refused, unechoed.
  if (given !== undefined && /[?#]/.test(given)) throw new UsageError('--base-url must not carry a query (?...) or a fragment (#...): it would be sent with every request and shown in the reports; give the API root only, and the bearer token with --token or $ASC_MODS_TOKEN');
  if (given !== undefined && !/^https?:\/\/[^/]+/.test(given)) throw new UsageError('--base-url must be an http or https URL, such as http://localhost:8080');
  const format = outputFormat(values.format);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout < 100) throw new UsageError('--timeout must be a whole number of milliseconds, at least 100');
  const profile = String(values.profile) as ConformProfile;
  if (profile !== 'published' && profile !== 'full') throw new UsageError(`--profile must be published or full, not "${profile}"`);
  const suiteDir = join(packageRoot(), 'generated', 'conformance');
  const { suite, fixtures } = await loadSuite(suiteDir);
  const classes = values.classes === undefined ? undefined : String(values.classes).split(',').map((c) => c.trim()).filter((c) => c.length > 0);
  const unknown = (classes ?? []).filter((c) => !suite.classes.some((k) => k.record_type === c));
  if (unknown.length > 0) throw new UsageError(`--classes: not MODS record classes: ${unknown.join(', ')}`);
  const manifest = values.manifest === undefined ? undefined : await readManifest(resolve(io.cwd, String(values.manifest)));
  const attestationPath = values.attestations !== undefined ? resolve(io.cwd, String(values.attestations)) : values.reference ? referenceAttestationsPath() : undefined;
  const attestations = attestationPath === undefined ? undefined : await loadAttestations(attestationPath, displayPath(io.cwd, attestationPath), suiteDir);
  const reference = values.reference ? await startReference() : undefined;
  const baseUrl = reference?.baseUrl ?? given!;
  const token = reference?.token ?? (values.token === undefined ? io.env?.['ASC_MODS_TOKEN'] : String(values.token));
  if (reference) io.stderr.write(`Started the reference supplier at ${baseUrl} (in memory) to test.\n`);
  const progress = !values['no-progress'] && Boolean(io.stderr.isTTY) && format === 'human';

  let result: ConformanceResult;
  try {
    result = await runConformance({
      baseUrl,
      token,
      suiteDir,
      kitVersion: packageVersion(),
      ...(classes ? { classes } : {}),
      ...(manifest ? { manifest } : {}),
      requestTimeoutMs: timeout,
      profile,
      ...(attestations ? { attestations } : {}),
      ...(progress ? { onTest: (t: TestResult, done: number, total: number) => io.stderr.write(`\r\u001b[K${done}/${total} ${t.id}`) } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } catch (error) {
    if (error instanceof SystemUnavailable && interruptedExit(io) !== undefined) return reportInterrupted(io, 'before any test ran; no report written');
    if (error instanceof SystemUnavailable) {
      io.stderr.write(`asc-mods conform: cannot test the system: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    if (progress) io.stderr.write('\r\u001b[K');
    await reference?.close();
  }
  const view = reportView(result, suite, fixtures.values());
  const written: string[] = [];
  if (values['report-dir'] !== undefined) {
    const dir = resolve(io.cwd, String(values['report-dir']));
    try {
      written.push(...(await writeReportFiles(dir, await renderConformanceReports(view))));
      // The assurance pack a supplier files: one row per class and element, and per requirement.
      written.push(...(await writeAssurance(dir, view, suite, manifest)));
    } catch (error) {
      return outputFailed(io, `the reports to ${displayPath(io.cwd, dir)}`, error);
    }
  }
  if (format === 'json') io.stdout.write(renderConformanceJson(view));
  else io.stdout.write(humanSummary(view, written.map((p) => displayPath(io.cwd, p))));
  if (interruptedExit(io) !== undefined) return reportInterrupted(io, 'the tests not finished are errors, "interrupted"');
  const verdict = result.summary.verdict;
  return verdict === 'not-conformant' || (verdict === 'incomplete' && values['require-complete']) ? 1 : 0;
}

async function loadAttestations(path: string, display: string, suiteDir: string): Promise<AttestationFile> {
  const schema = JSON.parse(await readFile(join(suiteDir, attestationSchemaFile), 'utf8')) as object;
  try {
    return await readAttestations(path, display, schema, new Date());
  } catch (error) {
    if (error instanceof AttestationsUnreadable) throw new UsageError(`--attestations: ${error.message}`);
    throw error;
  }
}

/** The reference supplier on a free local port, with a one-off token. */
async function startReference(): Promise<{ baseUrl: string; token: string; close: () => Promise<void> }> {
  const token = randomUUID();
  // The reference supplier holds the whole asc-mods model, so it passes the advisory tests of the published profile too.
  const server = await ReferenceServer.forShippedSpec({ token, profile: 'full' });
  const port = await server.listen(0);
  return { baseUrl: `http://127.0.0.1:${port}`, token, close: () => server.close() };
}

async function readManifest(path: string): Promise<Manifest> {
  let value: unknown;
  // Only a regular file, opened without blocking, and at most 16 MB (a manifest is a few kB).
  const read = await readRegularFile(path, 16 * 1024 * 1024);
  if ('reason' in read) throw new UsageError(`--manifest: cannot read ${path}: ${read.reason}`);
  try {
    value = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch (error) {
    throw new UsageError(`--manifest: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  const classes = (value as { classes?: unknown } | null)?.classes;
  if (!Array.isArray(classes) || !classes.every((c) => typeof (c as { record_type?: unknown })?.record_type === 'string')) throw new UsageError('--manifest: expected {"classes": [{"record_type": "...", "elements": [...]}, ...]}');
  return value as Manifest;
}

function humanSummary(result: ConformanceResult, reports: readonly string[]): string {
  const s = result.summary;
  const lines = [
    `Conformance of ${result.system.baseUrl} to ${result.spec.standard} (asc-mods spec ${result.spec.release}, kit ${result.kit.version}):`,
    `  ${result.classesTested.length} of ${result.system.declared.length} declared classes tested (declared by ${result.system.source})`,
    `  ${s.tests} tests: ${s.pass} passed, ${s.fail} failed, ${s.error} errors, ${s.skip} skipped in ${(s.ms / 1000).toFixed(1)} s${advisoryNote(result)}`,
    ...verdictLines(result),
  ];
  for (const f of result.attestations.findings) lines.push(`  ${f.file}:${f.line}:${f.column} ${f.code}: ${f.message}`);
  const failed = result.tests.filter((t) => (t.verdict === 'fail' || t.verdict === 'error') && !t.advisory);
  const advisory = result.tests.filter((t) => (t.verdict === 'fail' || t.verdict === 'error') && t.advisory);
  for (const [heading, list] of [['Failures:', failed], ['Advisory failures (obligations the published standard does not make):', advisory]] as const) {
    if (list.length === 0) continue;
    lines.push('', heading);
    for (const t of list.slice(0, 15)) lines.push(`  ${t.verdict === 'fail' ? 'FAIL ' : 'ERROR'} ${t.id} (${t.requirements.join(', ')}): ${t.message}`);
    if (list.length > 15) lines.push(`  … and ${list.length - 15} more (see the report)`);
  }
  if (reports.length > 0) lines.push('', `Reports: ${reports.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** How many of the failures and errors are advisory (they decide nothing under this profile). */
function advisoryNote(result: ConformanceResult): string {
  const n = result.tests.filter((t) => t.advisory && (t.verdict === 'fail' || t.verdict === 'error')).length;
  return n === 0 ? '' : ` (${n} of the failures and errors advisory)`;
}
