/**
 * Scale benchmark: figures, not assertions. How `generate` grows with the standard: the real spec and specs 4 and 16
 * times its size (generator/test/support/scale-spec.ts makes them), each generated cold by the built command as a
 * process, into a new folder every run (so the validators are always precompiled), the median of three runs, with
 * the peak memory. Printed with the growth ratios. `--quick`: one run each. Files are made in a temporary folder and
 * removed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.ts';
import { countSpec, scaleSpec } from '../test/support/scale-spec.ts';

const root = packageRoot();
const bin = join(root, 'bin', 'asc-mods.js');
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('build first: npm run build');
const runs = process.argv.includes('--quick') ? 1 : 3;
const scales = [1, 4, 16] as const;
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-bench-scale-'));
const today = readFileSync(join(root, 'spec', 'mods.yaml'), 'utf8');

interface Figure {
  readonly scale: number;
  readonly classes: number;
  readonly elements: number;
  readonly files: number;
  readonly ms: number;
  /** CPU time of all the process's threads: what the work costs, whatever else the machine is doing. */
  readonly cpuMs: number;
  readonly peakMb: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function generateOnce(spec: string, out: string): { ms: number; cpuMs: number; peakMb: number; files: number } {
  rmSync(out, { recursive: true, force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, [bin, 'generate', spec, '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, ASC_MODS_REPORT_MAXRSS: '1' } });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`generate ${spec} failed: ${run.stderr || run.stdout}`);
  const usage = /"maxRssKb":\s*(\d+),\s*"cpuMs":\s*(\d+)/.exec(run.stderr);
  const files = /(\d+) files from/.exec(run.stdout);
  return { ms, cpuMs: usage ? Number(usage[2]) : NaN, peakMb: usage ? Number(usage[1]) / 1024 : NaN, files: files ? Number(files[1]) : NaN };
}

function measure(scale: number): Figure {
  const text = scaleSpec(today, scale);
  const spec = join(dir, `mods-${scale}x.yaml`);
  writeFileSync(spec, text);
  const { classes, elements } = countSpec(text);
  const results = Array.from({ length: runs }, () => generateOnce(spec, join(dir, `out-${scale}x`)));
  return { scale, classes, elements, files: results[0]!.files, ms: median(results.map((r) => r.ms)), cpuMs: median(results.map((r) => r.cpuMs)), peakMb: median(results.map((r) => r.peakMb)) };
}

try {
  const figures = scales.map(measure);
  const by = (scale: number) => figures.find((f) => f.scale === scale)!;
  console.log(`asc-mods bench, scale: node ${process.version}; cold generate as a process, into a new folder, median of ${runs} run${runs === 1 ? '' : 's'}`);
  console.log('scale  classes  elements  files  seconds  CPU seconds  peak MB');
  const cell = (value: string | number, width: number) => String(value).padStart(width);
  for (const f of figures) console.log(`${cell(`${f.scale}x`, 5)}  ${cell(f.classes, 7)}  ${cell(f.elements, 8)}  ${cell(f.files, 5)}  ${cell((f.ms / 1000).toFixed(2), 7)}  ${cell((f.cpuMs / 1000).toFixed(2), 11)}  ${cell(f.peakMb.toFixed(0), 7)}`);
  const [one, four, sixteen] = [by(1), by(4), by(16)];
  console.log(`the 16x spec has ${(sixteen.elements / one.elements).toFixed(1)} times the elements of today's`);
  for (const [label, of] of [['time', (f: Figure) => f.ms], ['CPU time', (f: Figure) => f.cpuMs]] as const) {
    // Without the start-up every run pays (loading the code), the growth itself: 12 more copies cost this many times 3 more.
    console.log(`${label}: 16x / 1x ${(of(sixteen) / of(one)).toFixed(2)}, 16x / 4x ${(of(sixteen) / of(four)).toFixed(2)} (linear: 4), growth (16x - 4x) / (4x - 1x) ${((of(sixteen) - of(four)) / (of(four) - of(one))).toFixed(2)} (linear: 4)`);
  }
  console.log(`peak memory 16x / 1x: ${(sixteen.peakMb / one.peakMb).toFixed(2)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
