import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordChecker } from '../../files/checker.ts';
import { ndjsonReader } from '../../files/input/ndjson.ts';
import type { RecordInput } from '../../files/input/record-input.ts';
import { checkUnit } from '../../files/parallel/check-unit.ts';
import { UnitBuffers } from '../../files/parallel/unit-buffers.ts';
import { lineUnits } from '../../files/parallel/units.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';

const dir = tempDir('units');
const show = (input: RecordInput) => `${input.location.record}@${input.location.line}:${input.problem ? input.problem.check : JSON.stringify(input.value)}`;

/** Read a file the way validate reads NDJSON: cut into units (read into buffers of `size` bytes), each line decoded. */
async function viaUnits(path: string, size: number): Promise<string[]> {
  // A checker that hands back what it was given, so the test sees what the units decoded, and where.
  const echo = { check: (input: RecordInput) => input } as unknown as RecordChecker;
  const buffers = new UnitBuffers(size);
  const out: string[] = [];
  let bytes = 0;
  for await (const unit of lineUnits(path, (n) => (bytes += n), buffers)) {
    if (unit.kind === 'too-long') out.push(`${unit.record}@${unit.line}:input.line-too-long`);
    else {
      const before = out.length;
      checkUnit(unit, 'f', echo, (input) => out.push(show(input as unknown as RecordInput)));
      // The unit says how many records it holds, and the encoder sizes its arrays by that.
      if (out.length - before !== unit.records) out.push(`unit of ${unit.records} records held ${out.length - before}`);
      buffers.give(unit.bytes.buffer);
    }
  }
  return [...out, `bytes ${bytes}`];
}

async function viaReader(path: string): Promise<string[]> {
  const reader = ndjsonReader(path, 'f');
  const out: string[] = [];
  for await (const input of reader.records()) out.push(show(input));
  return [...out, `bytes ${reader.bytesRead()}`];
}

const cases: { name: string; given: string | Buffer }[] = [
  { name: 'records', given: '{"a":1}\n{"b":2}\n' },
  { name: 'CRLF and a byte-order mark', given: '\uFEFF{"a":1}\r\n{"b":2}\r\n' },
  { name: 'blank lines', given: '{"a":1}\n\n  \n{"b":2}' },
  { name: 'an empty file', given: '' },
  { name: 'only blank lines', given: '\n \n\t\n' },
  { name: 'not JSON', given: 'nope\n{"b":2}\n' },
  { name: 'a truncated last line', given: '{"a":1}\n{"b":' },
  { name: 'a last line without a newline', given: '{"a":1}\n{"b":2}' },
  { name: 'invalid UTF-8', given: Buffer.concat([Buffer.from('{"a":1}\n{"b":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"c":3}\n')]) },
  { name: 'a long line among short ones', given: `{"a":1}\n{"long":"${'x'.repeat(300)}"}\n{"b":2}\n\n{"c":"é"}\n` },
  { name: 'a long truncated last line', given: `{"a":1}\n{"long":"${'x'.repeat(300)}` },
];

describe('NDJSON units (how validate reads NDJSON) agree with the line reader', () => {
  // Small buffers put every line across buffer boundaries and make "long" lines of ordinary ones.
  it.each(cases.flatMap((c) => [7, 16, 64, 1024 * 1024].map((size) => ({ ...c, size }))))('$name, read into $size-byte buffers', async ({ name, given, size }) => {
    const path = join(dir, `${name}.ndjson`);
    writeFileSync(path, given);
    expect(await viaUnits(path, size)).toEqual(await viaReader(path));
  });

  it('skips a line over 16 MB without keeping it, and reads on', async () => {
    const path = join(dir, 'huge.ndjson');
    writeFileSync(path, `{"a":1}\n{"x":"${'a'.repeat(17 * 1024 * 1024)}"}\n{"b":2}\n`);
    const got = await viaUnits(path, 1024 * 1024);
    expect(got.slice(0, -1)).toEqual(['1@1:{"a":1}', '2@2:input.line-too-long', '3@3:{"b":2}']);
    expect(got).toEqual(await viaReader(path));
  });
});

describe('UnitBuffers', () => {
  it('hands back a buffer it was given, and keeps only buffers of its size', () => {
    const buffers = new UnitBuffers(32, 1);
    const a = buffers.take();
    buffers.give(a.buffer);
    expect(buffers.take().buffer).toBe(a.buffer);
    buffers.give(new ArrayBuffer(16));
    expect(buffers.take().buffer.byteLength).toBe(32);
  });
});
