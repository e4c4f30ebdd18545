import { describe, expect, it } from 'vitest';
import { publishedChecklistCsv } from '../../src/emit/docs/checklist.ts';
import { isMandatory } from '../../src/emit/docs/authority.ts';
import { checkSpecFile } from '../../src/pipeline.ts';
import { realSpecPath } from '../support/paths.ts';

const model = (await checkSpecFile(realSpecPath)).model!;

/** The CSV as a spreadsheet reads it: every field quoted, "" for a quote. */
function rows(csv: string): string[][] {
  return csv
    .trimEnd()
    .split('\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

describe('the published checklist for tenders', () => {
  it('has a row per published mandatory element of each record class and per published requirement, and nothing modelled', () => {
    const [notice, header, ...body] = rows(publishedChecklistCsv(model));
    expect(notice![0]).toMatch(/Do not edit/);
    expect(header).toContain('Supplier response (Yes / No / Partly)');
    const elements = model.classes.filter((c) => c.kind === 'record').flatMap((c) => c.elements.filter((e) => isMandatory(e) && e.authority === 'published'));
    const requirements = model.requirements.filter((r) => r.authority === 'published');
    expect(body).toHaveLength(elements.length + requirements.length);
    expect(body.every((r) => r.length === header!.length && r[7] === '' && r[8] === '')).toBe(true);
    const modelledOnly = model.classes.flatMap((c) => c.elements.filter((e) => isMandatory(e) && e.authority === 'modelled').map((e) => `${c.publishedName}|${e.name}`));
    expect(body.filter((r) => modelledOnly.includes(`${r[0]}|${r[1]}`))).toEqual([]);
  });
});
