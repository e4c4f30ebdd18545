import { concreteRecords, type Authority, type Sensitivity, type ClassModel, type ElementModel, type SpecModel } from '../../generator/src/kit.ts';
import { CompiledPath, step, type PathStep } from './paths.ts';
import { dataKeepList } from './mask.ts';
import type { KeepList } from '../report/keep.ts';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly { instancePath: string; keyword: string; params: Readonly<Record<string, unknown>> }[] | null;
}

export interface ElementPlan {
  readonly name: string;
  readonly publishedName: string;
  readonly obligation: 'must' | 'could';
  /** Whether the obligation rests on the published standard or on the asc-mods model. */
  readonly authority: Authority;
  readonly sensitivity: Sensitivity;
  readonly format: string | undefined;
}

/** What checking one record of a class needs, worked out once per class. */
export interface ClassPlan {
  readonly cls: ClassModel;
  readonly validate: CompiledValidator;
  /** Whether a record is valid, without the errors: true exactly when `validate` is, and much faster (accept.js). */
  readonly accepts: (data: unknown) => boolean;
  readonly elements: ReadonlyMap<string, ElementPlan>;
  /** The same elements in order, for counters indexed by position. */
  readonly elementList: readonly ElementPlan[];
  readonly nhsNumbers: readonly CompiledPath[];
  readonly futureDates: readonly CompiledPath[];
  /** Start/end pairs: the path to the object holding them (no steps for the record itself), and the two element names. */
  readonly datePairs: readonly { readonly container: CompiledPath; readonly start: string; readonly end: string }[];
  /** Paths that hold references, with the classes each may point at. */
  readonly references: readonly { readonly path: CompiledPath; readonly targets: readonly string[] }[];
  /** The field every record and reference names its class in (conventions.record_type_field). */
  readonly recordTypeField: string;
  /** What of the data may be shown in a report (mask.ts). */
  readonly keep: KeepList;
}

const maxDepth = 4;

export function planClass(model: SpecModel, cls: ClassModel, validate: CompiledValidator, accepts: ((data: unknown) => boolean) | undefined, startEndPairs: ReadonlyMap<string, readonly [string, string][]>): ClassPlan {
  const classes = new Map(model.classes.map((c) => [c.name, c]));
  const nhsNumbers: CompiledPath[] = [];
  const futureDates: CompiledPath[] = [];
  const references: { path: CompiledPath; targets: string[] }[] = [];
  const datePairs: { container: CompiledPath; start: string; end: string }[] = [];
  const walk = (owner: string, elements: readonly ElementModel[], prefix: PathStep[], depth: number): void => {
    // Pairs belong to the class that declares them, wherever it is embedded (a task's requested period, say).
    for (const [start, end] of startEndPairs.get(owner) ?? []) datePairs.push({ container: new CompiledPath(prefix), start, end });
    for (const element of elements) {
      const steps = [...prefix, step(element.name, element.cardinality?.max === '*')];
      if (element.constraints.format === 'nhs-number') nhsNumbers.push(new CompiledPath(steps));
      if (element.constraints.not_in_future) futureDates.push(new CompiledPath(steps));
      if (element.type === 'reference') references.push({ path: new CompiledPath(steps), targets: concreteRecords(model, element.target ?? '') });
      const target = element.type === 'component' ? classes.get(element.target ?? '') : undefined;
      if (target && depth < maxDepth) walk(target.name, target.elements, steps, depth + 1);
    }
  };
  walk(cls.name, cls.elements, [], 0);
  const elements = new Map(
    cls.elements.map((e): [string, ElementPlan] => [
      e.name,
      { name: e.name, publishedName: e.publishedName, obligation: e.cardinality?.min === 1 ? 'must' : 'could', authority: e.authority, sensitivity: e.sensitivity, format: e.constraints.format },
    ]),
  );
  return { cls, validate, accepts: accepts ?? validate, elements, elementList: [...elements.values()], nhsNumbers, futureDates, datePairs, references, recordTypeField: model.conventions.record_type_field, keep: dataKeepList(model) };
}
