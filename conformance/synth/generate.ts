/**
 * Synthetic MODS records, yielded one at a time so that files of any size stream in constant memory.
 *
 * The output starts with the context records every reference needs (pool.ts: care workers, subjects of care, ...),
 * then `count` records of the requested classes. `count` counts only the latter; the context records are extra.
 * Some records come as chains of versions (1..k, k <= 4) of one record uid, each carrying the change log of the
 * versions before it plus its own entry. With `invalidRate` r, each requested record has one defect with
 * probability r; `defect` says which, and `defectChecks` which check it should trigger. Context records are
 * always valid, so references resolve whatever the rate.
 *
 * The same options give the same records. Records share unchanged parts with earlier versions: do not mutate them.
 */
import type { SpecModel } from '../../generator/src/kit.ts';
import { defaultMix, resolveClasses, type WeightedClass } from './classes.ts';
import { createContext, type SynthContext } from './context.ts';
import { window } from './dates.ts';
import { defectKinds, recordBreakers, type DefectKind, type RecordDefect } from './defects.ts';
import type { RecordScope } from './scope.ts';
import { planPool, type PoolClass } from './pool.ts';
import { Random } from './random.ts';
import { sitesOf, type Site } from './sites.ts';
import { firstVersion, nextVersion, type ChainState, type SynthRecord } from './versions.ts';

export { defectChecks, defectKinds, schemaDefects, type DefectKind } from './defects.ts';

type Breakers = ReturnType<typeof recordBreakers>;

export interface SynthOptions {
  /** Record classes (or abstract classes, for all their records); empty for the default mix. */
  readonly classes: readonly string[];
  /** How many records of those classes (context records are extra). */
  readonly count: number;
  readonly seed: number;
  /** The fraction of records, 0..1, that carry one defect. */
  readonly invalidRate: number;
}

export interface SynthItem {
  readonly record: object;
  readonly defect?: DefectKind;
}

export function* synthesizeRecords(model: SpecModel, options: SynthOptions): Generator<SynthItem> {
  const { count, seed, invalidRate } = options;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number of 0 or more, not ${count}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
  if (!(invalidRate >= 0 && invalidRate <= 1)) throw new RangeError(`invalidRate must be between 0 and 1, not ${invalidRate}`);
  const mix = classMix(model, options.classes);
  if (count === 0) return;
  const ctx = createContext(model, seed, planPool(model, mix.map((c) => c.name), count));
  const random = new Random(seed);
  const breakers = recordBreakers(ctx);
  yield* contextRecords(ctx, random, breakers);
  yield* requestedRecords(ctx, random, breakers, mix, count, invalidRate);
}

/** The pool, class by class: always valid, consents (one per subject) in a single version. */
function* contextRecords(ctx: SynthContext, random: Random, breakers: Breakers): Generator<SynthItem> {
  for (const pooled of ctx.pool.classes) {
    for (let index = 0; index < pooled.size; index += 1) {
      yield* chain(ctx, poolScope(ctx, random, pooled, index), pooled.perSubject ? 1 : chainLength(random, Infinity), 0, breakers);
    }
  }
}

function* requestedRecords(ctx: SynthContext, random: Random, breakers: Breakers, mix: readonly WeightedClass[], count: number, rate: number): Generator<SynthItem> {
  const next = new Map(ctx.pool.classes.map((p) => [p.name, p.size]));
  const subjects = ctx.pool.byName.has('subject_of_care') ? ctx.pool.subjects : 0;
  const weighted = mix.map((c) => ({ item: c.name, weight: c.weight }));
  for (let produced = 0; produced < count; ) {
    const name = weighted.length === 1 ? weighted[0]!.item : random.weighted(weighted);
    const index = next.get(name) ?? 0;
    next.set(name, index + 1);
    const scope: RecordScope = {
      random,
      cls: ctx.classes.get(name)!,
      index,
      anchor: random.int(window.recordFirst, window.recordLast),
      subject: subjects > 0 && name !== 'subject_of_care' ? random.int(0, subjects - 1) : undefined,
      poolLimit: Infinity,
    };
    produced += yield* chain(ctx, scope, chainLength(random, count - produced), rate, breakers);
  }
}

