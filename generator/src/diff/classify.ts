import { formatCardinality } from '../model/occurs.ts';
import type { ClassModel, ElementModel, SpecModel, ValueSetModel } from '../model/types.ts';

/** How a change affects one kind of system. */
export type Impact = 'breaking' | 'additive' | 'none';

/** Who a change can break: a system that sends MODS data, one that receives and stores it, a consumer of reports. */
export interface Impacts {
  readonly sender: Impact;
  readonly receiver: Impact;
  readonly consumer: Impact;
}

export interface Change {
  /** A stable kind: class-added, element-cardinality-tightened, code-removed, ... */
  readonly kind: string;
  /** What changed: class, class.element, value set id, value set id#code, requirement id. */
  readonly subject: string;
  readonly message: string;
  readonly impacts: Impacts;
}

const impacts = (sender: Impact, receiver: Impact, consumer: Impact): Impacts => ({ sender, receiver, consumer });
const allBreak = impacts('breaking', 'breaking', 'breaking');
const editorial = impacts('none', 'none', 'none');
const levelRank = { MAY: 0, SHOULD: 1, MUST: 2 } as const;
const bindingRank = { example: 0, preferred: 1, extensible: 2, required: 3 } as const;

/**
 * Every difference between two models that a supplier or a reader of reports would care about, each with whom it
 * breaks. Classes, value sets and requirements are matched by their stable ids, so a rename is a rename; elements
 * by name within their class, with a removed and an added element of the same published name taken as a rename.
 */
export function classifyChanges(before: SpecModel, after: SpecModel): Change[] {
  const out: Change[] = [];
  const beforeClasses = new Map(before.classes.map((c) => [c.id, c]));
  const afterClasses = new Map(after.classes.map((c) => [c.id, c]));
  const reIdentified = reIdentifiedClasses(beforeClasses, afterClasses);
  for (const [id, c] of beforeClasses) if (!afterClasses.has(id) && !reIdentified.has(c.name)) out.push({ kind: 'class-removed', subject: c.name, message: `class ${c.name} (${c.publishedName}) removed`, impacts: impacts('breaking', 'none', 'breaking') });
  for (const [id, c] of afterClasses) {
    const was = reIdentified.get(c.name);
    if (was && was.id !== id) out.push({ kind: 'class-id-changed', subject: c.name, message: `class ${c.name}: id ${was.id} became ${id} (its data-browser classId)`, impacts: impacts('none', 'none', 'breaking') });
    const old = beforeClasses.get(id) ?? was;
    if (!old) {
      out.push({ kind: 'class-added', subject: c.name, message: `class ${c.name} (${c.publishedName}) added`, impacts: impacts('none', c.kind === 'record' ? 'additive' : 'none', 'additive') });
      continue;
    }
    if (old.name !== c.name) out.push({ kind: 'class-renamed', subject: c.name, message: `class ${old.name} renamed ${c.name}`, impacts: allBreak });
    else if (old.publishedName !== c.publishedName) out.push({ kind: 'class-relabelled', subject: c.name, message: `class ${c.name}: published name "${old.publishedName}" became "${c.publishedName}"`, impacts: impacts('none', 'none', 'additive') });
    if (old.description !== c.description) out.push({ kind: 'class-description-changed', subject: c.name, message: `class ${c.name}: description changed`, impacts: editorial });
    // The class's own mapping, then what it says of its composed elements, element by element.
    const { elements: oldOverrides, ...oldFhir } = old.fhir ?? {};
    const { elements: newOverrides, ...newFhir } = c.fhir ?? {};
    out.push(...fhirChange('class', c.name, old.fhir && oldFhir, c.fhir && newFhir));
    for (const name of [...new Set([...Object.keys(oldOverrides ?? {}), ...Object.keys(newOverrides ?? {})])].sort()) out.push(...fhirChange('element', `${c.name}.${name}`, oldOverrides?.[name], newOverrides?.[name]));
    out.push(...elementChanges(old, c, before, after));
  }
  out.push(...valueSetChanges(before, after));
  out.push(...requirementChanges(before, after));
  return out;
}

/**
 * A class whose id changed while its technical name stayed: an asc- id replaced by the classId of a data-browser
 * page found later. Matched by name, so that its element changes are listed rather than a removal and an addition.
 */
