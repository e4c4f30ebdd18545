/**
 * The defects a synthetic record can carry, each exactly one per record and each meant to trigger one check of the
 * validator: a schema keyword (`schema.<keyword>`) or a named data rule (model/data-rules.ts).
 *
 * This file breaks a single record; the defects that need the records around it (a version gap, a duplicate
 * version) are made where the version chains are (generate.ts).
 */
import { auditFields, type ClassModel } from '../../generator/src/kit.ts';
import type { SynthContext } from './context.ts';
import { isoDate, isoDateTime, window } from './dates.ts';
import { startName } from './fill.ts';
import { keyedUuid } from './random.ts';
import { getIn, remove, setIn, type Path, type Site } from './sites.ts';
import type { ChainState, SynthRecord } from './versions.ts';

export const defectChecks = {
  'missing-mandatory': 'schema.required',
  'code-outside-value-set': 'schema.enum',
  'wrong-type': 'schema.type',
  'nhs-number-check-digit': 'nhs-number-check-digit',
  'date-in-future': 'not-in-future',
  'end-before-start': 'start-before-end',
  'version-gap': 'version-sequence',
  'change-log-mismatch': 'change-log-consistent',
  'duplicate-version': 'unique-record-version',
  'dangling-reference': 'reference-resolves',
} as const;

export type DefectKind = keyof typeof defectChecks;

export const defectKinds = Object.keys(defectChecks) as DefectKind[];

/** The defects whose record fails the JSON Schema; the others pass it and break a data rule. */
export const schemaDefects: ReadonlySet<DefectKind> = new Set(defectKinds.filter((k) => defectChecks[k].startsWith('schema.')));

/** The defects made from the record alone (the others are made in the version chain). */
export const recordDefects = ['missing-mandatory', 'code-outside-value-set', 'wrong-type', 'nhs-number-check-digit', 'date-in-future', 'end-before-start', 'change-log-mismatch', 'dangling-reference'] as const satisfies readonly DefectKind[];
export type RecordDefect = (typeof recordDefects)[number];

/** "class.element" names a data rule governs, with the rules: breaking them would trip that rule too. */
function ruleGoverned(ctx: SynthContext): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of ctx.model.requirements) {
    if (r.check.method !== 'rule' || r.check.rule === undefined) continue;
    for (const target of r.appliesTo.filter((t) => t.includes('.'))) out.set(target, (out.get(target) ?? new Set()).add(r.check.rule));
  }
  return out;
}

/** Is the site free of every data rule but the one this defect is for? */
function freeFor(governed: ReadonlyMap<string, ReadonlySet<string>>, site: Site, check: string): boolean {
  const origin = site.element.origin;
  const names = [`${site.owner.name}.${site.element.name}`, ...('from' in origin ? [`${origin.from}.${site.element.name}`] : [])];
  return names.every((n) => [...(governed.get(n) ?? [])].every((rule) => rule === check));
}

/** The pairs of elements the start-before-end rule names: owner class, start element, end element. */
function startEndPairs(ctx: SynthContext): { owner: string; start: string; end: string }[] {
  const named = ctx.model.requirements.filter((r) => r.check.rule === 'start-before-end').flatMap((r) => r.appliesTo).filter((t) => t.includes('.'));
  const byOwner = new Map<string, string[]>();
  for (const t of named) {
    const [owner, element] = t.split('.') as [string, string];
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), element]);
  }
  return [...byOwner].flatMap(([owner, elements]) => elements.flatMap((start, i) => (i % 2 === 0 && elements[i + 1] ? [{ owner, start, end: elements[i + 1]! }] : [])));
}

export interface Breaker {
  /** The record with one defect of this kind, or undefined when the record has no place for it. */
  (state: ChainState, sites: readonly Site[]): SynthRecord | undefined;
}

