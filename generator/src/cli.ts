/**
 * The command line. The only place that prints or decides exit codes: 0 clean, 1 findings, 2 usage or I/O error.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { atLeast, type Diagnostic } from './diagnostics/diagnostic.ts';
import type { Severity } from './diagnostics/catalogue.ts';
import { countDiagnostics, formatHuman, plural, toJsonReport } from './diagnostics/format.ts';
import type { SpecModel } from './model/types.ts';
import { defaultSpecPath, packageVersion } from './paths.ts';
import { checkSpecFile } from './pipeline.ts';

export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const usage = `Usage: asc-mods <command> [options]

Commands:
  check [spec]     Check a spec file (default: the MODS spec this package ships)
  help             Show this help

Options for check:
  --format <f>     human (default) or json
  --fail-on <s>    the lowest severity that fails the run: warning (default) or error
  --no-color       plain output even on a terminal

Exit codes: 0 no findings, 1 findings, 2 usage or I/O error.
From a clone: npm run mods -- check`;

class UsageError extends Error {}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`asc-mods: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`asc-mods: internal error, please report it: ${message}\n`);
    if (io.env?.['ASC_MODS_DEBUG'] && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout.write(usage + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(packageVersion() + '\n');
    return 0;
  }
  if (command === 'check') return check(rest, io);
  throw new UsageError(`unknown command "${command}"`);
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', default: 'human' },
    'fail-on': { type: 'string', default: 'warning' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout.write(usage + '\n');
    return 0;
  }
  const format = String(values.format);
  if (format !== 'human' && format !== 'json') throw new UsageError(`--format must be human or json, not "${format}"`);
  const failOn = String(values['fail-on']);
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`--fail-on must be error or warning, not "${failOn}"`);
  if (positionals.length > 1) throw new UsageError('check takes at most one spec file');

  const path = positionals[0] === undefined ? defaultSpecPath() : resolve(io.cwd, positionals[0]);
  const shown = displayPath(io.cwd, path);
  const started = performance.now();
  const result = await checkSpecFile(path, shown);
  const elapsed = performance.now() - started;
  const failing = result.diagnostics.some((d) => atLeast(d.severity, failOn as Severity));

  if (format === 'json') {
    io.stdout.write(JSON.stringify(toJsonReport(shown, result.diagnostics, result.model ? { contents: contents(result.model) } : {}), null, 2) + '\n');
  } else {
    const color = !values['no-color'] && Boolean(io.stdout.isTTY) && !io.env?.['NO_COLOR'];
    const texts = new Map(result.text === undefined ? [] : [[shown, result.text]]);
    for (const d of result.diagnostics) io.stdout.write(formatHuman(d, { texts, color }) + '\n\n');
    io.stdout.write(summaryLine(shown, result.diagnostics, result.model, elapsed) + '\n');
  }
  if (result.ioError) return 2;
  return failing ? 1 : 0;
}

function summaryLine(file: string, diagnostics: readonly Diagnostic[], model: SpecModel | undefined, ms: number): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const what = model ? ` (${describe(model)})` : '';
  const time = ` in ${Math.round(ms)} ms`;
  if (errors === 0 && warnings === 0) return `${file}: no problems${what}${time}`;
  return `${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${what}${time}`;
}

function contents(model: SpecModel) {
  return {
    release: model.standard.release,
    classes: model.classes.length,
    elements: model.classes.reduce((n, c) => n + c.ownElements.length, 0),
    valueSets: model.valueSets.length,
    requirements: model.requirements.length,
  };
}

function describe(model: SpecModel): string {
  const c = contents(model);
  return `${model.standard.short_name} ${c.release}: ${plural(c.classes, 'class', 'classes')}, ${plural(c.elements, 'element')}, ${plural(c.valueSets, 'value set')}, ${plural(c.requirements, 'requirement')}`;
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

function parse<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/^.*?: /, '').replace(/\. To specify.*$/s, '') : String(error));
  }
}

/** Run as a process: wire the real streams, and end quietly when the reader of stdout goes away (`| head`). */
export async function runProcess(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
}

// Run when executed directly (npm run mods), not when imported by bin/asc-mods.js or tests.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runProcess();
