/** Which record classes to synthesise: the ones asked for (an abstract class stands for its records), or a realistic mix. */
import { concreteRecords, recordClasses, type SpecModel } from '../../generator/src/kit.ts';

/** The default mix and its weights: what a care provider's record holds most of. */
const defaultWeights: Readonly<Record<string, number>> = {
  subject_of_care: 1,
  care_worker: 1,
  risk: 2,
  alert: 2,
  care_plan: 2,
  informed_consent: 1,
  task: 2,
  need: 2,
  allergies: 1,
  medication: 2,
  visit: 2,
};

export interface WeightedClass {
  readonly name: string;
  readonly weight: number;
}

/** The default mix, limited to the record classes the model has (all of them, evenly, if it has none of these). */
export function defaultMix(model: SpecModel): WeightedClass[] {
  const records = recordClasses(model).map((c) => c.name);
  const mix = records.filter((n) => Object.hasOwn(defaultWeights, n)).map((name) => ({ name, weight: defaultWeights[name]! }));
  return mix.length > 0 ? mix : records.map((name) => ({ name, weight: 1 }));
}

/** Record classes for the names given (technical names; an abstract class gives its records), and the names that name none. */
export function resolveClasses(model: SpecModel, names: readonly string[]): { classes: string[]; unknown: string[] } {
  const classes: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const records = model.classes.some((c) => c.name === name) ? concreteRecords(model, name) : [];
    if (records.length === 0) unknown.push(name);
    for (const record of records) if (!classes.includes(record)) classes.push(record);
  }
  return { classes, unknown };
}

/** The names a user may give: record classes and the abstract classes that have records. */
export function classChoices(model: SpecModel): string[] {
  return model.classes.filter((c) => concreteRecords(model, c.name).length > 0).map((c) => c.name).sort();
}
