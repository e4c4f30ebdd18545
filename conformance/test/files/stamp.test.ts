import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { runStamp, startRunStamp } from '../../files/stamp.ts';

/** A run's stamp hashes its inputs; on a large input it does so on a thread of its own, while the run checks them. */
const dir = tempDir('stamp');
const a = join(dir, 'a.ndjson');
const b = join(dir, 'b.ndjson');
writeFileSync(a, '{"x":1}\n'.repeat(50_000));
writeFileSync(b, '{"y":2}\n');
const files = [
  { path: a, display: 'a.ndjson', format: 'ndjson' as const, bytes: 400_000 },
  { path: join(dir, 'gone.ndjson'), display: 'gone.ndjson', format: 'ndjson' as const, bytes: 10 },
  { path: b, display: 'b.ndjson', format: 'ndjson' as const, bytes: 8 },
];
const at = new Date('2026-12-01T00:00:00Z');
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the run stamp', () => {
  it('on a thread of its own gives what sha256sum gives, in the order of the inputs, and an empty hash for one gone', async () => {
    const stamp = await startRunStamp(files, at, '1.2.3', '0.12.0', 0).result();
    expect(stamp).toEqual({
      at: '2026-12-01T00:00:00.000Z',
      toolVersion: '1.2.3',
      specRelease: '0.12.0',
      inputs: [
        { file: 'a.ndjson', bytes: 400_000, sha256: sha(a) },
        { file: 'gone.ndjson', bytes: 0, sha256: '' },
        { file: 'b.ndjson', bytes: 8, sha256: sha(b) },
      ],
    });
    expect(stamp).toEqual(await runStamp(files, at, '1.2.3', '0.12.0'));
  });

  it('below the size, on this thread, the same; cancelled, a stamp is still made on this thread when asked', async () => {
    expect(await startRunStamp(files, at, '1', '2').result()).toEqual(await runStamp(files, at, '1', '2'));
    const cancelled = startRunStamp(files, at, '1', '2', 0);
    cancelled.cancel();
    expect((await cancelled.result()).inputs.map((i) => i.sha256)).toEqual([sha(a), '', sha(b)]);
  });
});
