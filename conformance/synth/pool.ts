/**
 * The context records a synthetic file starts with, so that every reference in it resolves inside the file: the
 * care workers who commit every change, the subjects of care the other records are about, and whatever else the
 * requested classes must refer to (found by following their mandatory references), each class before the classes
 * that need it. They are extra: `count` counts only the records of the requested classes.
 */
import { auditFields, concreteRecords, type ClassModel, type SpecModel } from '../../generator/src/kit.ts';

export interface PoolClass {
  readonly name: string;
  /** How many records of the class the pool holds (uids 0 .. size-1). */
  readonly size: number;
  /** Emission order: a record may point at classes earlier in the pool (later ones only when it must). */
  readonly position: number;
  /** One record per subject of care, record k about subject k (the consents care plans refer to). */
  readonly perSubject: boolean;
}

export interface Pool {
  readonly classes: readonly PoolClass[];
  readonly byName: ReadonlyMap<string, PoolClass>;
  /** The class whose records commit changes (the change log's committer). */
  readonly committer: string;
  readonly subjects: number;
}

const subjectClass = 'subject_of_care';

/** The classes that a record of `cls` must refer to: its mandatory references, and those of its mandatory components. */
export function requiredTargets(cls: ClassModel, classes: ReadonlyMap<string, ClassModel>, seen = new Set<string>()): string[] {
  if (seen.has(cls.name)) return [];
  seen.add(cls.name);
  const out: string[] = [];
  for (const element of cls.elements) {
    if (element.cardinality?.min !== 1 || element.origin.kind === 'change-log') continue;
    if (element.type === 'reference' && element.target !== undefined) out.push(element.target);
    const component = element.type === 'component' ? classes.get(element.target ?? '') : undefined;
    if (component) out.push(...requiredTargets(component, classes, seen));
  }
  return out;
}

/** Reference elements, named "class.element" by a consent rule, whose targets must exist for each subject of care. */
function perSubjectTargets(model: SpecModel, requested: readonly ClassModel[]): string[] {
  const named = new Set(model.requirements.filter((r) => r.check.rule === 'consent-before-care-plan').flatMap((r) => r.appliesTo));
  return requested.flatMap((cls) => cls.elements.filter((e) => e.type === 'reference' && named.has(`${cls.name}.${e.name}`)).map((e) => e.target ?? ''));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

export function planPool(model: SpecModel, requested: readonly string[], count: number): Pool {
  const classes = new Map(model.classes.map((c) => [c.name, c]));
  const changeLog = classes.get(model.conventions.change_log);
  const committerTarget = changeLog?.elements.find((e) => e.name === auditFields.entryCommitter)?.target ?? '';
  const committerOptions = concreteRecords(model, committerTarget);
  const committer = committerOptions.includes('care_worker') ? 'care_worker' : (committerOptions[0] ?? '');
  const order: string[] = [];
  const visiting = new Set<string>();
  const add = (name: string): void => {
    if (order.includes(name) || visiting.has(name) || !classes.has(name)) return;
    visiting.add(name);
    for (const target of requiredTargets(classes.get(name)!, classes)) {
      const options = concreteRecords(model, target);
      if (options.some((o) => order.includes(o) || visiting.has(o))) continue;
      add(options.includes(subjectClass) ? subjectClass : options.includes(committer) ? committer : (options[0] ?? ''));
    }
    visiting.delete(name);
    order.push(name);
  };
  if (committer) add(committer);
  const requestedClasses = requested.map((n) => classes.get(n)).filter((c): c is ClassModel => c !== undefined);
  for (const cls of requestedClasses) for (const target of requiredTargets(cls, classes)) {
    const options = concreteRecords(model, target);
    if (!options.some((o) => order.includes(o))) add(options.includes(subjectClass) ? subjectClass : options.includes(committer) ? committer : (options[0] ?? ''));
  }
  const perSubject = new Set(order.includes(subjectClass) ? perSubjectTargets(model, requestedClasses).flatMap((t) => concreteRecords(model, t).slice(0, 1)) : []);
  for (const name of perSubject) add(name);

  const subjects = clamp(Math.ceil(count / 20), 1, 200_000);
  const sizeOf = (name: string): number => {
    if (name === subjectClass || perSubject.has(name)) return subjects;
    if (name === committer) return clamp(Math.ceil(subjects / 5), 2, 20_000);
    return clamp(Math.ceil(subjects / 4), 1, 50_000);
  };
  const pooled = order.map((name, position) => ({ name, size: sizeOf(name), position, perSubject: perSubject.has(name) }));
  return { classes: pooled, byName: new Map(pooled.map((p) => [p.name, p])), committer, subjects };
}
