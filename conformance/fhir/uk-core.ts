import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { FhirDefinitions } from '../../generator/src/kit.ts';
import { fhirXmlToJson } from './xml.ts';

type Json = Record<string, unknown>;

/** The UK Core package this checks against: its name in the FHIR package cache (~/.fhir/packages/<name>#<version>). */
export const ukCorePackage = 'UKCore.R4.STU.02.00.00';

/** One way a resource breaks its UK Core profile: where (a JSON Pointer), which rule, and why, never the value. */
export interface ProfileIssue {
  readonly pointer: string;
  readonly rule: 'min' | 'max' | 'required-binding' | 'extension-context' | 'unknown-profile';
  readonly message: string;
}

interface Constraint {
  readonly path: readonly string[];
  readonly min: number | undefined;
  readonly max: string | undefined;
  readonly binding: { readonly strength: string; readonly valueSet: string } | undefined;
}

/**
 * What UK Core's profiles say, as far as asc-mods checks it: from each profile's differential, the cardinality of
 * elements it tightens (not its slices) and its required bindings to value sets the package enumerates; from each
 * extension, the contexts it may be used in. Read from the package's StructureDefinitions and ValueSets, JSON (the
 * package cache's form) or XML (NHS England's published form). This is not a full FHIR validator: slices, fixed
 * values and invariants are left to one (the tests pair it with @medplum/core's).
 */
export class UkCoreProfiles {
  private readonly profiles = new Map<string, { readonly type: string; readonly constraints: readonly Constraint[] }>();
  private readonly contexts = new Map<string, readonly string[]>();
  /** Extensions whose value is bound (required) to a value set. */
  private readonly extensionBindings = new Map<string, string>();
  private readonly valueSets = new Map<string, ValueSetCodes>();
  private readonly codeSystems = new Map<string, ReadonlySet<string>>();

  constructor(
    resources: readonly Json[],
    private readonly definitions: FhirDefinitions,
  ) {
    for (const r of resources) if (r['resourceType'] === 'CodeSystem' && typeof r['url'] === 'string') this.codeSystems.set(r['url'], new Set(conceptCodes((r['concept'] as Json[] | undefined) ?? [])));
    for (const r of resources) {
      if (r['resourceType'] === 'ValueSet') this.addValueSet(r);
      if (r['resourceType'] !== 'StructureDefinition' || typeof r['url'] !== 'string') continue;
      if (r['type'] === 'Extension') {
        this.contexts.set(r['url'], ((r['context'] as Json[] | undefined) ?? []).map((c) => String(c['expression'])));
        const value = (((r['differential'] as Json | undefined)?.['element'] as Json[] | undefined) ?? []).find((e) => e['id'] === 'Extension.value[x]');
        const binding = value?.['binding'] as Json | undefined;
        if (binding?.['strength'] === 'required' && typeof binding['valueSet'] === 'string') this.extensionBindings.set(r['url'], binding['valueSet'].split('|')[0]!);
      } else if (r['derivation'] === 'constraint') this.profiles.set(r['url'], { type: String(r['type']), constraints: constraintsOf(r) });
    }
  }

  /** The package in a folder (a package's own folder, or one with structuredefinitions/ and valuesets/ in it). */
  static fromFolder(folder: string, definitions: FhirDefinitions): UkCoreProfiles {
    const files = [folder, join(folder, 'package'), join(folder, 'structuredefinitions'), join(folder, 'valuesets'), join(folder, 'codesystems')]
      .filter((d) => existsSync(d))
      .flatMap((d) => readdirSync(d).filter((f) => /^(StructureDefinition|Extension|UKCore|ValueSet|CodeSystem)-.*\.(json|xml)$/.test(f)).map((f) => join(d, f)));
    const resources = files.map((f) => (f.endsWith('.xml') ? fhirXmlToJson(readFileSync(f, 'utf8'), definitions) : (JSON.parse(readFileSync(f, 'utf8')) as Json)));
    return new UkCoreProfiles(resources, definitions);
  }

  /** Where FHIR tools keep UK Core: the package cache, ~/.fhir/packages/UKCore.R4.STU.02.00.00#<version>. */
  static cached(home = homedir()): string | undefined {
    const cache = join(home, '.fhir', 'packages');
    if (!existsSync(cache)) return undefined;
    const found = readdirSync(cache).filter((d) => d.startsWith(`${ukCorePackage}#`)).sort();
    return found.length > 0 ? join(cache, found[found.length - 1]!) : undefined;
  }

