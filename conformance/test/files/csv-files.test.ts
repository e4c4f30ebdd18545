import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRow } from '../../../generator/src/emit/csv/escape.ts';
import { csvLayout, flattenRecord } from '../../../generator/src/emit/csv/layout.ts';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { realSpecPath } from '../../../generator/test/support/paths.ts';
import { found, validatePaths, validRecord } from './support.ts';

const model = (await checkSpecFile(realSpecPath)).model!;
const risk = model.classes.find((c) => c.name === 'risk')!;

function riskCsv(name: string, extraHeader?: string): string {
  const layout = csvLayout(model, risk).filter((c) => c.header !== 'record_type');
  const cells = flattenRecord(validRecord('risk'), layout);
  const header = [...layout.map((c) => c.header), ...(extraHeader ? [extraHeader] : [])];
  const row = [...cells, ...(extraHeader ? ['x'] : [])];
  const path = join(tempDir('csv'), name);
  writeFileSync(path, `${csvRow(header)}\n${csvRow(row)}\n`);
  return path;
}

describe('validating CSV files', () => {
  it('reads a class from the file name when the rows do not say it, and the example is valid', async () => {
    const result = await validatePaths([riskCsv('risk.csv')]);
    expect(result.totals).toMatchObject({ records: 1, valid: 1, invalid: 0, unreadable: 0 });
    expect(result.files[0]!.format).toBe('csv');
  });

  it('reports an unknown column once and still checks the record', async () => {
    const result = await validatePaths([riskCsv('risk.csv', 'favourite_colour')]);
    expect(found(result)).toEqual(expect.arrayContaining(['input.csv-header@']));
    expect(result.totals).toMatchObject({ records: 1, invalid: 1, unreadable: 0 });
    expect(result.scorecard.find((c) => c.recordType === 'risk')!.records).toBe(1);
  });

  it('reports rows of an unknown class when neither the rows nor the file name say one', async () => {
    const result = await validatePaths([riskCsv('export.csv')]);
    expect(found(result)).toEqual(['input.unknown-class@/record_type']);
  });
});
