// Checks units of NDJSON lines on a worker thread: the same RecordChecker as on the main thread, so the same results.
import { parentPort, workerData } from 'node:worker_threads';
import type { SpecModel } from '../../../generator/src/kit.ts';
import { RecordChecker } from '../checker.ts';
import type { Profile } from '../checks/authority.ts';
import { loadValidators } from '../engine.ts';
import { checkUnit } from './check-unit.ts';
import { CollectionCadence } from './collection-cadence.ts';
import { UnitEncoder, type EncodedBuffers } from './encode.ts';
import type { LineUnit } from './units.ts';

interface Setup {
  readonly model: SpecModel;
  readonly root: string;
  readonly now: string;
  readonly className: string | undefined;
  readonly profile: Profile;
}

const setup = workerData as Setup;
const checker = new RecordChecker(setup.model, await loadValidators(setup.root), new Date(setup.now), setup.className, setup.profile);
const cadence = new CollectionCadence();

parentPort?.on('message', (message: { id: number; file: string; unit: LineUnit; spare: EncodedBuffers | undefined }) => {
  const unit = { ...message.unit, bytes: Buffer.from(message.unit.bytes.buffer, message.unit.bytes.byteOffset, message.unit.bytes.byteLength) };
  const encoder = new UnitEncoder(checker.classIndex, unit.records, message.spare);
  checkUnit(unit, message.file, checker, (checked) => encoder.add(checked));
  const encoded = encoder.finish();
  cadence.checked(unit.bytes.length);
  // The unit's memory goes back too, for the main thread to read the next unit into.
  const bytes = message.unit.bytes.buffer as ArrayBuffer;
  parentPort?.postMessage({ id: message.id, unit: encoded, bytes }, [encoded.records.buffer as ArrayBuffer, encoded.refs.buffer as ArrayBuffer, encoded.elements.buffer as ArrayBuffer, bytes]);
});
parentPort?.postMessage({ ready: true });
