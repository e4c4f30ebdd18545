import { describe, expect, it } from 'vitest';
import { emitCsvTemplates } from '../../../src/emit/csv/emit.ts';
import { bannerText } from '../../../src/emit/files.ts';
import { recordClasses } from '../../../src/model/hierarchy.ts';
import { checkSpecFile } from '../../../src/pipeline.ts';
import { checkKitchenSink } from '../../support/spec-builder.ts';
import { realSpecPath } from '../../support/paths.ts';

const kitchenSink = checkKitchenSink().model!;
const realSpec = (await checkSpecFile(realSpecPath)).model!;

describe('emitCsvTemplates', () => {
  it('writes a header-only template per record class, and the README', () => {
    const files = emitCsvTemplates(kitchenSink);
    expect(files.map((f) => f.path)).toEqual(['csv/widget.csv', 'csv/gadget.csv', 'csv/README.md']);
    expect(files[1]!.content).toBe('record_type,record_uid,version_number,stamped_at,change_log,display_name\n');
    expect(files[0]!.content).toBe(
      'record_type,record_uid,version_number,stamped_at,change_log,display_name,when,label,nhs_number,count,ratio,active,born,seen_at,opening_time,shades,size,owner.record_type,owner.record_uid,owner.display,part,legacy.code\n',
    );
  });

  it('has a template for every record class of the real spec, one LF-ended row each', () => {
    const files = emitCsvTemplates(realSpec);
    const templates = files.filter((f) => f.path.endsWith('.csv'));
    expect(templates.map((f) => f.path)).toEqual(recordClasses(realSpec).map((c) => `csv/${c.name}.csv`));
    for (const f of templates) {
      const text = typeof f.content === 'string' ? f.content : '(bytes)';
      expect(text.split('\n'), f.path).toHaveLength(2);
      expect(text.startsWith('record_type,'), f.path).toBe(true);
      expect(text.includes('\r'), f.path).toBe(false);
    }
  });

  it('documents the layout under the banner, with the coding fields of the spec', () => {
    const readme = String(emitCsvTemplates(realSpec).find((f) => f.path === 'csv/README.md')!.content);
    expect(readme.startsWith(`<!-- ${bannerText} -->\n`)).toBe(true);
    expect(readme).toContain('`<name>.system`, `<name>.code`, `<name>.display`');
    expect(readme).toContain('`<name>.record_type`, `<name>.record_uid`, `<name>.display`');
    expect(readme).toContain('| [`subject_of_care.csv`](subject_of_care.csv) |');
    const sink = String(emitCsvTemplates(kitchenSink).find((f) => f.path === 'csv/README.md')!.content);
    expect(sink).toContain('the coding class `coded_value`: `<name>.code` |');
  });

  it('gives the same files every time', () => {
    expect(emitCsvTemplates(realSpec)).toEqual(emitCsvTemplates(realSpec));
  });
});
