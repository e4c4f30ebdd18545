/**
 * A larger standard, made from the real one: `scaleSpec(text, n)` is spec/mods.yaml with n − 1 renamed copies of its
 * classes, value sets and requirements, every reference in a copy pointing within that copy, so that the result
 * checks clean. It is how the tests and the bench see whether generating grows linearly with the standard.
 *
 * What stays shared, as it would in a standard that grows: the classes the conventions name (the versioned record,
 * the change log, the coding) and the subject of care, which every record is about. The groups, legislation and
 * glossary are not copied. A requirement is copied for what it names in the copied classes; what it says of every
 * record class (`'*'`) or of a shared class stays with the original, which governs the copies too. So what governs
 * each class stays the same, and the pairs of requirement and class grow linearly.
 *
 * From 2× on, the widest required value set also holds `wideCodesPerCopy` codes per copy (256 at 4×): enums of more
 * than 200 codes, which ajv compiles differently (a loop over ajv's deep-equal helper).
 */
import { parse, stringify } from 'yaml';

export const wideCodesPerCopy = 64;

/** What a scaled spec holds, for messages and the bench's table. */
export interface ScaleCounts {
  readonly classes: number;
  readonly elements: number;
  readonly valueSets: number;
  readonly codes: number;
  readonly requirements: number;
}

type Data = Record<string, any>;

export function scaleSpec(text: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`scale must be a whole number of at least 1, not ${n}`);
  if (n === 1) return text;
  const spec: Data = parse(text);
  const shared = new Set<string>([...spec.conventions.record_includes, spec.conventions.change_log, spec.conventions.coding, 'subject_of_care']);
  // A class not copied is shared by every copy, and so are the classes only it uses.
  const copied = usedBy((spec.classes as Data[]).filter((c) => !shared.has(c.name)));
  const copiedNames = new Set(copied.map((c) => c.name as string));
  const boundSets = new Set(copied.flatMap((c) => (c.elements ?? []).map((e: Data) => e.value_set)));
  const copiedSets = (spec.value_sets as Data[]).filter((v) => boundSets.has(v.id));
  const copies = Array.from({ length: n - 1 }, (_, i) => i + 1);
  const valueSetCopies = copies.flatMap((k) => copiedSets.map((v) => copyValueSet(v, k)));
  return stringify({
    ...spec,
    value_sets: [...widen(spec.value_sets, n * wideCodesPerCopy), ...valueSetCopies],
    classes: [...spec.classes, ...copies.flatMap((k) => copied.map((c) => copyClass(c, k, copiedNames)))],
    requirements: [...spec.requirements, ...copies.flatMap((k) => spec.requirements.flatMap((r: Data) => copyRequirement(r, k, copiedNames)))],
  }, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The classes worth copying: every record class, and the others that a copied class still uses (say, a component only the subject of care embeds is not). */
function usedBy(candidates: readonly Data[]): Data[] {
  let kept = [...candidates];
  for (;;) {
    const used = new Set(kept.flatMap((c) => [c.extends, ...(c.includes ?? []), ...(c.elements ?? []).map((e: Data) => e.target)]));
    const next = kept.filter((c) => c.kind === 'record' || used.has(c.name));
    if (next.length === kept.length) return kept;
    kept = next;
  }
}

export function countSpec(text: string): ScaleCounts {
  const spec: Data = parse(text);
  return {
    classes: spec.classes.length,
    elements: spec.classes.reduce((sum: number, c: Data) => sum + (c.elements?.length ?? 0), 0),
    valueSets: spec.value_sets.length,
    codes: spec.value_sets.reduce((sum: number, v: Data) => sum + v.codes.length, 0),
    requirements: spec.requirements.length,
  };
}

/** The name of item `name` in copy k: `risk` → `risk_x3`. */
export const copyName = (name: string, k: number) => `${name}_x${k}`;

/** Requirement ids keep their form (MODS-<AREA>-<nnn>): the copy's number is spelt in letters after the area. */
export function copyRequirementId(id: string, k: number): string {
  const [, area, number] = /^MODS-([A-Z]+)-([0-9]{3})$/.exec(id) ?? [];
  if (area === undefined || number === undefined) throw new Error(`unexpected requirement id ${id}`);
  let letters = '';
  for (let rest = k; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return `MODS-${area}X${letters}-${number}`;
}

/**
 * The value sets with the widest required one holding `codes` codes (its own, then numbered copies of them). Not one
 * of FHIR's own code lists (a system under hl7.org): an element mapped to FHIR's element bound to it (a report's
 * status) could not take codes FHIR does not have.
 */
function widen(valueSets: readonly Data[], codes: number): Data[] {
  const ours = (v: Data) => v.binding === 'required' && !/^https?:\/\/(?:terminology\.)?hl7\.org\//.test(String(v.system ?? ''));
  const widest = valueSets.filter(ours).reduce((a, b) => (b.codes.length > a.codes.length ? b : a));
  const base = widest.codes as Data[];
  const wide = Array.from({ length: Math.max(codes, base.length) }, (_, i) => {
    const original = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    return round === 0 ? original : { code: `${original.code}_${round}`, display: `${original.display} (${round})` };
  });
  return valueSets.map((v) => (v === widest ? { ...v, codes: wide } : v));
}

function copyValueSet(valueSet: Data, k: number): Data {
  return { ...valueSet, id: copyName(valueSet.id, k), name: `${valueSet.name} (copy ${k})` };
}

function copyClass(cls: Data, k: number, copiedNames: ReadonlySet<string>): Data {
  const rename = (name: string) => (copiedNames.has(name) ? copyName(name, k) : name);
  return {
    ...cls,
    id: `asc-${String(cls.id).replace(/^asc-/, '')}-x${k}`,
    name: copyName(cls.name, k),
    published_name: `${cls.published_name} (copy ${k})`,
    ...(cls.extends ? { extends: rename(cls.extends) } : {}),
    ...(cls.includes ? { includes: cls.includes.map(rename) } : {}),
    elements: (cls.elements ?? []).map((e: Data) => ({
      ...e,
      ...(e.value_set ? { value_set: copyName(e.value_set, k) } : {}),
      ...(e.target ? { target: rename(e.target) } : {}),
    })),
  };
}

/**
 * A requirement of copy k names that copy's classes and elements. Every record class, and what it names in a shared
 * class, is left to the original, which already governs the copies too: copies naming them would make what governs
 * each class grow with the number of copies. A requirement that names nothing else is not copied.
 */
function copyRequirement(requirement: Data, k: number, copiedNames: ReadonlySet<string>): Data[] {
  const appliesTo = (requirement.applies_to as string[]).flatMap((target) => {
    const [cls, ...element] = target.split('.');
    return copiedNames.has(cls!) ? [[copyName(cls!, k), ...element].join('.')] : [];
  });
  return appliesTo.length === 0 ? [] : [{ ...requirement, id: copyRequirementId(requirement.id, k), applies_to: [...new Set(appliesTo)] }];
}
