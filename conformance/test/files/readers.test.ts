import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonReader } from '../../files/input/json.ts';
import { ndjsonReader } from '../../files/input/ndjson.ts';
import type { RecordReader } from '../../files/input/record-input.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';

const dir = tempDir('readers');
async function read(name: string, content: string | Buffer, reader: (path: string, display: string) => RecordReader): Promise<string[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const r = reader(path, name);
  const out: string[] = [];
  for await (const input of r.records()) {
    const what = input.problem ? input.problem.check : JSON.stringify(input.value);
    out.push(`${input.location.record}@${input.location.line}:${what}${input.provider ? ` [${input.provider}]` : ''}`);
  }
  return out;
}

describe('NDJSON reader', () => {
  it.each([
    { name: 'records', given: '{"a":1}\n{"b":2}\n', want: ['1@1:{"a":1}', '2@2:{"b":2}'] },
    { name: 'CRLF and a byte-order mark', given: '\uFEFF{"a":1}\r\n{"b":2}\r\n', want: ['1@1:{"a":1}', '2@2:{"b":2}'] },
    { name: 'blank lines skipped, numbering kept', given: '{"a":1}\n\n  \n{"b":2}', want: ['1@1:{"a":1}', '2@4:{"b":2}'] },
    { name: 'an empty file', given: '', want: [] },
    { name: 'a line that is not JSON, then the run goes on', given: 'nope\n{"b":2}\n', want: ['1@1:input.not-json', '2@2:{"b":2}'] },
    { name: 'a key given twice, then the run goes on', given: '{"a":1,"b":{"c":1,"c":2}}\n{"b":2}\n', want: ['1@1:input.repeated-key', '2@2:{"b":2}'] },
    { name: 'a truncated last line', given: '{"a":1}\n{"b":', want: ['1@1:{"a":1}', '2@2:input.truncated'] },
    { name: 'a complete last line without a newline', given: '{"a":1}\n{"b":2}', want: ['1@1:{"a":1}', '2@2:{"b":2}'] },
  ])('$name', async ({ name, given, want }) => {
    expect(await read(`${name}.ndjson`, given, ndjsonReader)).toEqual(want);
  });

  it('reports invalid UTF-8 on its line only', async () => {
    expect(await read('utf8.ndjson', Buffer.concat([Buffer.from('{"a":1}\n{"b":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"c":3}\n')]), ndjsonReader)).toEqual(['1@1:{"a":1}', '2@2:input.invalid-utf8', '3@3:{"c":3}']);
  });

  it('skips a line over 16 MB without keeping it, and reads the next', async () => {
    const long = `{"x":"${'a'.repeat(17 * 1024 * 1024)}"}`;
    expect(await read('long.ndjson', `${long}\n{"b":2}\n`, ndjsonReader)).toEqual(['1@1:input.line-too-long', '2@2:{"b":2}']);
  });

  it('parses __proto__ as an ordinary key without touching Object.prototype', async () => {
    expect(await read('proto.ndjson', '{"__proto__":{"polluted":true}}\n', ndjsonReader)).toEqual(['1@1:{"__proto__":{"polluted":true}}']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('JSON reader', () => {
  it.each([
    { name: 'one record', given: '{"record_type":"risk"}', want: ['1@1:{"record_type":"risk"}'] },
    { name: 'an array, elements on their lines', given: '[\n{"a":1},\n{"b":"x,]}"}\n]', want: ['1@2:{"a":1}', '2@3:{"b":"x,]}"}'] },
    { name: 'an empty array', given: '[ ]', want: [] },
    { name: 'scalars in an array', given: '[1, "s"]', want: ['1@1:1', '2@1:"s"'] },
    { name: 'a bundle with its provider', given: '{"provider_ods_code":"X26","records":[{"a":1},{"a":2}]}', want: ['1@1:{"a":1} [X26]', '2@1:{"a":2} [X26]'] },
    { name: 'a byte-order mark', given: '\uFEFF[{"a":1}]', want: ['1@1:{"a":1}'] },
    { name: 'a truncated array', given: '[{"a":1},{"b":', want: ['1@1:{"a":1}', '2@1:input.truncated'] },
    { name: 'an array that never closes', given: '[{"a":1}', want: ['1@1:{"a":1}', '2@1:input.truncated'] },
    { name: 'not JSON', given: 'hello', want: ['1@1:input.not-json'] },
    { name: 'an empty file', given: '', want: ['1@1:input.empty'] },
    { name: 'a bad element among good ones', given: '[{"a":1}, {oops}, {"c":3}]', want: ['1@1:{"a":1}', '2@1:input.not-json', '3@1:{"c":3}'] },
    { name: 'an element with a key given twice among good ones', given: '[{"a":1}, {"a":1, "a" : 2}, {"c":3}]', want: ['1@1:{"a":1}', '2@1:input.repeated-key', '3@1:{"c":3}'] },
  ])('$name', async ({ name, given, want }) => {
    expect(await read(`${name}.json`, given, jsonReader)).toEqual(want);
  });

  it('skips a record nested thousands deep without recursing into it', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    expect(await read('deep.json', `[${deep}, {"b":2}]`, jsonReader)).toEqual(['1@1:input.too-deep', '2@1:{"b":2}']);
  });
});
