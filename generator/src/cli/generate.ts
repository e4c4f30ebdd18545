import { join, resolve } from 'node:path';
import { plural } from '../diagnostics/format.ts';
import { compareGenerated, NotGeneratedDirectoryError, writeGenerated } from '../emit/write.ts';
import { defaultSpecPath, packageRoot } from '../paths.ts';
import { generateFromFile } from '../pipeline.ts';
import { displayPath, parseCommandArgs, useColor, UsageError, type CliIo } from './io.ts';
import { printDiagnostics, summaryLine } from './report.ts';

export const generateUsage = `  generate [spec]         Check the spec, then write every artefact to generated/
      --out <dir>         where to write (default: generated/ beside the shipped spec, or ./generated for another spec)
      --check             write nothing; list every file that is stale, missing or orphaned (exit 1 if any)
      --no-color          plain output even on a terminal`;

export async function generateCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  if (positionals.length > 1) throw new UsageError('generate takes at most one spec file');
  const path = positionals[0] === undefined ? defaultSpecPath() : resolve(io.cwd, positionals[0]);
  const outDir = values.out !== undefined ? resolve(io.cwd, String(values.out)) : positionals[0] === undefined ? join(packageRoot(), 'generated') : resolve(io.cwd, 'generated');
  const shown = displayPath(io.cwd, path);
  const shownOut = displayPath(io.cwd, outDir);

  const started = performance.now();
  const result = await generateFromFile(path, shown);
  if (!result.files) {
    printDiagnostics(io, shown, result.text, result.diagnostics, useColor(io, Boolean(values['no-color'])));
    io.stdout.write(summaryLine(shown, result.diagnostics, result.model, performance.now() - started) + '\n');
    io.stdout.write(`nothing generated: fix the errors above first\n`);
    return result.ioError ? 2 : 1;
  }
  if (result.diagnostics.length > 0) printDiagnostics(io, shown, result.text, result.diagnostics, useColor(io, Boolean(values['no-color'])));

  if (values.check) {
    const drift = await compareGenerated(outDir, result.files);
    const lines = [...drift.stale.map((p) => `stale     ${shownOut}/${p}`), ...drift.missing.map((p) => `missing   ${shownOut}/${p}`), ...drift.orphaned.map((p) => `orphaned  ${shownOut}/${p}`)];
    const ms = Math.round(performance.now() - started);
    if (lines.length === 0) {
      io.stdout.write(`${shownOut}/ is up to date with ${shown} (${plural(result.files.length, 'file')}, checked in ${ms} ms)\n`);
      return 0;
    }
    io.stdout.write(lines.join('\n') + '\n');
    io.stdout.write(`${shownOut}/ is out of date with ${shown}: ${plural(lines.length, 'file')} differ; run \`npm run mods -- generate\` (checked in ${ms} ms)\n`);
    return 1;
  }

  try {
    const report = await writeGenerated(outDir, result.files);
    const ms = Math.round(performance.now() - started);
    io.stdout.write(
      `${shownOut}/: ${plural(result.files.length, 'file')} from ${shown} — ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed (${ms} ms)\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof NotGeneratedDirectoryError) {
      io.stderr.write(`asc-mods: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') {
      io.stderr.write(`asc-mods: cannot write to ${shownOut}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' ? 'a path in it is a file, not a directory' : code}\n`);
      return 2;
    }
    throw error;
  }
}
