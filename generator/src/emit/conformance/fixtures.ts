import { presenceAuthority, weakest } from '../../model/authority.ts';
import { nhsCheckDigit } from '../../model/nhs-number.ts';
import type { Authority } from '../../model/raw.ts';
import type { ClassModel, ElementModel, SpecModel } from '../../model/types.ts';
import { lookup } from '../../model/lookup.ts';
import { startEndPairs } from '../../model/start-end-pairs.ts';
import { syntheticUid } from '../examples/values.ts';
import { isClosed } from '../json-schema/element-schema.ts';

/** A valid record broken in one place, sent to the system, which must refuse it and store nothing. */
export interface NegativeFixture {
  /** The last part of the test id: missing.<element>, value-set.<element>, and so on. */
  readonly variant: string;
  readonly requirement: string;
  /** Whether the obligation it breaks is published, or only the asc-mods model's (an advisory test by default). */
  readonly authority: Authority;
  readonly description: string;
  /** The field the refusal must name (a JSON Pointer into the record). */
  readonly pointer: string;
  readonly record: Record<string, unknown>;
}

/** What the suite sends for one record class. Every record uid in them is replaced by a fresh one on each run. */
export interface ClassFixtures {
  /** Only the mandatory elements: created first, as the record other classes' fixtures refer to. */
  readonly minimal: Record<string, unknown>;
  /** Every element: created, read back and compared (the round trip), then updated. */
  readonly full: Record<string, unknown>;
  /** Version 2 of the full record, with its change-log entry. */
  readonly update: Record<string, unknown>;
  readonly negative: readonly NegativeFixture[];
}

/** The uid the suite's references to nothing point at: never created. */
export const missingTargetUid = syntheticUid('conformance-missing-target', 0);

// Plain JSON data: a JSON round trip copies it faster than structuredClone.
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The uid of the minimal record of a class (the one references point at). */
export function anchorUid(className: string): string {
  return syntheticUid(`conformance-anchor:${className}`, 0);
}

function fixtureUid(className: string, n: number): string {
  return syntheticUid(`conformance:${className}`, n);
}

/** Point every reference in a value at the minimal record of its class, so that the fixtures need nothing else. */
function repoint(value: unknown, typeField: string, recordClasses: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => repoint(v, typeField, recordClasses));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = repoint(v, typeField, recordClasses);
  const type = out[typeField];
  if (typeof type === 'string' && recordClasses.has(type) && typeof out['record_uid'] === 'string') out['record_uid'] = anchorUid(type);
  return out;
}

/** Set the record's own uid, in the record and in its change-log entries. */
/** The first record class other than this one (without copying the set, which is as large as the standard). */
function firstOther(recordClasses: ReadonlySet<string>, name: string): string | undefined {
  for (const other of recordClasses) if (other !== name) return other;
  return undefined;
}

function withUid(record: Record<string, unknown>, uid: string): Record<string, unknown> {
  const out = clone(record);
  out['record_uid'] = uid;
  if (Array.isArray(out['change_log'])) for (const entry of out['change_log'] as Record<string, unknown>[]) if (entry && typeof entry === 'object' && 'record_uid' in entry) entry['record_uid'] = uid;
  return out;
}

/** What every class's fixtures draw on, worked out once per model rather than once per class. */
interface ModelFacts {
  readonly recordClasses: ReadonlySet<string>;
  readonly datePairs: ReadonlyMap<string, [string, string][]>;
}

const facts = new WeakMap<SpecModel, ModelFacts>();

function factsOf(model: SpecModel): ModelFacts {
  let found = facts.get(model);
  if (!found) facts.set(model, (found = { recordClasses: new Set(model.classes.filter((c) => c.kind === 'record').map((c) => c.name)), datePairs: startEndPairs(model, 'start-before-end') }));
  return found;
}

