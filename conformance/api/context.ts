import type { HttpClient, Exchange } from './http.ts';
import type { KeepList } from '../report/keep.ts';
import type { RunIdentities } from './remap.ts';
import type { ClassFixtureFile, SuiteDefinition } from './suite.ts';

/** Everything the checks of one run share. Per class, what earlier tests of the class left for later ones. */
export interface RunContext {
  readonly client: HttpClient;
  readonly suite: SuiteDefinition;
  /** The fixtures with this run's identities. */
  readonly fixtures: ReadonlyMap<string, ClassFixtureFile>;
  readonly ids: RunIdentities;
  /** Per class the system holds: the optional elements it declares (mandatory ones it must always hold). */
  readonly declared: ReadonlyMap<string, ReadonlySet<string>>;
  readonly mandatory: ReadonlyMap<string, ReadonlySet<string>>;
  readonly state: Map<string, ClassState>;
  /** What a message may quote of a system's answers (names the suite uses; never a value it sent back). */
  readonly keep: KeepList;
}

export interface ClassState {
  created?: { readonly exchange: Exchange; readonly body: Record<string, unknown> };
  updated?: boolean;
}

export function pathOf(context: RunContext, recordType: string): string {
  return context.suite.classes.find((c) => c.record_type === recordType)?.path ?? `/${recordType}`;
}

export function itemPath(context: RunContext, recordType: string, uid: string): string {
  return `${pathOf(context, recordType)}/${encodeURIComponent(uid)}`;
}

/** The elements of a class the system must give back unchanged: the mandatory ones and the optional ones it declares. */
export function heldElements(context: RunContext, recordType: string, record: Record<string, unknown>): string[] {
  const declared = context.declared.get(recordType) ?? new Set<string>();
  const mandatory = context.mandatory.get(recordType) ?? new Set<string>();
  return Object.keys(record).filter((k) => k === context.suite.typeField || mandatory.has(k) || declared.has(k));
}