  get size(): number {
    return this.profiles.size;
  }

  /** What a resource breaks of the UK Core profiles its meta.profile claims (none when it claims none). */
  check(resource: Json): ProfileIssue[] {
    const claimed = ((resource['meta'] as Json | undefined)?.['profile'] as string[] | undefined) ?? [];
    const issues: ProfileIssue[] = [];
    for (const url of claimed) {
      const profile = this.profiles.get(url);
      if (!profile) {
        if (url.startsWith('https://fhir.hl7.org.uk/')) issues.push({ pointer: '/meta/profile', rule: 'unknown-profile', message: `${url} is not a profile of ${ukCorePackage}` });
        continue;
      }
      for (const c of profile.constraints) issues.push(...this.constraintIssues(resource, c));
    }
    issues.push(...this.extensionIssues(resource, String(resource['resourceType']), [String(resource['resourceType'])], String(resource['resourceType']), ''));
    return issues;
  }

  /**
   * A value set's codes, as far as the package says them: listed codes, or a whole code system of the package. A
   * system the package does not hold, or a filter on one, admits any code of that system (it cannot be checked
   * here); a value set built from other value sets is not checked at all.
   */
  private addValueSet(vs: Json): void {
    const include = ((vs['compose'] as Json | undefined)?.['include'] as Json[] | undefined) ?? [];
    if (typeof vs['url'] !== 'string' || include.length === 0 || include.some((i) => i['valueSet'] !== undefined || typeof i['system'] !== 'string')) return;
    const codes = new Set<string>();
    const anyOf = new Set<string>();
    for (const i of include) {
      const system = String(i['system']);
      const whole = this.codeSystems.get(system);
      if (Array.isArray(i['concept'])) for (const c of i['concept'] as Json[]) codes.add(`${system}|${String(c['code'])}`);
      else if (whole && i['filter'] === undefined) for (const code of whole) codes.add(`${system}|${code}`);
      else anyOf.add(system);
    }
    this.valueSets.set(vs['url'], { codes, anyOf });
  }

  /** The codings of a value that fall outside a value set (a code with a system no check can rule on passes). */
  private outside(value: unknown, valueSet: ValueSetCodes): Json[] {
    const codings = value === null || typeof value !== 'object' ? [] : (((value as Json)['coding'] as Json[] | undefined) ?? [value as Json]);
    return codings.filter((k) => k['code'] !== undefined && !valueSet.anyOf.has(String(k['system'])) && !valueSet.codes.has(`${String(k['system'])}|${String(k['code'])}`));
  }

  private constraintIssues(resource: Json, c: Constraint): ProfileIssue[] {
    const parents = select(resource, c.path.slice(0, -1), '');
    const last = c.path[c.path.length - 1]!;
    const issues: ProfileIssue[] = [];
    for (const parent of parents) {
      const value = (parent.value as Json)[last];
      const count = value === undefined ? 0 : Array.isArray(value) ? value.length : 1;
      const at = `${parent.pointer}/${last}`;
      const shown = c.path.join('.');
      if (c.min !== undefined && count < c.min) issues.push({ pointer: at, rule: 'min', message: `UK Core requires ${shown} (at least ${c.min})` });
      if (c.max !== undefined && c.max !== '*' && count > Number(c.max)) issues.push({ pointer: at, rule: 'max', message: `UK Core allows ${shown} at most ${c.max} time${c.max === '1' ? '' : 's'}` });
      const codes = c.binding?.strength === 'required' ? this.valueSets.get(c.binding.valueSet) : undefined;
      if (!codes || value === undefined) continue;
      (Array.isArray(value) ? value : [value]).forEach((item, i) => {
        const pointer = Array.isArray(value) ? `${at}/${i}` : at;
        if (this.outside(item, codes).length > 0) issues.push({ pointer, rule: 'required-binding', message: `${shown} is bound (required) to ${c.binding!.valueSet}, which does not hold its code` });
      });
    }
    return issues;
  }

