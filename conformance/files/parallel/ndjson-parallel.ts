import type { RecordChecker } from '../checker.ts';
import type { RunState } from '../run-state.ts';
import { maxLineBytes } from '../input/lines.ts';
import { emptyFile } from '../input/record-input.ts';
import { checkUnit } from './check-unit.ts';
import { CollectionCadence } from './collection-cadence.ts';
import type { CheckPool } from './pool.ts';
import { buffersOf, UnitEncoder, type EncodedBuffers, type EncodedUnit } from './encode.ts';
import { FreeList, UnitBuffers } from './unit-buffers.ts';
import { lineUnits } from './units.ts';

/**
 * Validate one NDJSON file with its units checked on the pool's workers and on this thread in turn (or all on this
 * thread without a pool), applying the results strictly in file order. Bounded: at most two units per thread are in
 * flight, so memory stays flat.
 */
export async function validateNdjsonFile(path: string, file: string, checker: RecordChecker, run: RunState, pool: CheckPool | undefined, onBytes: (n: number) => void, stop?: AbortSignal): Promise<void> {
  const inFlight: (Promise<EncodedUnit> | EncodedUnit)[] = [];
  // Counted on every worker the pool starts: until they join, this thread checks their share, and its results wait here.
  const limit = pool ? (pool.capacity + 1) * 2 : 0;
  const classNames = checker.classNames;
  const buffers = new UnitBuffers();
  const spare = new FreeList<EncodedBuffers>();
  // Only beside a pool: on one thread the peak is the same without it (ARCHITECTURE.md, "Memory on long runs"), and
  // the cadence sets V8's --expose-gc, a process-wide flag, which a run on one thread then leaves alone.
  const cadence = pool ? new CollectionCadence() : undefined;
  const drain = async (until: number) => {
    while (inFlight.length > until) {
      const done = await inFlight.shift()!;
      run.applyEncoded(file, done, classNames);
      spare.give(buffersOf(done));
    }
  };
  let records = 0;
  for await (const unit of lineUnits(path, onBytes, buffers)) {
    // Stopped (Ctrl-C): what was read so far is still applied, in order, below.
    if (stop?.aborted) break;
    records += unit.kind === 'too-long' ? 1 : unit.records;
    if (unit.kind === 'too-long') {
      await drain(0);
      run.apply(file, checker.check({ location: { file, record: unit.record, line: unit.line }, problem: { check: 'input.line-too-long', message: `the line is longer than ${maxLineBytes / 1024 / 1024} MB and was skipped` } }));
      continue;
    }
    if (!pool) {
      checkUnit(unit, file, checker, (checked) => run.apply(file, checked));
      buffers.give(unit.bytes.buffer);
      continue;
    }
    // A unit goes to a worker while the workers have room; otherwise this thread checks it itself. Both cores stay
    // busy, the split balances itself against this thread's other work, and results still apply in order. This
    // thread's results wait in the same compact form as the workers': a unit of records as objects would outlive
    // several young-generation collections, and copying it there and back costs more than encoding it.
    pool.consider();
    if (pool.pending < pool.size * 2) {
      inFlight.push(pool.submit(file, unit, spare.take()).then((done) => (buffers.give(done.bytes), done.unit)));
    } else {
      const encoder = new UnitEncoder(checker.classIndex, unit.records, spare.take());
      checkUnit(unit, file, checker, (checked) => encoder.add(checked));
      inFlight.push(encoder.finish());
      cadence?.checked(unit.bytes.length);
      buffers.give(unit.bytes.buffer);
    }
    await drain(limit);
  }
  await drain(0);
  if (records === 0) run.apply(file, checker.check({ location: { file, record: 1, line: 1 }, problem: emptyFile }));
}