function reIdentifiedClasses(before: ReadonlyMap<string, ClassModel>, after: ReadonlyMap<string, ClassModel>): Map<string, ClassModel> {
  const gone = [...before.values()].filter((c) => !after.has(c.id));
  const fresh = new Set([...after.values()].filter((c) => !before.has(c.id)).map((c) => c.name));
  return new Map(gone.filter((c) => fresh.has(c.name)).map((c) => [c.name, c]));
}

function elementChanges(oldClass: ClassModel, newClass: ClassModel, before: SpecModel, after: SpecModel): Change[] {
  const out: Change[] = [];
  const olds = new Map(oldClass.elements.map((e) => [e.name, e]));
  const news = new Map(newClass.elements.map((e) => [e.name, e]));
  const removed = [...olds.values()].filter((e) => !news.has(e.name));
  const added = [...news.values()].filter((e) => !olds.has(e.name));
  const at = (e: ElementModel) => `${newClass.name}.${e.name}`;
  for (const r of removed) {
    const renamedTo = added.find((a) => a.publishedName === r.publishedName && a.type === r.type);
    if (renamedTo) {
      added.splice(added.indexOf(renamedTo), 1);
      out.push({ kind: 'element-renamed', subject: at(renamedTo), message: `${newClass.name}.${r.name} renamed ${renamedTo.name}`, impacts: allBreak });
      out.push(...sameElement(r, renamedTo, newClass, before, after));
    } else {
      out.push({ kind: 'element-removed', subject: `${newClass.name}.${r.name}`, message: `${newClass.name}.${r.name} removed`, impacts: impacts('breaking', 'none', 'breaking') });
    }
  }
  for (const a of added) {
    const mandatory = a.cardinality?.min === 1;
    out.push({ kind: mandatory ? 'element-added-mandatory' : 'element-added', subject: at(a), message: `${at(a)} added (${mandatory ? 'mandatory' : 'optional'})`, impacts: impacts(mandatory ? 'breaking' : 'none', 'additive', 'additive') });
  }
  for (const [name, o] of olds) {
    const n = news.get(name);
    if (n) out.push(...sameElement(o, n, newClass, before, after));
  }
  return out;
}

/**
 * A FHIR mapping added, changed or removed. It changes no MODS record, but a system that receives MODS data as FHIR
 * (through the transforms) finds it in a new place: an addition is additive for receivers, a change or removal breaks them.
 */
function fhirChange(what: 'class' | 'element', subject: string, o: object | undefined, n: object | undefined): Change[] {
  if (JSON.stringify(o) === JSON.stringify(n)) return [];
  // Where the value goes is the same: only the words about it (a note, what a round trip loses, the source) changed.
  const placement = (m: object | undefined) => {
    const { path, referenced_from: back, transform, codes, system, fixed, resource, profile, type, unmapped } = (m ?? {}) as Record<string, unknown>;
    return JSON.stringify([path, back, transform, codes, system, fixed, resource, profile, type, unmapped !== undefined]);
  };
  if (o !== undefined && n !== undefined && placement(o) === placement(n)) return [{ kind: `${what}-fhir-notes-changed`, subject, message: `${what === 'class' ? `class ${subject}` : subject}: FHIR mapping notes changed`, impacts: editorial }];
  const kind = `${what}-fhir-${o === undefined ? 'mapped' : n === undefined ? 'mapping-removed' : 'mapping-changed'}`;
  const text = o === undefined ? 'FHIR mapping added' : n === undefined ? 'FHIR mapping removed' : 'FHIR mapping changed';
  return [{ kind, subject, message: `${what === 'class' ? `class ${subject}` : subject}: ${text}`, impacts: impacts('none', o === undefined ? 'additive' : 'breaking', 'none') }];
}

