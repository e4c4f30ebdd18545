import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeNdjson } from '../../synth/write-ndjson.ts';
import { ndjson } from './support.ts';

const items = (n: number, text = 'x') => Array.from({ length: n }, (_, i) => ({ record: { i, text } }));

describe('writeNdjson', () => {
  it.each([
    ['nothing', [], ''],
    ['one record', [{ record: { a: 1 } }], '{"a":1}\n'],
    ['two records, one per line, LF', [{ record: { a: 1 } }, { record: { b: 'é' } }], '{"a":1}\n{"b":"é"}\n'],
  ])('writes %s', async (_name, given, want) => {
    expect((await ndjson(given)).toString('utf8')).toBe(want);
  });

  it('counts records and UTF-8 bytes, not characters', async () => {
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    expect(await writeNdjson([{ record: { t: 'é€' } }, { record: {} }], sink)).toEqual({ records: 2, bytes: Buffer.byteLength('{"t":"é€"}\n{}\n') });
  });

  it('waits for drain: the stream never holds more than its high-water mark when a chunk is written', async () => {
    const highWaterMark = 16 * 1024;
    const buffered: number[] = [];
    const received: Buffer[] = [];
    const slow = new Writable({
      highWaterMark,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk);
        setImmediate(done);
      },
    });
    const write = slow.write.bind(slow);
    slow.write = ((chunk: Buffer) => {
      buffered.push(slow.writableLength);
      return write(chunk);
    }) as typeof slow.write;
    const result = await writeNdjson(items(20_000, 'a fairly long line of text to fill chunks'), slow);
    slow.end();
    await new Promise((resolve) => slow.on('finish', resolve));
    expect(buffered.length).toBeGreaterThan(5);
    expect(Math.max(...buffered)).toBeLessThan(highWaterMark);
    expect(Buffer.concat(received).length).toBe(result.bytes);
    expect(Buffer.concat(received).toString('utf8').split('\n')).toHaveLength(20_001);
  });

  it('rejects when the stream fails, and leaves no listener behind', async () => {
    const failing = new Writable({
      highWaterMark: 1,
      write: (_chunk, _encoding, done) => done(new Error('disk full')),
    });
    await expect(writeNdjson(items(50_000), failing)).rejects.toThrow('disk full');
    expect(failing.listenerCount('error')).toBe(0);
    expect(failing.listenerCount('drain')).toBe(0);
  });
});
