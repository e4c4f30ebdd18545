import { masked, shownPointer, type KeepList } from '../report/keep.ts';
import type { Sensitivity, SpecModel } from '../../generator/src/kit.ts';

/**
 * The one place a value from checked data becomes text for a report, through the kit's one keep-list
 * (conformance/report/keep.ts): what validate prints of a file is only what the spec names safe.
 *
 * - names the spec uses (class and element names, requirement ids) and the codes of its value sets, alone or as the
 *   segments of a JSON Pointer;
 * - of a value of an element that is not personal: numbers, booleans, null, a name or code above, and text that has
 *   the shape of a date or time (digits and separators only);
 * - of a personal value, only its shape (the first character and the last two of a long string); of a
 *   special-category value, nothing.
 *
 * Everything else is described by its kind and length ("text of 12 characters"), never quoted.
 */
export function maskValue(value: unknown, sensitivity: Sensitivity, keep: KeepList = emptyKeep): string {
  if (sensitivity === 'special-category') return masked;
  if (sensitivity === 'personal') {
    if (typeof value !== 'string' || value.length < 8 || hasControl(value)) return masked;
    return `${value[0]}${'*'.repeat(Math.min(value.length - 3, 12))}${value.slice(-2)}`;
  }
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value !== 'string') return masked;
  if (keep.names.has(value) || keep.sent.has(value) || dateLike.test(value)) return value;
  return `text of ${value.length} character${value.length === 1 ? '' : 's'}`;
}

/** A JSON Pointer into a record: shown when every segment is a name the spec uses or an array index, else masked. */
export function maskPath(pointer: string, keep: KeepList): string {
  return shownPointer(pointer, keep);
}

/** A name found in the data (a key, a record type): quoted when the spec uses it, else only its length. */
export function maskName(name: string, keep: KeepList, kind: string): string {
  return keep.names.has(name) ? `"${name}"` : `${kind} of ${name.length} character${name.length === 1 ? '' : 's'}`;
}

/**
 * A record uid as the reports show it: as it is when it has the shape of a UUID or a ULID (hex digits and hyphens, or
 * Crockford base 32: it cannot spell a name), otherwise only its length. A keep-list like the rest: a supplier whose
 * uids are names, or NHS numbers, finds its records by file, line and record number instead.
 */
export function shownUid(uid: string): string {
  return uuidOrUlid.test(uid) ? uid : `a uid of ${uid.length} character${uid.length === 1 ? '' : 's'}`;
}

const uuidOrUlid = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9A-HJKMNP-TV-Z]{26})$/;

const dateLike = /^[0-9][0-9:.+\-TZ]{0,34}$/;

const emptyKeep: KeepList = { names: new Set(), requirements: new Set(), sent: new Set() };

function hasControl(text: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text);
}

const cache = new WeakMap<SpecModel, KeepList>();

/** The keep-list of a spec, for data: its class and element names, requirement ids and codes (worked out once). */
export function dataKeepList(model: SpecModel): KeepList {
  let keep = cache.get(model);
  if (keep) return keep;
  const names = new Set<string>([model.conventions.record_type_field]);
  for (const cls of model.classes) {
    names.add(cls.name);
    for (const e of cls.elements) names.add(e.name);
  }
  const codes = new Set<string>();
  for (const vs of model.valueSets) for (const c of vs.codes) codes.add(c.code);
  keep = { names, requirements: new Set(model.requirements.map((r) => r.id)), sent: codes };
  cache.set(model, keep);
  return keep;
}