function sameElement(o: ElementModel, n: ElementModel, cls: ClassModel, before: SpecModel, after: SpecModel): Change[] {
  const out: Change[] = [];
  const subject = `${cls.name}.${n.name}`;
  // Once, where the element is written: not again in every class it is composed into.
  if (n.origin.kind === 'own') out.push(...fhirChange('element', subject, o.fhir, n.fhir));
  if (o.type !== n.type || (o.target ?? '') !== (n.target ?? '')) out.push({ kind: 'element-type-changed', subject, message: `${subject}: type ${o.type}${o.target ? ` (${o.target})` : ''} became ${n.type}${n.target ? ` (${n.target})` : ''}`, impacts: allBreak });
  const oc = o.cardinality;
  const nc = n.cardinality;
  if (oc && nc && (oc.min !== nc.min || oc.max !== nc.max)) {
    const tighter = nc.min > oc.min || (oc.max === '*' && nc.max === 1);
    const looser = nc.min < oc.min || (oc.max === 1 && nc.max === '*');
    const text = `${subject}: cardinality ${formatCardinality(oc)} became ${formatCardinality(nc)}`;
    if (tighter) out.push({ kind: 'element-cardinality-tightened', subject, message: text, impacts: impacts('breaking', 'none', 'none') });
    if (looser) out.push({ kind: 'element-cardinality-loosened', subject, message: text, impacts: impacts('none', 'breaking', 'breaking') });
  }
  if ((o.valueSet ?? '') !== (n.valueSet ?? '')) out.push({ kind: 'element-value-set-changed', subject, message: `${subject}: value set ${o.valueSet ?? 'none'} became ${n.valueSet ?? 'none'}`, impacts: allBreak });
  else if (n.valueSet && (o.binding !== undefined || n.binding !== undefined)) {
    // An element's own binding; a change to the value set's binding is reported once, on the value set.
    const ob = o.binding ?? before.valueSets.find((v) => v.id === o.valueSet)?.binding;
    const nb = n.binding ?? after.valueSets.find((v) => v.id === n.valueSet)?.binding;
    if (ob && nb && ob !== nb) out.push(bindingChange(subject, ob, nb));
  }
  const ol = o.constraints.max_length;
  const nl = n.constraints.max_length;
  if (ol !== nl) {
    const tighter = nl !== undefined && (ol === undefined || nl < ol);
    out.push({ kind: tighter ? 'element-length-tightened' : 'element-length-loosened', subject, message: `${subject}: maximum length ${ol ?? 'none'} became ${nl ?? 'none'}`, impacts: tighter ? impacts('breaking', 'none', 'none') : impacts('none', 'breaking', 'none') });
  }
  if (o.authority !== n.authority) {
    // Under the default (published) profile only published obligations fail a system: a rise to published enforces a mandatory element.
    const enforced = n.authority === 'published' && n.cardinality?.min === 1;
    out.push({ kind: n.authority === 'published' ? 'element-authority-published' : 'element-authority-modelled', subject, message: `${subject}: authority ${o.authority} became ${n.authority}`, impacts: enforced ? impacts('breaking', 'none', 'none') : impacts('none', 'none', 'additive') });
  }
  if (o.sensitivity !== n.sensitivity) out.push({ kind: 'element-sensitivity-changed', subject, message: `${subject}: sensitivity ${o.sensitivity} became ${n.sensitivity}`, impacts: impacts('none', 'additive', 'additive') });
  if (o.description !== n.description || o.publishedName !== n.publishedName) out.push({ kind: 'element-described', subject, message: `${subject}: ${o.publishedName !== n.publishedName ? `published name "${o.publishedName}" became "${n.publishedName}"` : 'description changed'}`, impacts: editorial });
  return out;
}

function bindingChange(subject: string, from: keyof typeof bindingRank, to: keyof typeof bindingRank): Change {
  const tighter = bindingRank[to] > bindingRank[from];
  return { kind: tighter ? 'binding-tightened' : 'binding-loosened', subject, message: `${subject}: binding ${from} became ${to}`, impacts: tighter ? impacts('breaking', 'none', 'none') : impacts('none', 'breaking', 'breaking') };
}

function valueSetChanges(before: SpecModel, after: SpecModel): Change[] {
  const out: Change[] = [];
  const olds = new Map(before.valueSets.map((v) => [v.id, v]));
  for (const n of after.valueSets) {
    const o = olds.get(n.id);
    if (!o) {
      out.push({ kind: 'value-set-added', subject: n.id, message: `value set ${n.id} (${n.name}) added`, impacts: impacts('none', 'none', 'additive') });
      continue;
    }
    if (o.binding !== n.binding) out.push(bindingChange(n.id, o.binding, n.binding));
    out.push(...codeChanges(o, n));
  }
  for (const o of before.valueSets) if (!after.valueSets.some((v) => v.id === o.id)) out.push({ kind: 'value-set-removed', subject: o.id, message: `value set ${o.id} (${o.name}) removed`, impacts: allBreak });
  return out;
}

