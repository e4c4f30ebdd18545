import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { groupedNumber, plural } from '../generator/src/diagnostics/format.ts';
import { packageRoot } from '../generator/src/paths.ts';
import { loadRuntimeModel } from '../generator/src/runtime/model.ts';
import { loadValidators } from '../conformance/files/engine.ts';
import { collectInputs } from '../conformance/files/inputs.ts';
import { DuckDbTarget } from '../conformance/load/duckdb.ts';
import { PostgresTarget, withoutPassword } from '../conformance/load/postgres.ts';
import { loadFiles, type LoadSummary } from '../conformance/load/load.ts';
import { BatchRefused, type LoadTarget } from '../conformance/load/target.ts';
import { reportInterrupted } from './interrupt.ts';
import { displayPath, outputFormat, parseCommandArgs, UsageError, type CliIo } from './io.ts';

/** `asc-mods load <paths...> --into <target>`: validated records into a database, the rest into its rejects table. */
export async function loadCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const { values, positionals } = parseCommandArgs(args, {
    into: { type: 'string', default: 'duckdb:mods.duckdb' },
    batch: { type: 'string', default: '100000' },
    format: { type: 'string', default: 'human' },
    'no-progress': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  const format = outputFormat(values.format);
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1_000_000) throw new UsageError(`--batch is a whole number from 1 to 1000000, not "${String(values.batch)}"`);
  if (positionals.length === 0) throw new UsageError('load needs at least one file or folder of records');
  const missing = positionals.filter((p) => !existsSync(resolve(io.cwd, p)));
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  const into = String(values.into);
  const duck = /^duckdb:(.+)$/.exec(into)?.[1] ?? (/\.duckdb$/i.test(into) ? into : undefined);
  const postgres = /^postgres(?:ql)?:\/\//.test(into) ? into : undefined;
  if (duck === undefined && postgres === undefined) throw new UsageError(`--into is duckdb:<file>, a .duckdb file or a postgres:// URL, not "${redacted(into)}"`);

  const model = await loadRuntimeModel();
  const { files, failures } = await collectInputs(positionals.map((p) => ({ path: resolve(io.cwd, p), display: displayPath(io.cwd, resolve(io.cwd, p)) })));
  for (const f of failures) io.stderr.write(`${f.display}: ${f.message}\n`);
  let target: LoadTarget;
  if (postgres !== undefined) {
    try {
      target = await PostgresTarget.open(postgres);
    } catch (error) {
      io.stderr.write(`asc-mods load: cannot connect to ${withoutPassword(postgres)} (${firstLine(error)})\n`);
      return 2;
    }
  } else {
    const path = resolve(io.cwd, duck!);
    try {
      target = await DuckDbTarget.open(path, `duckdb:${displayPath(io.cwd, path)}`);
    } catch (error) {
      io.stderr.write(`asc-mods load: cannot open ${displayPath(io.cwd, path)} as a DuckDB database (${firstLine(error)})\n`);
      return 2;
    }
  }
  const showProgress = !values['no-progress'] && Boolean(io.stderr.isTTY) && format === 'human';
  const started = performance.now();
  let summary: LoadSummary;
  try {
    summary = await loadFiles({
      model,
      validators: await loadValidators(packageRoot()),
      files,
      failures,
      target,
      now: new Date(),
      batchSize,
      ...(showProgress
        ? {
            onProgress: (n: number, file: string) => void io.stderr.write(`\r\u001b[K${groupedNumber(n)} records read (${file})`),
            // The database's part of a batch takes seconds with no record read meanwhile (the last batch, at least).
            onBatch: (n: number, records: number) => void io.stderr.write(`\r\u001b[Kbatch ${n} (${plural(records, 'record')}) going into ${target.shown}`),
          }
        : {}),
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } catch (error) {
    if (!(error instanceof BatchRefused)) throw error;
    // On its own line, not after the progress line; the finally below still closes the database.
    io.stderr.write(`${showProgress ? '\r\u001b[K' : ''}asc-mods load: ${target.shown} refused batch ${error.batch} (${error.message}): nothing of it was loaded${error.batch > 1 ? ', and the batches before it stay loaded' : ''}\n`);
    return 2;
  } finally {
    // DuckDB writes its file here, from the log the batches committed to.
    if (showProgress) io.stderr.write(`\r\u001b[Kfinishing ${target.shown}`);
    await target.close();
    if (showProgress) io.stderr.write('\r\u001b[K');
  }
  const seconds = (performance.now() - started) / 1000;
  if (format === 'json') io.stdout.write(`${JSON.stringify({ target: target.shown, ...summary, byClass: Object.fromEntries(summary.byClass), seconds: Number(seconds.toFixed(2)) }, null, 2)}\n`);
  else io.stdout.write(humanSummary(summary, target.shown, seconds));
  if (summary.interrupted) return reportInterrupted(io, 'the batches loaded before it stay loaded');
  return failures.length > 0 ? 2 : summary.rejected > 0 ? 1 : 0;
}

function humanSummary(s: LoadSummary, shown: string, seconds: number): string {
  const lines = [`Loaded into ${shown}${s.schemaCreated ? ' (schema created)' : ''} in ${seconds.toFixed(1)} s: ${plural(s.read, 'record')} read = ${groupedNumber(s.loaded)} loaded + ${groupedNumber(s.already)} already there + ${groupedNumber(s.rejected)} rejected`];
  if (s.rejected > 0) lines.push(`  rejected records are in load__rejects with their findings (${groupedNumber(s.rejectedNew)} new to it); run validate on the files for the full report`);
  const classes = [...s.byClass].sort(([a], [b]) => (a < b ? -1 : 1));
  if (classes.length > 0) lines.push(`  by class: ${classes.map(([name, c]) => `${name} ${groupedNumber(c.read)}${c.rejected > 0 ? ` (${groupedNumber(c.rejected)} rejected)` : ''}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** What --into said, without a password it may carry. */
function redacted(text: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? withoutPassword(text) : text;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
