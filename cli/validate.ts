import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { groupedNumber, plural } from '../generator/src/diagnostics/format.ts';
import { mkdir } from 'node:fs/promises';
import { packageRoot, packageVersion } from '../generator/src/paths.ts';
import { isValidOdsCode } from '../generator/src/model/ods-code.ts';
import { startRunStamp } from '../conformance/files/stamp.ts';
import { FindingsSpool } from '../conformance/report/findings-spool.ts';
import { loadRuntimeModel } from '../generator/src/runtime/model.ts';
import { profiles, type Profile } from '../conformance/files/checks/authority.ts';
import { loadValidators, validateEngines, validateFiles, type Progress, type ValidateEngine } from '../conformance/files/engine.ts';
import { EngineFailed } from '../conformance/files/checks/duckdb-batch.ts';
import { collectInputs, type InputFile } from '../conformance/files/inputs.ts';
import { readerFor } from '../conformance/files/readers.ts';
import { CheckPool } from '../conformance/files/parallel/pool.ts';
import { renderValidationJson } from '../conformance/report/json.ts';
import { writeReports } from '../conformance/report/write-reports.ts';
import type { FindingSeverity, ValidationResult } from '../conformance/files/result.ts';
import type { SpecModel } from '../generator/src/model/types.ts';
import { reportInterrupted } from './interrupt.ts';
import { displayPath, outputFormat, parseCommandArgs, UsageError, type CliIo } from './io.ts';
import { outputFailed } from './output-error.ts';
import { validateOptions } from './validate-options.ts';

const severities: readonly FindingSeverity[] = ['error', 'warning', 'info'];

export async function validateCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const { values, positionals } = parseCommandArgs(args, validateOptions);
  if (values.help) return 'help';
  const format = outputFormat(values.format);
  const failOn = String(values['fail-on']) as FindingSeverity;
  if (!severities.includes(failOn)) throw new UsageError(`--fail-on must be error, warning or info, not "${failOn}"`);
  const profile = String(values.profile) as Profile;
  if (!profiles.includes(profile)) throw new UsageError(`--profile must be published or full, not "${profile}"`);
  const engine = String(values.engine) as ValidateEngine;
  if (!validateEngines.includes(engine)) throw new UsageError(`--engine must be memory or duckdb, not "${engine}"`);
  const engineDir = values['engine-dir'] === undefined ? undefined : resolve(io.cwd, String(values['engine-dir']));
  if (engineDir !== undefined && engine !== 'duckdb') throw new UsageError('--engine-dir is for --engine duckdb');
  if (engineDir !== undefined && !existsSync(engineDir)) throw new UsageError(`--engine-dir: no such folder: ${displayPath(io.cwd, engineDir)}`);
  const engineMemory = values['engine-memory'] === undefined ? undefined : String(values['engine-memory']);
  if (engineMemory !== undefined && engine !== 'duckdb') throw new UsageError('--engine-memory is for --engine duckdb');
  if (engineMemory !== undefined && !/^[0-9]+(\.[0-9]+)?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/.test(engineMemory)) throw new UsageError(`--engine-memory must be a size such as 64MB or 1GB, not "${engineMemory}"`);
  const provider = values.provider === undefined ? undefined : String(values.provider);
  if (provider !== undefined && !isValidOdsCode(provider)) throw new UsageError(`--provider must be an ODS code (3 to 12 capital letters and digits, such as RX1 or 8J123), not "${provider.slice(0, 40)}"`);
  if (positionals.length === 0) throw new UsageError('validate needs at least one file or folder');
  const missing = positionals.filter((p) => !existsSync(resolve(io.cwd, p)));
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);

  const model = await loadRuntimeModel();
  const className = values.class === undefined ? undefined : String(values.class);
  if (className !== undefined && !model.classes.some((c) => c.name === className && c.kind === 'record')) throw new UsageError(`--class: "${className}" is not a MODS record class`);

  const { files, failures } = await collectInputs(positionals.map((p) => ({ path: resolve(io.cwd, p), display: displayPath(io.cwd, resolve(io.cwd, p)) })));
  const showProgress = !values['no-progress'] && Boolean(io.stderr.isTTY) && format === 'human';
  const started = performance.now();
  const now = new Date();
  // The engine starts the pool's workers only where they pay (parallel/choice.ts); the results are the same either way.
  const reportDir = values['report-dir'] === undefined ? undefined : resolve(io.cwd, String(values['report-dir']));
  // Every finding goes to a spool in the report folder as it is counted, for the findings table (not capped).
  let spool: FindingsSpool | undefined;
  try {
    if (reportDir !== undefined) (await mkdir(reportDir, { recursive: true }), (spool = FindingsSpool.open(reportDir)));
  } catch (error) {
    return outputFailed(io, `the reports to ${displayPath(io.cwd, reportDir!)}`, error);
  }
  // The inputs' hashes for the report's stamp are worked out while they are checked (on a thread of their own when large).
  const stamping = startRunStamp(files, now, packageVersion(), model.standard.release);
  const pool = await CheckPool.start({ model, root: packageRoot(), now, className, profile });
  let result: ValidationResult;
  try {
    result = await validateFiles({
      ...(pool ? { pool } : {}),
      model,
      validators: await loadValidators(packageRoot()),
      files,
      failures,
      readerFor: (file: InputFile) => readerFor(file, model, className),
      ...(className === undefined ? {} : { className }),
      now,
      profile,
      engine,
      ...(engineDir === undefined ? {} : { engineDir }),
      ...(engineMemory === undefined ? {} : { engineMemory }),
      ...(showProgress ? { onProgress: progressPrinter(io, started) } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
      ...(provider === undefined ? {} : { provider }),
      ...(spool === undefined ? {} : { onFinding: (finding, by) => spool!.add(finding, by) }),
    }).finally(() => pool?.close());
    result = { ...result, run: await stamping.result() };
  } catch (error) {
    spool?.remove();
    stamping.cancel();
    if (!(error instanceof EngineFailed)) throw error;
    if (showProgress) io.stderr.write('\r\u001b[K');
    io.stderr.write(`asc-mods validate: ${error.message} (give it more with --engine-memory, or more disk with --engine-dir)\n`);
    return 2;
  }
  if (showProgress) io.stderr.write('\r\u001b[K');
  const elapsed = performance.now() - started;

  let written: string[] = [];
  try {
    if (reportDir !== undefined) written = await writeReports(reportDir, result, spool);
  } catch (error) {
    return outputFailed(io, `the reports to ${displayPath(io.cwd, reportDir!)}`, error);
  }
  if (format === 'json') io.stdout.write(renderValidationJson(result));
  else io.stdout.write(humanSummary(result, model, elapsed, written.map((p) => displayPath(io.cwd, p)), pool ? pool.size + 1 : 1));
  if (result.interrupted) return reportInterrupted(io, 'what was read before it is reported, marked interrupted');
  const rank = severities.indexOf(failOn);
  return result.checks.some((c) => severities.indexOf(c.severity) <= rank && c.count > 0) ? 1 : 0;
}