function codeChanges(o: ValueSetModel, n: ValueSetModel): Change[] {
  const out: Change[] = [];
  const required = n.binding === 'required';
  const olds = new Map(o.codes.map((c) => [c.code, c]));
  const news = new Map(n.codes.map((c) => [c.code, c]));
  for (const [code, c] of news) {
    const old = olds.get(code);
    if (!old) out.push({ kind: 'code-added', subject: `${n.id}#${code}`, message: `value set ${n.id}: code ${code} (${c.display}) added`, impacts: impacts('none', required ? 'breaking' : 'additive', 'additive') });
    else if (old.display !== c.display) out.push({ kind: 'code-relabelled', subject: `${n.id}#${code}`, message: `value set ${n.id}: code ${code} relabelled "${old.display}" → "${c.display}"`, impacts: impacts('none', 'none', 'additive') });
  }
  for (const [code, c] of olds) if (!news.has(code)) out.push({ kind: 'code-removed', subject: `${n.id}#${code}`, message: `value set ${n.id}: code ${code} (${c.display}) removed`, impacts: impacts(required ? 'breaking' : 'none', 'none', 'breaking') });
  return out;
}

function requirementChanges(before: SpecModel, after: SpecModel): Change[] {
  const out: Change[] = [];
  const olds = new Map(before.requirements.map((r) => [r.id, r]));
  for (const n of after.requirements) {
    const o = olds.get(n.id);
    if (!o) {
      out.push({ kind: 'requirement-added', subject: n.id, message: `requirement ${n.id} (${n.level}) added: ${n.title}`, impacts: n.level === 'MUST' ? impacts('breaking', 'breaking', 'none') : impacts('additive', 'additive', 'none') });
      continue;
    }
    if (o.level !== n.level) {
      const stricter = levelRank[n.level] > levelRank[o.level];
      out.push({ kind: stricter ? 'requirement-strengthened' : 'requirement-weakened', subject: n.id, message: `requirement ${n.id}: ${o.level} became ${n.level}`, impacts: stricter ? impacts('breaking', 'breaking', 'none') : impacts('none', 'none', 'additive') });
    }
    if (o.text !== n.text || o.title !== n.title || o.appliesTo.join() !== n.appliesTo.join()) out.push({ kind: 'requirement-changed', subject: n.id, message: `requirement ${n.id}: wording or scope changed`, impacts: o.appliesTo.join() !== n.appliesTo.join() ? impacts('additive', 'additive', 'none') : editorial });
  }
  for (const o of before.requirements) if (!after.requirements.some((r) => r.id === o.id)) out.push({ kind: 'requirement-removed', subject: o.id, message: `requirement ${o.id} removed: ${o.title}`, impacts: impacts('none', 'none', 'additive') });
  return out;
}

export type Bump = 'major' | 'minor' | 'patch' | 'none';

/**
 * The semver bump a set of changes calls for: major if any breaks anyone, minor if any adds, patch if any is
 * editorial. From a 0.x release (`from`), a breaking change calls for a minor rise: before 1.0.0 a minor rise may
 * carry breaking changes (semver's initial development), as the README says.
 */
export function requiredBump(changes: readonly Change[], from?: string): Bump {
  const all = changes.flatMap((c) => [c.impacts.sender, c.impacts.receiver, c.impacts.consumer]);
  if (all.includes('breaking')) return from !== undefined && initialDevelopment(from) ? 'minor' : 'major';
  if (all.includes('additive')) return 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}

/** A 0.x.y version: semver's initial development, where a minor rise may break. */
export function initialDevelopment(version: string): boolean {
  return /^0\.\d+\.\d+/.test(version);
}

/** Whether going from one version to another is at least the bump required (x.y.z, numbers only). */
export function bumpSatisfied(from: string, to: string, bump: Bump): boolean {
  const [a, b] = [from, to].map((v) => v.split('.').map(Number)) as [number[], number[]];
  const [ma, mi, pa] = [a[0] ?? 0, a[1] ?? 0, a[2] ?? 0];
  const [mb, mib, pb] = [b[0] ?? 0, b[1] ?? 0, b[2] ?? 0];
  const rose = mb > ma ? 'major' : mb === ma && mib > mi ? 'minor' : mb === ma && mib === mi && pb > pa ? 'patch' : 'none';
  const rank = { none: 0, patch: 1, minor: 2, major: 3 } as const;
  // Before 1.0.0 a minor rise may carry breaking changes (semver's initial development).
  if (ma === 0 && mb === 0 && bump === 'major') return rank[rose] >= rank.minor;
  return rank[rose] >= rank[bump];
}