function classMix(model: SpecModel, names: readonly string[]): WeightedClass[] {
  if (names.length === 0) return defaultMix(model);
  const { classes, unknown } = resolveClasses(model, names);
  if (unknown.length > 0) throw new RangeError(`not record classes of the model: ${unknown.join(', ')}`);
  return classes.map((name) => ({ name, weight: 1 }));
}

function poolScope(ctx: SynthContext, random: Random, pooled: PoolClass, index: number): RecordScope {
  const subjects = ctx.pool.byName.get('subject_of_care');
  const own = pooled.name === 'subject_of_care' || pooled.perSubject;
  const after = subjects !== undefined && subjects.position < pooled.position;
  return {
    random,
    cls: ctx.classes.get(pooled.name)!,
    index,
    anchor: random.int(window.contextFirst, window.contextLast),
    subject: own ? index : after ? random.int(0, ctx.pool.subjects - 1) : undefined,
    poolLimit: pooled.position,
  };
}

/** Most records have one version; some have 2 to 4 (never more than the room left). */
function chainLength(random: Random, room: number): number {
  return Math.min(random.chance(0.65) ? 1 : random.int(2, 4), room);
}

/** Up to k versions of one record, each (at the given rate) with one defect; returns how many it yielded. */
function* chain(ctx: SynthContext, scope: RecordScope, k: number, rate: number, breakers: Breakers): Generator<SynthItem, number> {
  let state = prepare(ctx, firstVersion(ctx, scope));
  let previous: SynthRecord | undefined;
  for (let slot = 0; slot < k; slot += 1) {
    const broken = rate > 0 && scope.random.chance(rate) ? breakOne(ctx, state, previous, breakers) : undefined;
    yield broken ?? { record: state.record };
    // A version gap ends the chain; a duplicate repeats the last version, so the pending one is still to come.
    if (broken?.defect === 'version-gap') return slot + 1;
    if (broken?.defect === 'duplicate-version') continue;
    previous = state.record;
    if (slot + 1 < k) state = nextVersion(ctx, state);
  }
  return k;
}

/** One defect for the record about to be emitted, chosen at random among those it has a place for. */
function breakOne(ctx: SynthContext, state: ChainState, previous: SynthRecord | undefined, breakers: Breakers): SynthItem | undefined {
  const { random } = state.scope;
  let sites: readonly Site[] | undefined;
  const remaining: DefectKind[] = [...defectKinds];
  while (remaining.length > 0) {
    const kind = remaining.splice(random.int(0, remaining.length - 1), 1)[0]!;
    if (kind === 'duplicate-version') {
      if (previous) return { record: { ...previous }, defect: kind };
    } else if (kind === 'version-gap') {
      if (previous) return { record: nextVersion(ctx, state).record, defect: kind };
    } else {
      sites ??= sitesOf(ctx, state.scope.cls, state.record);
      const record = breakers[kind as RecordDefect](state, sites);
      if (record) return { record, defect: kind };
    }
  }
  return undefined;
}

/**
 * The consents care plans refer to (one per subject, in the pool) are given by the person: what the
 * consent-before-care-plan rule asks of a care plan being delivered.
 */
function prepare(ctx: SynthContext, state: ChainState): ChainState {
  const pooled = ctx.pool.byName.get(state.scope.cls.name);
  if (!pooled?.perSubject || state.scope.poolLimit !== pooled.position) return state;
  const record: Record<string, unknown> = { ...state.record };
  for (const [name, code] of [['consent_status', 'given'], ['decision_maker', 'subject_of_care']] as const) {
    const element = state.scope.cls.elements.find((e) => e.name === name);
    const coding = element && ctx.codings(element.valueSet).find((c) => c.code === code);
    if (coding) record[name] = coding;
  }
  return { ...state, record };
}