/** The record breakers for one context (they look up what the model's rules govern once). */
export function recordBreakers(ctx: SynthContext): Readonly<Record<RecordDefect, Breaker>> {
  const governed = ruleGoverned(ctx);
  const pairs = startEndPairs(ctx);
  const free = (kind: DefectKind) => (s: Site) => freeFor(governed, s, defectChecks[kind]);
  let dangling = 0;
  const pickSite = (state: ChainState, sites: readonly Site[]) => (sites.length === 0 ? undefined : state.scope.random.pick(sites));
  const lastEntry = (record: SynthRecord): Path => [auditFields.changeLog, (record[auditFields.changeLog] as unknown[]).length - 1];

  return {
    'missing-mandatory': (state, sites) => {
      const site = pickSite(state, sites.filter((s) => s.element.cardinality?.min === 1 && free('missing-mandatory')(s)));
      return site && setIn(state.record, site.path, remove);
    },
    'code-outside-value-set': (state, sites) => {
      const closed = (s: { element: Site['element'] }) => s.element.type === 'coded' && ctx.closed(s.element.valueSet, s.element.binding);
      const site = pickSite(state, sites.filter((s) => closed(s) && free('code-outside-value-set')(s)));
      if (site) {
        const path = Array.isArray(site.value) ? [...site.path, 0] : site.path;
        return setIn(state.record, path, { ...(getIn(state.record, path) as object), code: 'not-a-listed-code' });
      }
      const absent = state.scope.cls.elements.filter((e) => closed({ element: e }) && !(e.name in state.record) && e.origin.kind !== 'change-log');
      if (absent.length === 0) return undefined;
      const element = state.scope.random.pick(absent);
      const coding = { code: 'not-a-listed-code' };
      return { ...state.record, [element.name]: element.cardinality?.max === '*' ? [coding] : coding };
    },
    'wrong-type': (state, sites) => {
      const site = pickSite(state, sites.filter((s) => s.depth === 0 && free('wrong-type')(s)));
      return site && setIn(state.record, site.path, wrongType(site));
    },
    'nhs-number-check-digit': (state, sites) => {
      const site = pickSite(state, sites.filter((s) => s.element.constraints.format === 'nhs-number' && typeof s.value === 'string'));
      if (!site) return undefined;
      const valid = site.value as string;
      return setIn(state.record, site.path, valid.slice(0, 9) + String((Number(valid[9]) + 1 + state.scope.random.int(0, 8)) % 10));
    },
    'date-in-future': (state, sites) => {
      // Never a start: a start in the future would also come after its end.
      const site = pickSite(state, sites.filter((s) => s.element.constraints.not_in_future === true && !Array.isArray(s.value) && !startName.test(s.element.name) && free('date-in-future')(s)));
      const path = site ? site.path : [...lastEntry(state.record), auditFields.entryDate];
      const type = site ? site.element.type : 'date-time';
      return setIn(state.record, path, type === 'date' ? isoDate(window.future) : isoDateTime(window.future, 10 * 60));
    },
    'end-before-start': (state) => {
      const cls = state.scope.cls;
      const options = pairs.flatMap((pair) => ownerPaths(ctx, cls, state.record, pair.owner).map((path) => ({ ...pair, path })));
      if (options.length === 0) return undefined;
      const { path, owner, start, end } = state.scope.random.pick(options);
      const elements = ctx.classes.get(owner)?.elements ?? [];
      const day = state.scope.anchor - 10;
      const format = (name: string, d: number) => (elements.find((e) => e.name === name)?.type === 'date' ? isoDate(d) : isoDateTime(d, 9 * 60));
      const object = { ...((getIn(state.record, path) as object | undefined) ?? {}), [start]: format(start, day), [end]: format(end, day - state.scope.random.int(1, 30)) };
      return setIn(state.record, path, object);
    },
    'change-log-mismatch': (state) => {
      const path = [...lastEntry(state.record), auditFields.entryVersion];
      return setIn(state.record, path, state.version + 1);
    },
    'dangling-reference': (state, sites) => {
      const refs = sites.filter((s) => s.element.type === 'reference' && free('dangling-reference')(s) && !consentGuarded(ctx, state.scope.cls, s));
      const site = pickSite(state, refs);
      const path = site ? (Array.isArray(site.value) ? [...site.path, 0] : site.path) : [...lastEntry(state.record), auditFields.entryCommitter];
      dangling += 1;
      return setIn(state.record, path, { ...(getIn(state.record, path) as object), record_uid: keyedUuid(ctx.seed, 0x6d697373, dangling) });
    },
  };
}

/** Where objects of the owner class sit in the record: the record itself, or its single (non-array) components. */
function ownerPaths(ctx: SynthContext, cls: ClassModel, record: SynthRecord, owner: string): Path[] {
  if (cls.name === owner) return [[]];
  return cls.elements.filter((e) => e.type === 'component' && e.target === owner && e.cardinality?.max !== '*' && !Array.isArray(record[e.name])).map((e) => [e.name]);
}

/**
 * A care plan's subject is what its consent is checked against: pointing it nowhere would also trip the consent
 * rule, so references of classes a consent rule governs keep their subject.
 */
function consentGuarded(ctx: SynthContext, cls: ClassModel, site: Site): boolean {
  const governed = ctx.model.requirements.filter((r) => r.check.rule === 'consent-before-care-plan').flatMap((r) => r.appliesTo);
  return site.depth === 0 && site.element.target === 'subject_of_care' && governed.some((t) => t === cls.name || t.startsWith(`${cls.name}.`));
}

function wrongType(site: Site): unknown {
  if (Array.isArray(site.value)) return 'not a list';
  switch (site.element.type) {
    case 'integer':
    case 'decimal':
      return 'twelve';
    case 'boolean':
      return 'yes';
    case 'coded':
    case 'reference':
    case 'component':
      return 'not an object';
    default:
      return 12345;
  }
}
