/**
 * Values for the elements of a synthetic record, by type and, where it helps realism, by element name: names from
 * the word lists, dates around the day the record was made (starts before ends), codes drawn from the value set,
 * references to records of the pool.
 */
import { exampleValue, auditFields, type ClassModel, type ElementModel } from '../../generator/src/kit.ts';
import type { SynthContext } from './context.ts';
import { isoDate, isoDateTime, isoTime, window } from './dates.ts';
import type { Random } from './random.ts';
import type { RecordScope } from './scope.ts';
import { textValue } from './text.ts';

/** A start and an end for the elements of one object: start < end <= the record's day. */
interface Span {
  readonly start: number;
  readonly end: number;
}

const auditNames = new Set<string>([auditFields.recordUid, auditFields.versionNumber, auditFields.changeLog]);
export const startName = /(^|_)(start|onset)(_|$)/;
const endName = /(^|_)(end|ended|resolved)(_|$)/;
const aheadName = /(due|target|review|planned|respond_by|scheduled|completion)/;

/** Is the element one of the versioned-record elements every record carries (uid, version, change log)? */
export function isAuditElement(element: ElementModel, depth: number): boolean {
  return depth === 0 && (auditNames.has(element.name) || element.origin.kind === 'change-log');
}

/**
 * Every element of a class filled: mandatory ones always, optional ones about half the time (fewer deeper down).
 * `mandatory` says whether the object itself must exist: an optional component whose mandatory reference has
 * nothing earlier in the file to point at is left out rather than pointing forward.
 */
export function fillObject(ctx: SynthContext, scope: RecordScope, cls: ClassModel, depth: number, mandatory = true): Record<string, unknown> | undefined {
  const { random } = scope;
  const start = scope.anchor - random.int(5, 120);
  const span: Span = { start, end: random.int(start + 1, scope.anchor) };
  const out: Record<string, unknown> = {};
  for (const element of cls.elements) {
    if (isAuditElement(element, depth)) continue;
    const required = element.cardinality?.min === 1;
    if (!required && !(depth === 0 && ctx.alwaysFilled.has(`${cls.name}.${element.name}`)) && !random.chance(optionalChance(element, depth))) continue;
    const many = element.cardinality?.max === '*';
    const must = required && mandatory;
    const value = many ? fillMany(ctx, scope, element, depth, span, must) : fillValue(ctx, scope, element, depth, span, must);
    if (value === undefined) {
      if (must) throw new Error(`synthesis: cannot fill mandatory ${cls.name}.${element.name}`);
      if (required) return undefined;
      continue;
    }
    out[element.name] = value;
  }
  return out;
}

function optionalChance(element: ElementModel, depth: number): number {
  if (element.constraints.format === 'nhs-number') return 0.95;
  return depth === 0 ? 0.55 : 0.35;
}

function fillMany(ctx: SynthContext, scope: RecordScope, element: ElementModel, depth: number, span: Span, must: boolean): unknown[] | undefined {
  const n = scope.random.int(1, element.type === 'component' && depth > 0 ? 1 : 2);
  const items: unknown[] = [];
  for (let i = 0; i < n; i += 1) {
    const value = fillValue(ctx, scope, element, depth, span, must);
    if (value !== undefined) items.push(value);
  }
  return items.length > 0 ? items : undefined;
}

/**
 * One value for an element, or undefined when none can be made (an optional reference with nothing to point at).
 * `must`: the value is mandatory all the way up to the record, so a reference may point anywhere in the pool.
 */
export function fillValue(ctx: SynthContext, scope: RecordScope, element: ElementModel, depth: number, span: Span, must: boolean): unknown {
  const { random } = scope;
  const c = element.constraints;
  switch (element.type) {
    case 'text':
      if (c.pattern !== undefined) return element.example ?? exampleValue(element, ctx, depth);
      return textValue(ctx, scope, element);
    case 'integer':
    case 'decimal': {
      const min = c.minimum ?? 1;
      const max = c.maximum ?? min + 99;
      return element.type === 'integer' ? random.int(Math.ceil(min), Math.floor(max)) : Math.round((min + random.next() * (max - min)) * 10) / 10;
    }
    case 'boolean':
      return random.chance(0.5);
    case 'date':
      return isoDate(dayFor(scope, element, span));
    case 'date-time': {
      const day = dayFor(scope, element, span);
      return isoDateTime(day, day === scope.anchor ? random.int(8 * 60, 16 * 60) : random.int(7 * 60, 21 * 60));
    }
    case 'time':
      return isoTime(random.int(7 * 60, 21 * 60));
    case 'coded':
      return random.pick(ctx.codings(element.valueSet));
    case 'reference':
      return referenceValue(ctx, scope, element.target ?? '', must);
    case 'component': {
      const target = ctx.classes.get(element.target ?? '');
      return target && (depth < 3 || must) ? fillObject(ctx, scope, target, depth + 1, must) : undefined;
    }
  }
}

/** The day a date element records: births decades ago, starts and ends within a span, plans ahead, the rest on or before the record's day. */
function dayFor(scope: RecordScope, element: ElementModel, span: Span): number {
  const { random } = scope;
  if (element.name === 'date_of_birth') return random.int(window.bornFirst, window.bornLast);
  if (startName.test(element.name)) return span.start;
  if (endName.test(element.name)) return span.end;
  if (!element.constraints.not_in_future && aheadName.test(element.name)) return scope.anchor + random.int(1, 60);
  if (element.name === 'date') return scope.anchor;
  return scope.anchor - random.int(0, 30);
}

/** A reference to a pool record of a class the target allows; the subject of care is the record's own subject. */
export function referenceValue(ctx: SynthContext, scope: RecordScope, target: string, must: boolean): Record<string, unknown> | undefined {
  const options = ctx.concrete(target).filter((name) => {
    const pooled = ctx.pool.byName.get(name);
    if (!pooled) return false;
    if (pooled.perSubject && scope.subject === undefined) return false;
    return must || pooled.position < scope.poolLimit || (name === scope.cls.name && pooled.position === scope.poolLimit);
  });
  if (options.length === 0) return undefined;
  const name = options.length === 1 ? options[0]! : scope.random.pick(options);
  const pooled = ctx.pool.byName.get(name)!;
  let index: number;
  if ((name === 'subject_of_care' || pooled.perSubject) && scope.subject !== undefined) index = scope.subject;
  else if (name === scope.cls.name && pooled.position === scope.poolLimit) index = scope.random.int(0, scope.index);
  else index = scope.random.int(0, pooled.size - 1);
  return referenceTo(ctx, name, index);
}

export function referenceTo(ctx: SynthContext, cls: string, index: number): Record<string, unknown> {
  return { [ctx.typeField]: cls, record_uid: ctx.uid(cls, index), display: ctx.display(cls, index) };
}
