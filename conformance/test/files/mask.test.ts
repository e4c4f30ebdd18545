import { describe, expect, it } from 'vitest';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { parseJson } from '../../files/input/decode-json.ts';
import { dataKeepList, maskName, maskPath, maskValue } from '../../files/mask.ts';
import { realSpecPath } from '../../../generator/test/support/paths.ts';
import { validateRecords, validRecord } from './support.ts';

const keep = dataKeepList((await checkSpecFile(realSpecPath)).model!);
const planted = 'Jane Plantedname';

describe('masking is a keep-list: validate shows only what the spec names safe', () => {
  it.each([
    { value: 'risk', sensitivity: 'none' as const, want: 'risk' },
    { value: '2024-05-01T09:30Z', sensitivity: 'none' as const, want: '2024-05-01T09:30Z' },
    { value: 3, sensitivity: 'none' as const, want: '3' },
    { value: planted, sensitivity: 'none' as const, want: 'text of 16 characters' },
    { value: '\u001b[31m\u0007', sensitivity: 'none' as const, want: 'text of 6 characters' },
    { value: { name: planted }, sensitivity: 'none' as const, want: 'an object' },
    { value: [planted, planted], sensitivity: 'none' as const, want: 'a list of 2 items' },
    { value: 'Jane\u001b[2JSmith', sensitivity: 'personal' as const, want: '***' },
    { value: planted, sensitivity: 'special-category' as const, want: '***' },
  ])('$value ($sensitivity) is shown as $want', ({ value, sensitivity, want }) => {
    expect(maskValue(value, sensitivity, keep)).toBe(want);
  });

  it('names and pointers are shown only when every part is the spec\'s', () => {
    expect(maskName('risk', keep, 'a record type')).toBe('"risk"');
    expect(maskName(planted, keep, 'a record type')).toBe('a record type of 16 characters');
    expect(maskPath('/change_log/0/record_uid', keep)).toBe('/change_log/0/record_uid');
    expect(maskPath(`/change_log/0/${planted}`, keep)).toBe('***');
  });

  it('a JSON syntax error is described by kind and position, never by V8\'s snippet of the line (before: it quoted it)', () => {
    for (const text of [`{"a": "${planted}" x}`, `{"a": ${planted}}`, `{${planted}}`, `{"a":"${planted}`, `"${planted}" 1`]) {
      const parsed = parseJson(text);
      expect('problem' in parsed && parsed.problem.message).toMatch(/^the line is not JSON \([a-z ',:}\]-]+(, at character [0-9]+)?\)$/);
      expect(JSON.stringify(parsed)).not.toContain('Jane');
      expect(JSON.stringify(parsed)).not.toContain('Plant');
    }
  });

  it('an unknown record type or key is named by its length (before: quoted verbatim, control characters and all)', async () => {
    const risk = validRecord('risk');
    const result = await validateRecords([{ ...risk, record_type: `\u001b[31m${planted}\u0007` }, { ...risk, [planted]: 1 }]);
    const text = JSON.stringify(result);
    expect(text).not.toContain('Plantedname');
    expect(text).not.toMatch(/\\u001b|\\u0007/);
    expect(result.checks.flatMap((c) => c.samples.map((s) => s.message))).toEqual(expect.arrayContaining(['an unknown record type of 22 characters is not a MODS record class', 'a key of 16 characters is not an element of this class']));
  });
});
