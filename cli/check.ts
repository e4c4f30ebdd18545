import { resolve } from 'node:path';
import type { Severity } from '../generator/src/diagnostics/catalogue.ts';
import { atLeast } from '../generator/src/diagnostics/diagnostic.ts';
import { toJsonReport } from '../generator/src/diagnostics/format.ts';
import { defaultSpecPath } from '../generator/src/paths.ts';
import { checkSpecFile } from '../generator/src/pipeline.ts';
import { interruptedExit, reportInterrupted } from './interrupt.ts';
import { displayPath, outputFormat, parseCommandArgs, useColor, UsageError, type CliIo } from './io.ts';
import { modelContents, printDiagnostics, summaryLine } from './report.ts';

export async function checkCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'human' },
    'fail-on': { type: 'string', default: 'warning' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  const format = outputFormat(values.format);
  const failOn = String(values['fail-on']);
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`--fail-on must be error or warning, not "${failOn}"`);
  if (positionals.length > 1) throw new UsageError('check takes at most one spec file');

  const path = positionals[0] === undefined ? defaultSpecPath() : resolve(io.cwd, positionals[0]);
  const shown = displayPath(io.cwd, path);
  const started = performance.now();
  const result = await checkSpecFile(path, shown);
  const elapsed = performance.now() - started;
  if (interruptedExit(io) !== undefined) return reportInterrupted(io, 'the check did not finish');

  if (format === 'json') {
    io.stdout.write(JSON.stringify(toJsonReport(shown, result.diagnostics, result.model ? { contents: modelContents(result.model) } : {}), null, 2) + '\n');
  } else {
    printDiagnostics(io, shown, result.text, result.diagnostics, useColor(io, Boolean(values['no-color'])));
    io.stdout.write(summaryLine(shown, result.diagnostics, result.model, elapsed) + '\n');
  }
  if (result.ioError) return 2;
  return result.diagnostics.some((d) => atLeast(d.severity, failOn as Severity)) ? 1 : 0;
}