  /**
   * Each UK Core extension used where its definition allows: a context names the element's path (Patient.identifier)
   * or the data type that carries it (Address). `lookup` is where the element's children are defined.
   */
  private extensionIssues(value: unknown, type: string, lookup: readonly string[], full: string, pointer: string): ProfileIssue[] {
    if (Array.isArray(value)) return value.flatMap((item, i) => this.extensionIssues(item, type, lookup, full, `${pointer}/${i}`));
    if (value === null || typeof value !== 'object') return [];
    const issues: ProfileIssue[] = [];
    for (const [key, child] of Object.entries(value as Json)) {
      if (key === 'extension' || key === 'modifierExtension') {
        (Array.isArray(child) ? child : []).forEach((e: Json, i) => {
          const allowed = typeof e['url'] === 'string' ? this.contexts.get(e['url']) : undefined;
          const onResource = !full.includes('.');
          const bound = typeof e['url'] === 'string' ? this.extensionBindings.get(e['url']) : undefined;
          const codes = bound === undefined ? undefined : this.valueSets.get(bound);
          const coded = e['valueCodeableConcept'] ?? e['valueCoding'];
          if (codes && coded !== undefined && this.outside(coded, codes).length > 0) {
            issues.push({ pointer: `${pointer}/${key}/${i}`, rule: 'required-binding', message: `the value of ${String(e['url'])} is bound (required) to ${bound!}, which does not hold its code` });
          }
          if (allowed && !allowed.some((c) => c === full || c === type || c === 'Element' || (onResource && (c === 'Resource' || c === 'DomainResource')))) {
            issues.push({ pointer: `${pointer}/${key}/${i}`, rule: 'extension-context', message: `${String(e['url'])} may be used on ${allowed.join(', ')}, not on ${full}` });
          }
        });
        continue;
      }
      if (key === 'contained' || key.startsWith('_')) continue;
      const t = this.element(lookup, key)?.types[0];
      if (t === undefined) continue;
      const backbone = t === 'BackboneElement' || t === 'Element';
      issues.push(...this.extensionIssues(child, backbone ? 'BackboneElement' : t, backbone ? [...lookup, key] : [t], `${full}.${key}`, `${pointer}/${key}`));
    }
    return issues;
  }

  private element(path: readonly string[], key: string) {
    const [root, ...below] = path;
    return this.definitions.types.get(root!)?.elements.get([...below, key].join('.'));
  }
}

interface ValueSetCodes {
  /** 'system|code' of every code the set holds, as far as the package says. */
  readonly codes: ReadonlySet<string>;
  /** Systems whose every code is let through: not in the package, or included by a filter. */
  readonly anyOf: ReadonlySet<string>;
}

function conceptCodes(concepts: readonly Json[]): string[] {
  return concepts.flatMap((c) => [String(c['code']), ...conceptCodes((c['concept'] as Json[] | undefined) ?? [])]);
}

/** The differential's constraints on plain elements (a slice's, named 'identifier:nhsNumber', are not checked here). */
function constraintsOf(sd: Json): Constraint[] {
  const elements = ((sd['differential'] as Json | undefined)?.['element'] as Json[] | undefined) ?? [];
  const out: Constraint[] = [];
  for (const e of elements) {
    const id = String(e['id'] ?? e['path'] ?? '');
    if (id.includes(':') || id.includes('[x]')) continue;
    const [, ...path] = id.split('.');
    if (path.length === 0) continue;
    const binding = e['binding'] as Json | undefined;
    const min = typeof e['min'] === 'number' && e['min'] > 0 ? e['min'] : undefined;
    const max = typeof e['max'] === 'string' ? e['max'] : undefined;
    const bound = binding && typeof binding['valueSet'] === 'string' ? { strength: String(binding['strength']), valueSet: String(binding['valueSet']).split('|')[0]! } : undefined;
    if (min !== undefined || max !== undefined || bound?.strength === 'required') out.push({ path, min, max, binding: bound });
  }
  return out;
}

/** The objects a path of element names reaches from a resource, through lists, with their pointers. */
function select(resource: Json, path: readonly string[], pointer: string): { value: unknown; pointer: string }[] {
  let current: { value: unknown; pointer: string }[] = [{ value: resource, pointer }];
  for (const key of path) {
    const next: { value: unknown; pointer: string }[] = [];
    for (const { value, pointer: at } of current) {
      const child = (value as Json)[key];
      if (Array.isArray(child)) child.forEach((item, i) => next.push({ value: item, pointer: `${at}/${key}/${i}` }));
      else if (child !== undefined && child !== null && typeof child === 'object') next.push({ value: child, pointer: `${at}/${key}` });
    }
    current = next;
  }
  return current.filter((c) => c.value !== null && typeof c.value === 'object' && !Array.isArray(c.value));
}
