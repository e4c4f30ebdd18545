import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { loadValidators, validateFiles } from '../../files/engine.ts';
import { collectInputs } from '../../files/inputs.ts';
import { CheckPool } from '../../files/parallel/pool.ts';
import { readerFor } from '../../files/readers.ts';
import { renderValidationJson } from '../../report/json.ts';
import { runCli } from '../../../generator/test/support/cli.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { realSpecPath, repoRoot } from '../../../generator/test/support/paths.ts';
import { planted, writeHostileCorpus } from './hostile/corpus.ts';

/**
 * A standing corpus of hostile record files (deep nesting, bad version numbers, huge strings, control characters,
 * invalid UTF-8, BOMs, CRLF, a truncated last line, syntax errors, personal values planted in every field, in record
 * types and in keys). Whatever validate prints, in every format, holds none of the planted values and no raw control
 * character, and every record of every file is counted, the same on one thread and on many.
 */
const dir = tempDir('hostile');
const corpus = writeHostileCorpus(dir);
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Every cell of a workbook, as a person opening it would read them. */
async function workbookText(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
  return cells.join('\n');
}

function expectClean(what: string, text: string): void {
  for (const value of planted) expect(text.includes(value), `${what} contains ${value}`).toBe(false);
  expect(controls.exec(text)?.[0].charCodeAt(0), `${what} holds a raw control character`).toBeUndefined();
}

describe('the hostile corpus', () => {
  it('every output format of validate is free of planted values and control characters', async () => {
    const reports = join(dir, 'reports');
    const human = await runCli(['validate', dir, '--no-progress', '--report-dir', reports]);
    const json = await runCli(['validate', dir, '--format', 'json']);
    expect(human.code).toBe(1);
    expect(json.code).toBe(1);
    expectClean('stdout', human.stdout);
    expectClean('stderr', human.stderr + json.stderr);
    expectClean('--format json', json.stdout);
    const written = readdirSync(reports).sort();
    // No spool left behind: only the reports.
    expect(written).toEqual(['findings.csv', 'findings.xlsx', 'report.json', 'report.junit.xml', 'scorecard.html']);
    for (const file of written) expectClean(file, file.endsWith('.xlsx') ? await workbookText(join(reports, file)) : readFileSync(join(reports, file), 'utf8'));
    // Every finding is a row of the table (the header and a byte-order mark aside).
    const rows = readFileSync(join(reports, 'findings.csv'), 'utf8').split('\r\n').filter((l) => l !== '').length - 1;
    const totals = (JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8')) as { findings: { errors: number; warnings: number; infos: number } }).findings;
    expect(rows).toBe(totals.errors + totals.warnings + totals.infos);
  }, 60_000);

  it('counts every record of every file', async () => {
    const result = JSON.parse((await runCli(['validate', dir, '--format', 'json'])).stdout) as { files: { file: string; records: number; valid: number; invalid: number; unreadable: number }[] };
    for (const f of corpus) {
      const summary = result.files.find((s) => s.file.endsWith(f.name))!;
      expect({ file: f.name, records: summary.records }).toEqual({ file: f.name, records: f.records });
      expect(summary.valid + summary.invalid + summary.unreadable).toBe(f.records);
    }
  }, 60_000);

  it('gives the same report on worker threads as on one thread', async () => {
    const model = (await checkSpecFile(realSpecPath)).model!;
    const validators = await loadValidators(repoRoot);
    const now = new Date('2026-01-01T00:00:00Z');
    const { files, failures } = await collectInputs([{ path: dir, display: 'hostile' }]);
    const run = (pool?: CheckPool) => validateFiles({ model, validators, files, failures, now, readerFor: (f) => readerFor(f, model), ...(pool ? { pool } : {}) });
    const single = renderValidationJson(await run());
    // Forced: on two cores the command itself checks on one thread (parallel/choice.ts).
    const pool = await CheckPool.start({ model, root: repoRoot, now, className: undefined, profile: 'published', workers: 1 });
    expect(pool, 'worker threads start in the test runner').toBeDefined();
    try {
      expect(renderValidationJson(await run(pool))).toBe(single);
    } finally {
      await pool?.close();
    }
  }, 60_000);

  it('as a real process, prints nothing planted either', () => {
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = spawnSync(process.execPath, [tsx, join(repoRoot, 'cli', 'main.ts'), 'validate', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.status).toBe(1);
    expectClean('process stdout', run.stdout);
    expectClean('process stderr', run.stderr);
  }, 60_000);
});
