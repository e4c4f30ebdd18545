import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { plural } from '../generator/src/diagnostics/format.ts';
import { loadRuntimeModel } from '../generator/src/runtime/model.ts';
import { editDistance, suggest } from '../generator/src/text/suggest.ts';
import { classChoices, resolveClasses } from '../conformance/synth/classes.ts';
import { defectKinds, synthesizeRecords, type DefectKind, type SynthItem } from '../conformance/synth/generate.ts';
import { writeNdjson } from '../conformance/synth/write-ndjson.ts';
import { interruptedExit, reportInterrupted } from './interrupt.ts';
import { displayPath, parseCommandArgs, UsageError, type CliIo } from './io.ts';
import { outputFailed } from './output-error.ts';

export async function examplesCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const { values, positionals } = parseCommandArgs(args, {
    class: { type: 'string', multiple: true },
    count: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    'invalid-rate': { type: 'string', default: '0' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new UsageError(`examples takes no file names (use --out to name the output): ${positionals.join(' ')}`);
  const count = wholeNumber('--count', String(values.count), 0);
  const seed = wholeNumber('--seed', String(values.seed), Number.MIN_SAFE_INTEGER);
  const invalidRate = fraction('--invalid-rate', String(values['invalid-rate']));

  const model = await loadRuntimeModel();
  const asked = ((values as Record<string, unknown>)['class'] as string[] | undefined ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const { unknown } = resolveClasses(model, asked);
  if (unknown.length > 0) throw new UsageError(unknownClasses(unknown, classChoices(model)));

  const defects = new Map<DefectKind, number>();
  const items = untilStopped(counted(synthesizeRecords(model, { classes: asked, count, seed, invalidRate }), defects), io.signal);
  if (values.out === undefined) {
    const out = streamOf(io.stdout);
    await writeNdjson(items, out);
    if (out !== io.stdout) await endOf(out);
    return interruptedExit(io) === undefined ? 0 : reportInterrupted(io, 'the records written so far are whole lines');
  }
  const path = resolve(io.cwd, String(values.out));
  const shown = displayPath(io.cwd, path);
  const started = performance.now();
  let file: FileHandle;
  try {
    file = await open(path, 'w');
  } catch (error) {
    return outputFailed(io, shown, error);
  }
  const out = file.createWriteStream();
  try {
    const written = await writeNdjson(items, out);
    await endOf(out);
    const ms = Math.round(performance.now() - started);
    if (interruptedExit(io) !== undefined) return reportInterrupted(io, `${shown} holds the first ${plural(written.records, 'record')}, whole lines (${plural(written.bytes, 'byte')})`);
    io.stderr.write(`${shown}: ${plural(written.records, 'record')} (${count} asked for, ${written.records - count} they refer to), ${plural(written.bytes, 'byte')}; ${defectSummary(defects)} (in ${ms} ms)\n`);
    return 0;
  } catch (error) {
    out.destroy();
    return outputFailed(io, shown, error);
  }
}

function wholeNumber(option: string, text: string, min: number): number {
  const value = /^-?[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min) throw new UsageError(`${option} must be a whole number${min === 0 ? ' of 0 or more' : ''}, not "${text}"`);
  return value;
}

function fraction(option: string, text: string): number {
  const value = /^([0-9]+(\.[0-9]*)?|\.[0-9]+)$/.test(text) ? Number(text) : NaN;
  if (!(value >= 0 && value <= 1)) throw new UsageError(`${option} must be a number from 0 to 1, not "${text}"`);
  return value;
}

/** "there is no record class "x" (did you mean ...?)", with the close names when there are any. */
function unknownClasses(unknown: readonly string[], choices: readonly string[]): string {
  return unknown
    .map((name) => {
      const best = suggest(name, choices);
      const close = choices
        .map((c) => ({ c, d: editDistance(name.toLowerCase(), c.toLowerCase()) }))
        .filter(({ c, d }) => c !== best && (d <= Math.max(2, Math.floor(name.length / 3)) || c.includes(name.toLowerCase())))
        .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
        .map(({ c }) => c);
      const matches = [...(best ? [best] : []), ...close].slice(0, 5);
      return `there is no record class "${name}"${matches.length > 0 ? ` (did you mean ${matches.join(', ')}?)` : ''}`;
    })
    .join('; ');
}

/** The items until the run is asked to stop (Ctrl-C), so that what was written ends with a whole record. */
function* untilStopped<T>(items: Iterable<T>, signal: AbortSignal | undefined): Generator<T> {
  for (const item of items) {
    if (signal?.aborted) return;
    yield item;
  }
}

function* counted(items: Iterable<SynthItem>, defects: Map<DefectKind, number>): Generator<SynthItem> {
  for (const item of items) {
    if (item.defect) defects.set(item.defect, (defects.get(item.defect) ?? 0) + 1);
    yield item;
  }
}

function defectSummary(defects: ReadonlyMap<DefectKind, number>): string {
  const parts = defectKinds.filter((k) => defects.has(k)).map((k) => `${k} ${defects.get(k)}`);
  return parts.length === 0 ? 'no defects' : `defects: ${parts.join(', ')}`;
}

/** The CLI's stdout as a stream: itself when it is one (a process), else a stream that hands it each chunk (tests). */
function streamOf(target: CliIo['stdout']): NodeJS.WritableStream {
  const candidate = target as Partial<NodeJS.WritableStream>;
  if (typeof candidate.on === 'function' && typeof candidate.once === 'function' && typeof candidate.removeListener === 'function') return target as NodeJS.WritableStream;
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      target.write(chunk.toString('utf8'));
      done();
    },
  });
}

async function endOf(out: NodeJS.WritableStream): Promise<void> {
  out.end();
  await finished(out);
}
