import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { validatePaths } from './support.ts';

/** Before, an empty CSV (or NDJSON) file passed with no records while an empty JSON file was a finding. */
describe('an empty file is the same finding whatever its format', () => {
  it.each(['empty.json', 'empty.ndjson', 'empty.csv', 'blank.ndjson', 'bom.csv'])('%s', async (name) => {
    const dir = tempDir('empty');
    writeFileSync(join(dir, name), name.startsWith('blank') ? '\n \n' : name.startsWith('bom') ? '\ufeff' : '');
    const result = await validatePaths([join(dir, name)]);
    expect(result.totals).toMatchObject({ records: 1, valid: 0, invalid: 0, unreadable: 1 });
    expect(result.checks.map((c) => [c.check, c.samples[0]!.message])).toEqual([['input.empty', 'the file is empty: it holds no records']]);
  });
});
