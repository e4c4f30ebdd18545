import type { FhirDefinitions, FhirElement } from './definitions.ts';

/**
 * The FHIRPath subset a mapping's path is written in: element names joined by dots (a choice by its JSON name,
 * `deceasedDateTime`), `where(child = 'value')` to pick among repeats (`identifier.where(system = '…').value`), and
 * `extension('url')` for an extension, `line[0]` for one item of a list by its place, and `$this` alone for a component
 * whose elements sit on its parent's resource or type itself. Enough to say where every MODS element goes, and simple enough that the
 * transforms can follow it both ways.
 */
export type PathStep =
  | { readonly kind: 'element'; readonly name: string; readonly index?: number }
  | { readonly kind: 'where'; readonly field: string; readonly value: string }
  | { readonly kind: 'extension'; readonly url: string };

const stepPattern = /^(?:where\(\s*([a-z][A-Za-z0-9]*)\s*=\s*'([^'\\]*)'\s*\)|extension\(\s*'([^'\\]+)'\s*\)|([a-z][A-Za-z0-9]*)(?:\[([0-9]{1,3})\])?(?![A-Za-z0-9(\[]))/;

/** A path's steps, or where it stops being one. */
export function parseFhirPath(text: string): { readonly steps: readonly PathStep[] } | { readonly error: string } {
  if (text === '$this') return { steps: [] };
  const steps: PathStep[] = [];
  let rest = text;
  while (true) {
    const m = stepPattern.exec(rest);
    if (!m) return { error: rest === text ? `"${text}" does not start with an element name` : `"${text}" cannot be read from "${rest}"` };
    if (m[1] !== undefined) steps.push({ kind: 'where', field: m[1], value: m[2]! });
    else if (m[3] !== undefined) steps.push({ kind: 'extension', url: m[3] });
    else steps.push(m[5] === undefined ? { kind: 'element', name: m[4]! } : { kind: 'element', name: m[4]!, index: Number(m[5]) });
    rest = rest.slice(m[0].length);
    if (rest === '') return { steps };
    if (!rest.startsWith('.')) return { error: `"${text}" cannot be read from "${rest}"` };
    rest = rest.slice(1);
  }
}

/** Where a path ends: the FHIR type it holds, and whether any step on the way repeats (so it can hold several values). */
export interface ResolvedPath {
  /** A type's name, or for a backbone element its path ('Patient.contact'). */
  readonly type: string;
  readonly repeats: boolean;
  /** The last element's own definition (undefined when the path ends in an extension). */
  readonly element: FhirElement | undefined;
  /** Per step: whether its JSON value is a list, and its FHIR type (for where(), the type of the field it tests). */
  readonly steps: readonly StepInfo[];
}

export interface StepInfo {
  readonly list: boolean;
  readonly type: string;
  /** An element step's key in its type's definition ('occurrence[x]' for occurrenceDateTime); '' for other steps. */
  readonly key: string;
}

/** The element a path names on a FHIR type, or why it names none. */
export function resolveFhirPath(definitions: FhirDefinitions, root: string, steps: readonly PathStep[]): ResolvedPath | { readonly error: string } {
  // Where the walk is: a type, and a path below it when inside one of its backbone elements (a root such as
  // 'Patient.contact' starts there).
  const dot = root.indexOf('.');
  let type = dot === -1 ? root : root.slice(0, dot);
  let prefix = dot === -1 ? '' : `${root.slice(dot + 1)}.`;
  let repeats = false;
  let last: FhirElement | undefined;
  const infos: StepInfo[] = [];
  const walked: string[] = [];
  const here = () => (walked.length === 0 ? type : `${root}.${walked.join('.')}`);
  for (const step of steps) {
    if (step.kind === 'where') {
      const field = definitions.types.get(type)?.elements.get(prefix + step.field);
      if (!field) return { error: `where() names "${step.field}", which ${here()} does not have` };
      infos.push({ list: false, type: field.types[0] ?? 'string', key: '' });
      walked.push(`where(${step.field} = '${step.value}')`);
      continue;
    }
    if (step.kind === 'extension') {
      if (!definitions.types.get(type)?.elements.has(`${prefix}extension`)) return { error: `${here()} cannot carry an extension` };
      ((type = 'Extension'), (prefix = ''), (last = undefined), (repeats = true));
      infos.push({ list: true, type: 'Extension', key: 'extension' });
      walked.push(`extension('${step.url}')`);
      continue;
    }
    const found = findElement(definitions, type, prefix, step.name);
    if ('error' in found) return { error: `${here()} has no element "${step.name}"${found.error}` };
    last = found.element;
    if (step.index !== undefined && found.element.max !== '*') return { error: `${here()} has one "${step.name}", not a list to take [${step.index}] of` };
    if (found.element.max === '*' && step.index === undefined) repeats = true;
    infos.push({ list: found.element.max === '*', type: found.type === 'BackboneElement' || found.type === 'Element' ? 'BackboneElement' : found.type, key: found.key });
    if (found.type === 'BackboneElement' || found.type === 'Element') prefix = `${prefix}${found.key}.`;
    else ((type = found.type), (prefix = ''));
    walked.push(step.index === undefined ? step.name : `${step.name}[${step.index}]`);
  }
  return { type: prefix === '' ? type : `${type}.${prefix.slice(0, -1)}`, repeats, element: last, steps: infos };
}

function findElement(definitions: FhirDefinitions, type: string, prefix: string, name: string): { element: FhirElement; key: string; type: string } | { error: string } {
  const elements = definitions.types.get(type)?.elements;
  if (!elements) return { error: '' };
  const direct = elements.get(prefix + name);
  if (direct) {
    if (direct.types.length !== 1) return { error: '' };
    return { element: direct, key: name, type: direct.types[0]! };
  }
  // A choice, named as in JSON: valueString is value[x] holding a string.
  for (let cut = name.length - 1; cut > 0; cut -= 1) {
    const choice = elements.get(`${prefix}${name.slice(0, cut)}[x]`);
    if (!choice) continue;
    const suffix = name.slice(cut);
    const chosen = choice.types.find((t) => t.charAt(0).toUpperCase() + t.slice(1) === suffix);
    if (chosen) return { element: choice, key: `${name.slice(0, cut)}[x]`, type: chosen };
    return { error: ` (it is a choice of ${choice.types.map((t) => name.slice(0, cut) + t.charAt(0).toUpperCase() + t.slice(1)).join(', ')})` };
  }
  const choice = elements.get(`${prefix}${name}[x]`);
  if (choice) return { error: ` (it is a choice: name the type, as ${choice.types.slice(0, 2).map((t) => name + t.charAt(0).toUpperCase() + t.slice(1)).join(' or ')})` };
  return { error: '' };
}

/** A path read and followed from a root, or undefined when it cannot be (the spec checker says why). */
export function followFhirPath(definitions: FhirDefinitions, root: string, text: string): { readonly steps: readonly PathStep[]; readonly resolved: ResolvedPath } | undefined {
  const parsed = parseFhirPath(text);
  if ('error' in parsed) return undefined;
  const resolved = resolveFhirPath(definitions, root, parsed.steps);
  return 'error' in resolved ? undefined : { steps: parsed.steps, resolved };
}
