import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** generated/conformance/suite.json, as the runner reads it. */
export interface SuiteDefinition {
  readonly standard: string;
  readonly release: string;
  readonly typeField: string;
  readonly subjectClass: string;
  readonly missingTargetUid: string;
  readonly classes: readonly { readonly record_type: string; readonly title: string; readonly path: string; readonly subjectElement?: string; readonly sensitive: Readonly<Record<string, 'personal' | 'special-category'>>; readonly refersTo: readonly string[]; readonly fixtures: string; /** Mandatory only in the asc-mods model. */ readonly modelledMandatory?: readonly string[]; readonly elements?: readonly SuiteElement[] }[];
  readonly anchorOrder: readonly string[];
  readonly tests: readonly SuiteTestDefinition[];
  readonly coverage: readonly CoverageDefinition[];
}

export type Authority = 'published' | 'modelled';
export type RequirementProfile = 'data-standard' | 'exchange-api';

/** An element of a class, as the assurance pack lists it. */
export interface SuiteElement {
  readonly name: string;
  readonly publishedName: string;
  /** Must (it must occur) or May. */
  readonly level: 'Must' | 'May';
  readonly authority: Authority;
  readonly provenance: string;
  /** The published Occurs, verbatim, when there is one. */
  readonly occurs?: string;
  readonly valueSet?: string;
  readonly bindingAuthority?: Authority;
}

export interface CoverageDefinition {
  readonly requirement: string;
  readonly level: 'MUST' | 'SHOULD' | 'MAY';
  readonly authority: Authority;
  readonly profile: RequirementProfile;
  readonly title: string;
  readonly tests: readonly string[];
  readonly reason?: string;
}

export interface SuiteTestDefinition {
  readonly id: string;
  readonly title: string;
  readonly class?: string;
  readonly kind: string;
  readonly variant?: string;
  readonly requirements: readonly string[];
  readonly level: 'MUST' | 'SHOULD' | 'MAY';
  readonly authority: Authority;
  readonly profile: RequirementProfile;
}

export interface ClassFixtureFile {
  readonly class: string;
  readonly minimal: Record<string, unknown>;
  readonly full: Record<string, unknown>;
  readonly update: Record<string, unknown>;
  readonly negative: readonly { readonly variant: string; readonly requirement: string; readonly description: string; readonly pointer: string; readonly record: Record<string, unknown> }[];
}

export async function loadSuite(dir: string): Promise<{ suite: SuiteDefinition; fixtures: Map<string, ClassFixtureFile> }> {
  const suite = JSON.parse(await readFile(join(dir, 'suite.json'), 'utf8')) as SuiteDefinition;
  const fixtures = new Map<string, ClassFixtureFile>();
  for (const c of suite.classes) fixtures.set(c.record_type, JSON.parse(await readFile(join(dir, c.fixtures), 'utf8')) as ClassFixtureFile);
  return { suite, fixtures };
}