export function buildFixtures(model: SpecModel, cls: ClassModel, example: Record<string, unknown>): ClassFixtures {
  const typeField = model.conventions.record_type_field;
  const { recordClasses, datePairs } = factsOf(model);
  const found = lookup(model);
  const classes = found.classes;
  const base = repoint(example, typeField, recordClasses) as Record<string, unknown>;
  const mandatory = cls.elements.filter((e) => e.cardinality?.min === 1);
  const minimal: Record<string, unknown> = { [typeField]: cls.name };
  for (const e of mandatory) if (base[e.name] !== undefined) minimal[e.name] = base[e.name];
  const full = withUid(base, fixtureUid(cls.name, 0));
  let n = 1;
  const negative: NegativeFixture[] = [];
  const requirementAuthority = (id: string) => found.requirements.get(id)?.authority ?? 'modelled';
  const valueSetAuthority = (e: ElementModel) => found.valueSets.get(e.valueSet ?? '')?.authority ?? 'modelled';
  // A negative test is published only when its requirement is, and for a missing element or a code, the element's obligation or the binding.
  const add = (variant: string, requirement: string, description: string, pointer: string, change: (r: Record<string, unknown>) => void, ...rests: Authority[]) => {
    const record = withUid(full, fixtureUid(cls.name, (n += 1)));
    change(record);
    negative.push({ variant, requirement, authority: weakest(requirementAuthority(requirement), ...rests), description, pointer, record });
  };
  for (const e of mandatory) {
    if (e.name === 'record_uid') continue;
    // The audit elements are what makes a record versioned (MODS-AUDIT-001); the others are the class's own.
    const requirement = e.origin.kind === 'change-log' || e.origin.kind === 'record-includes' ? 'MODS-AUDIT-001' : 'MODS-STRUCT-001';
    add(`missing.${e.name}`, requirement, `the mandatory element ${e.name} is missing`, `/${e.name}`, (r) => delete r[e.name], presenceAuthority(e, classes));
  }
  const other = firstOther(recordClasses, cls.name);
  if (other) add('record-type', 'MODS-STRUCT-003', `${typeField} names another class (${other})`, `/${typeField}`, (r) => (r[typeField] = other));
  const coded = cls.elements.find((e) => e.type === 'coded' && isClosed(found.valueSets.get(e.valueSet ?? ''), e.binding) && isCoding(full[e.name]));
  if (coded) add(`value-set.${coded.name}`, 'MODS-TERM-001', `${coded.name} has a code outside its value set`, `/${coded.name}`, (r) => setCode(r, coded.name, 'not-a-mods-code'), valueSetAuthority(coded));
  const typed = cls.elements.find((e) => e.type === 'text' && e.name !== 'record_uid' && typeof full[e.name] === 'string');
  if (typed) add(`type.${typed.name}`, 'MODS-STRUCT-002', `${typed.name} has a number where text belongs`, `/${typed.name}`, (r) => (r[typed.name] = 42));
  const nhs = cls.elements.find((e) => e.constraints.format === 'nhs-number' && typeof full[e.name] === 'string');
  if (nhs) add('nhs-number', 'MODS-IDENT-001', `${nhs.name} has a wrong check digit`, `/${nhs.name}`, (r) => (r[nhs.name] = wrongCheckDigit(full[nhs.name] as string)));
  const ods = cls.elements.find((e) => e.constraints.format === 'ods-code' && typeof full[e.name] === 'string');
  if (ods) add(`ods-code.${ods.name}`, 'MODS-IDENT-002', `${ods.name} is not an ODS code`, `/${ods.name}`, (r) => (r[ods.name] = 'not an ODS code'));
  const reference = firstReference(cls, full, typeField);
  if (reference) add(`reference.${reference.name}`, 'MODS-REF-001', `${reference.name} refers to a record that does not exist`, `/${reference.name}`, (r) => pointAtNothing(r, reference.name));
  const future = cls.elements.find((e) => e.constraints.not_in_future && typeof full[e.name] === 'string');
  if (future) add(`future-date.${future.name}`, 'MODS-DATE-001', `${future.name} is in the future`, `/${future.name}`, (r) => (r[future.name] = farFuture(full[future.name] as string)));
  const pair = (datePairs.get(cls.name) ?? []).find(([s, e]) => typeof full[s] === 'string' && typeof full[e] === 'string');
  if (pair) add('start-after-end', 'MODS-DATE-002', `${pair[1]} is before ${pair[0]}`, `/${pair[1]}`, (r) => ((r[pair[0]] = laterThan(full[pair[1]] as string)), undefined));
  return { minimal: withUid(minimal, anchorUid(cls.name)), full, update: nextVersion(full), negative };
}

/** Version 2 of a record: the number rises by one and the change log gains a "modified" entry. */
function nextVersion(full: Record<string, unknown>): Record<string, unknown> {
  const out = clone(full);
  out['version_number'] = 2;
  const log = Array.isArray(out['change_log']) ? (out['change_log'] as Record<string, unknown>[]) : [];
  const first = log[0] ?? {};
  const entry: Record<string, unknown> = { ...clone(first), date: '2024-06-01T10:00:00Z', change_type: { code: 'modified', display: 'Modified' }, record_version: 2 };
  if ('description' in entry) entry['description'] = 'Conformance suite update';
  if ('change' in entry) entry['change'] = 'Conformance suite update';
  out['change_log'] = [...log, entry];
  return out;
}

function isCoding(value: unknown): boolean {
  const v = Array.isArray(value) ? value[0] : value;
  return v !== null && typeof v === 'object' && typeof (v as Record<string, unknown>)['code'] === 'string';
}

function setCode(record: Record<string, unknown>, name: string, code: string): void {
  const value = record[name];
  const target = (Array.isArray(value) ? value[0] : value) as Record<string, unknown>;
  target['code'] = code;
}

function firstReference(cls: ClassModel, full: Record<string, unknown>, typeField: string): ElementModel | undefined {
  const refs = cls.elements.filter((e) => e.type === 'reference' && refObject(full[e.name], typeField) !== undefined);
  return refs.find((e) => e.cardinality?.min === 1) ?? refs[0];
}

function refObject(value: unknown, typeField: string): Record<string, unknown> | undefined {
  const v = (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | null | undefined;
  return v && typeof v === 'object' && typeof v[typeField] === 'string' && typeof v['record_uid'] === 'string' ? v : undefined;
}

function pointAtNothing(record: Record<string, unknown>, name: string): void {
  const value = record[name];
  const target = (Array.isArray(value) ? value[0] : value) as Record<string, unknown>;
  target['record_uid'] = missingTargetUid;
}

function wrongCheckDigit(nhs: string): string {
  const right = nhsCheckDigit(nhs.slice(0, 9)) ?? 0;
  return `${nhs.slice(0, 9)}${(right + 1) % 10}`;
}

/** The same form of date (date, or date-time) far in the future. */
function farFuture(value: string): string {
  return `2999${value.slice(4)}`;
}

function laterThan(value: string): string {
  return `${String(Number(value.slice(0, 4)) + 1)}${value.slice(4)}`;
}