function progressPrinter(io: CliIo, started: number): (p: Progress) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (now - last < 250) return;
    last = now;
    const seconds = (now - started) / 1000;
    io.stderr.write(`\r\u001b[Kvalidated ${groupedNumber(p.records)} records, ${(p.bytes / 1e6).toFixed(1)} MB, ${groupedNumber(Math.round(p.records / seconds))} records/s, ${seconds.toFixed(1)} s (${p.file})`);
  };
}

function humanSummary(result: ValidationResult, model: SpecModel, ms: number, reports: readonly string[], threads: number): string {
  const t = result.totals;
  const n = groupedNumber;
  const count = (x: number, word: string) => `${n(x)} ${word}${x === 1 ? '' : 's'}`;
  const lines = [
    `Read ${count(t.records, 'record')} from ${count(result.files.length, 'file')} (${(t.bytes / 1e6).toFixed(1)} MB) in ${(ms / 1000).toFixed(1)} s${threads > 1 ? ` on ${threads} threads` : ''} against ${model.standard.short_name} ${model.standard.release}:`,
    `  ${n(t.valid)} valid, ${n(t.invalid)} invalid, ${n(t.unreadable)} unreadable`,
    `  findings: ${count(result.findings.errors, 'error')}, ${count(result.findings.warnings, 'warning')}, ${count(result.findings.infos, 'info')}`,
    result.profile === 'published'
      ? `  profile: published (what the published standard requires fails a record; ${plural(modelledFindings(result), 'finding')} on obligations of the asc-mods model are warnings: --profile full makes them errors)`
      : `  profile: full (every obligation of the asc-mods model fails a record, ${plural(modelledFindings(result), 'finding')} of them not required by the published standard)`,
  ];
  if (result.checks.length > 0) {
    lines.push('', 'Top findings:');
    for (const check of result.checks.slice(0, 10)) {
      const sample = check.samples[0];
      const where = sample ? `${sample.location.file}${sample.location.line !== undefined ? `:${sample.location.line}` : sample.location.row !== undefined ? ` row ${sample.location.row}` : ''} record ${sample.location.record} ${sample.path || '/'}` : '';
      lines.push(`  ${check.severity.padEnd(7)} ${check.check}${check.requirement ? ` (${check.requirement})` : ''}${check.authority === 'modelled' ? ' [modelled]' : ''}: ${n(check.count)} in ${plural(check.records, 'record')}`);
      if (sample) lines.push(`          e.g. ${where}: ${sample.message}${sample.value !== undefined ? ` [${sample.value}]` : ''}`, `          fix: ${sample.fix}`);
    }
  }
  if (result.interrupted) lines.push('', `INTERRUPTED (${result.interrupted.reason}): only what is counted above was read${result.interrupted.unread.length > 0 ? `; ${plural(result.interrupted.unread.length, 'file')} not read at all` : ''}; the checks across records were not done`);
  if (reports.length > 0) lines.push('', `Reports: ${reports.join(', ')}`);
  return lines.join('\n') + '\n';
}

function modelledFindings(result: ValidationResult): number {
  return result.checks.filter((c) => c.authority === 'modelled').reduce((n, c) => n + c.count, 0);
}
