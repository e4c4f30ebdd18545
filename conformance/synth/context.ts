/**
 * What synthesis needs from the model, looked up once: classes and value sets by name, the codings to draw from,
 * the pool of context records, and the identity (uid, display name) of every record, derived from the seed so that
 * a reference can name a record without keeping it in memory.
 */
import { isClosed, concreteRecords, isValidNhsNumber, nhsCheckDigit, type ClassModel, type SpecModel, type ValueSetModel } from '../../generator/src/kit.ts';
import type { Pool } from './pool.ts';
import { hash32, hashString, keyedUuid, Random } from './random.ts';
import { organisationName, personName } from './words.ts';

export interface Coding {
  readonly system?: string;
  readonly code: string;
  readonly display?: string;
}

export interface SynthContext {
  readonly model: SpecModel;
  readonly seed: number;
  readonly classes: ReadonlyMap<string, ClassModel>;
  readonly valueSets: ReadonlyMap<string, ValueSetModel>;
  readonly pool: Pool;
  readonly typeField: string;
  /** The codings an element bound to a value set may take (synthetic local codes when the set lists none). */
  codings(valueSetId: string | undefined): readonly Coding[];
  /** The record classes a reference to the class may point at (hierarchy.ts concreteRecords, looked up once). */
  concrete(target: string): readonly string[];
  /**
   * Optional elements filled in every record: the links a consent rule asks for (a care plan's informed consent),
   * so that valid output never trips the rule.
   */
  readonly alwaysFilled: ReadonlySet<string>;
  /** Is the value set closed for this binding (a code outside it fails the schema)? */
  closed(valueSetId: string | undefined, binding: string | undefined): boolean;
  uid(cls: string, index: number): string;
  display(cls: string, index: number): string;
  /** The random source for the identity of a record (its name), the same wherever it is drawn. */
  identity(cls: string, index: number): Random;
  /** The next NHS number of the test range, all different (until the range's 909 091 valid numbers are used up). */
  nextNhsNumber(): string;
}

export function createContext(model: SpecModel, seed: number, pool: Pool): SynthContext {
  const classes = new Map(model.classes.map((c) => [c.name, c]));
  const valueSets = new Map(model.valueSets.map((v) => [v.id, v]));
  const codingFields = new Set(classes.get(model.conventions.coding)?.elements.map((e) => e.name));
  const codingCache = new Map<string, readonly Coding[]>();
  const keys = new Map<string, number>();
  const keyOf = (cls: string): number => {
    let key = keys.get(cls);
    if (key === undefined) keys.set(cls, (key = hashString(cls)));
    return key;
  };
  const nameKinds = new Map<string, 'person' | 'organisation' | 'none'>();
  const nameKind = (cls: string): 'person' | 'organisation' | 'none' => {
    let kind = nameKinds.get(cls);
    if (kind === undefined) nameKinds.set(cls, (kind = nameKindOf(classes.get(cls), classes)));
    return kind;
  };
  const concreteCache = new Map<string, readonly string[]>();
  let nhsAttempt = 0;
  const nhsStart = hash32(seed, 0x4e4853) % 1_000_000;

  return {
    model,
    seed,
    classes,
    valueSets,
    pool,
    typeField: model.conventions.record_type_field,
    codings(valueSetId) {
      const id = valueSetId ?? '';
      let codings = codingCache.get(id);
      if (codings === undefined) codingCache.set(id, (codings = codingsOf(valueSets.get(id), id, codingFields)));
      return codings;
    },
    concrete(target) {
      let records = concreteCache.get(target);
      if (records === undefined) concreteCache.set(target, (records = concreteRecords(model, target)));
      return records;
    },
    alwaysFilled: new Set(model.requirements.filter((r) => r.check.rule === 'consent-before-care-plan').flatMap((r) => r.appliesTo).filter((t) => t.includes('.'))),
    closed: (valueSetId, binding) => isClosed(valueSets.get(valueSetId ?? ''), binding),
    uid: (cls, index) => keyedUuid(seed, keyOf(cls), index),
    identity: (cls, index) => new Random(hash32(seed, keyOf(cls), index, 0x1d)),
    display(cls, index) {
      const kind = nameKind(cls);
      if (kind === 'none') return `${classes.get(cls)?.publishedName ?? cls} ${index + 1}`;
      const random = new Random(hash32(seed, keyOf(cls), index, 0x1d));
      if (kind === 'organisation') return organisationName(random);
      const { given, family } = personName(random);
      return `${given} ${family}`;
    },
    nextNhsNumber() {
      // A stride coprime with 10^6 visits every nine-digit stem 999xxxxxx once before repeating.
      for (;;) {
        const stem = `999${String((nhsStart + nhsAttempt * 379_913) % 1_000_000).padStart(6, '0')}`;
        nhsAttempt += 1;
        const check = nhsCheckDigit(stem);
        if (check !== undefined && isValidNhsNumber(stem + String(check))) return stem + String(check);
      }
    },
  };
}

/** How a record of the class is named: a person (a person-name component called name), an organisation (a text name), or not at all. */
export function nameKindOf(cls: ClassModel | undefined, classes: ReadonlyMap<string, ClassModel>): 'person' | 'organisation' | 'none' {
  const name = cls?.elements.find((e) => e.name === 'name' || e.name === 'location_name');
  if (!name) return 'none';
  if (name.type === 'text') return 'organisation';
  const parts = new Set(classes.get(name.target ?? '')?.elements.map((e) => e.name));
  return name.type === 'component' && parts.has('given') && parts.has('family') ? 'person' : 'none';
}

function codingsOf(valueSet: ValueSetModel | undefined, id: string, fields: ReadonlySet<string>): readonly Coding[] {
  const withSystem = fields.has('system') && valueSet?.system !== undefined ? { system: valueSet.system } : {};
  const active = valueSet?.codes.filter((c) => c.status === 'active') ?? [];
  if (active.length > 0) {
    return active.map((c) => Object.freeze({ ...withSystem, code: c.code, ...(fields.has('display') ? { display: c.display } : {}) }));
  }
  // No codes listed (a preferred or example binding): local codes that say they are synthetic, with no system.
  const label = valueSet?.name ?? id;
  return [1, 2, 3, 4].map((n) => Object.freeze({ code: `synthetic-${n}`, ...(fields.has('display') ? { display: `${label} (synthetic ${n})` } : {}) }));
}
