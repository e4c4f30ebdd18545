import { recordClasses } from '../../model/hierarchy.ts';
import type { SpecModel } from '../../model/types.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import { toJson } from '../json.ts';
import { invalidExamples, type InvalidExample } from './invalid.ts';
import { exampleRecord } from './records.ts';
import type { ValueContext } from './values.ts';

export const examplesDir = 'examples';

export interface ClassExamples {
  readonly valid: Record<string, unknown>;
  readonly invalid: readonly InvalidExample[];
}

/** Synthetic examples for every record class, built once and shared by the examples and OpenAPI emitters. */
export function buildExamples(model: SpecModel): ReadonlyMap<string, ClassExamples> {
  const context: ValueContext = { model, classes: new Map(model.classes.map((c) => [c.name, c])), valueSets: new Map(model.valueSets.map((v) => [v.id, v])) };
  return new Map(
    recordClasses(model).map((cls) => {
      const valid = exampleRecord(cls, context);
      return [cls.name, { valid, invalid: invalidExamples(cls, valid, model, context) }];
    }),
  );
}

/** generated/examples/<class>.json: the valid record, and the invalid variants with what a validator must report. */
export function emitExamples(examples: ReadonlyMap<string, ClassExamples>): GeneratedFile[] {
  return [...examples].map(([name, { valid, invalid }]) => ({
    path: `${examplesDir}/${name}.json`,
    content: toJson({ $comment: `${bannerText} Synthetic data: no real person.`, class: name, valid, invalid }),
  }));
}
