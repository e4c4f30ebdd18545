/**
 * Versioned records: version 1 with its "created" change-log entry, and each later version a copy of the one
 * before with one element changed, the next version number and the change log of all earlier entries plus a
 * "modified" one, dated later. Records are never mutated once made, so versions share what did not change.
 */
import { auditFields, type ClassModel } from '../../generator/src/kit.ts';
import { type SynthContext, nameKindOf } from './context.ts';
import { isoDateTime } from './dates.ts';
import { fillObject, fillValue, isAuditElement, referenceTo } from './fill.ts';
import type { RecordScope } from './scope.ts';
import { personName } from './words.ts';

export type SynthRecord = Readonly<Record<string, unknown>>;

/** Where a chain of versions stands: the last clean version and the date of its last change-log entry. */
export interface ChainState {
  readonly scope: RecordScope;
  readonly record: SynthRecord;
  readonly version: number;
  /** Day and minute of the last change-log entry. */
  readonly day: number;
  readonly minute: number;
  readonly system: string;
}

export function firstVersion(ctx: SynthContext, scope: RecordScope): ChainState {
  const body = fillObject(ctx, scope, scope.cls, 0) ?? {};
  named(ctx, scope, body);
  const uid = ctx.uid(scope.cls.name, scope.index);
  const minute = scope.random.int(17 * 60, 20 * 60);
  const system = `synthetic-care-system-${scope.random.int(1, 3)}`;
  const entry = logEntry(ctx, scope, { uid, version: 1, day: scope.anchor, minute, system, change: 'created' });
  const record = { [ctx.typeField]: scope.cls.name, [auditFields.recordUid]: uid, [auditFields.versionNumber]: 1, [auditFields.changeLog]: [entry], ...body };
  return { scope, record, version: 1, day: scope.anchor, minute, system };
}

export function nextVersion(ctx: SynthContext, state: ChainState): ChainState {
  const { scope } = state;
  const version = state.version + 1;
  const day = state.day + scope.random.int(1, 20);
  const minute = scope.random.int(8 * 60, 20 * 60);
  const uid = String(state.record[auditFields.recordUid]);
  const log = state.record[auditFields.changeLog] as readonly unknown[];
  const entry = logEntry(ctx, scope, { uid, version, day, minute, system: state.system, change: 'modified' });
  const record: Record<string, unknown> = { ...state.record, [auditFields.versionNumber]: version, [auditFields.changeLog]: [...log, entry] };
  changeOneElement(ctx, scope, record);
  return { scope, record, version, day, minute, system: state.system };
}

/** What a later version changes: one coded, text or true/false element the record has (never its identity). */
function changeOneElement(ctx: SynthContext, scope: RecordScope, record: Record<string, unknown>): void {
  const changeable = scope.cls.elements.filter(
    (e) => !isAuditElement(e, 0) && e.name in record && (e.type === 'coded' || e.type === 'boolean' || (e.type === 'text' && !e.constraints.format && !e.constraints.pattern && e.name !== 'name')) && e.cardinality?.max !== '*',
  );
  if (changeable.length === 0) return;
  const element = scope.random.pick(changeable);
  const value = fillValue(ctx, scope, element, 0, { start: scope.anchor - 1, end: scope.anchor }, true);
  if (value !== undefined) record[element.name] = value;
}

/** The person or organisation name of the record, drawn from its identity so references can name it the same way. */
function named(ctx: SynthContext, scope: RecordScope, body: Record<string, unknown>): void {
  const kind = nameKindOf(scope.cls, ctx.classes);
  const key = 'name' in body ? 'name' : 'location_name' in body ? 'location_name' : undefined;
  if (key === undefined || kind === 'none') return;
  if (kind === 'organisation') {
    body[key] = ctx.display(scope.cls.name, scope.index);
    return;
  }
  const current = body[key];
  if (current && typeof current === 'object') body[key] = { ...current, ...personName(ctx.identity(scope.cls.name, scope.index)) };
}

interface EntryFacts {
  readonly uid: string;
  readonly version: number;
  readonly day: number;
  readonly minute: number;
  readonly system: string;
  readonly change: 'created' | 'modified';
}

/** One change-log entry, with only the elements the change-log class has, in its order. */
export function logEntry(ctx: SynthContext, scope: RecordScope, facts: EntryFacts): Record<string, unknown> {
  const cls = ctx.classes.get(ctx.model.conventions.change_log);
  const entry: Record<string, unknown> = {};
  for (const element of cls?.elements ?? []) {
    const value = entryValue(ctx, scope, cls!, element.name, facts);
    if (value !== undefined) entry[element.name] = value;
    else if (element.cardinality?.min === 1) entry[element.name] = fillValue(ctx, scope, element, 1, { start: facts.day - 1, end: facts.day }, true);
  }
  return entry;
}

function entryValue(ctx: SynthContext, scope: RecordScope, cls: ClassModel, name: string, facts: EntryFacts): unknown {
  switch (name) {
    case auditFields.entryDate:
      return isoDateTime(facts.day, facts.minute);
    case auditFields.entryChangeType: {
      const valueSet = cls.elements.find((e) => e.name === name)?.valueSet;
      return ctx.codings(valueSet).find((c) => c.code === facts.change) ?? { code: facts.change };
    }
    case auditFields.entrySystem:
      return facts.system;
    case auditFields.entryCommitter:
      return committer(ctx, scope);
    case auditFields.entryRecordUid:
      return facts.uid;
    case auditFields.entryVersion:
      return facts.version;
    case 'description':
      return facts.change === 'modified' && scope.random.chance(0.5) ? scope.random.pick(['Updated after review', 'Corrected a detail', 'Updated at the person\'s request']) : undefined;
    default:
      return undefined;
  }
}

/** A care worker of the pool (for a pool care worker, itself or one made before it). */
function committer(ctx: SynthContext, scope: RecordScope): Record<string, unknown> {
  const name = ctx.pool.committer;
  const pooled = ctx.pool.byName.get(name);
  const own = name === scope.cls.name && pooled !== undefined && pooled.position === scope.poolLimit;
  return referenceTo(ctx, name, scope.random.int(0, own ? scope.index : (pooled?.size ?? 1) - 1));
}
