import type { ClassModel, ElementModel } from '../../model/types.ts';
import type { SqlDialect } from './dialects.ts';
import type { SqlColumn } from './layout.ts';

/*
 * Where the rules of a component meet a row of flattened columns: the element a column holds, the class a path of
 * components leads to, and, for checks.sql, the date pairs, references and required fields such a row holds.
 */

/**
 * The element a flattened column holds, walking its path through the components from the record class; for a
 * coded or reference element, the field of it the column holds (code, display, the uid …).
 */
export function leafElement(path: readonly string[], cls: ClassModel, classes: ReadonlyMap<string, ClassModel>): { element: ElementModel; field?: string } | undefined {
  let owner: ClassModel | undefined = cls;
  for (let i = 0; i < path.length && owner; i += 1) {
    const element: ElementModel | undefined = owner.elements.find((e) => e.name === path[i]);
    if (!element) return undefined;
    if (i === path.length - 1) return { element };
    if (element.type === 'coded' || element.type === 'reference') return i === path.length - 2 ? { element, field: path[i + 1]! } : undefined;
    owner = element.type === 'component' && element.target !== undefined ? classes.get(element.target) : undefined;
  }
  return undefined;
}


/** A date or date-time column of the row t as a moment to compare (a date as its first instant, as validate compares them). */
function instant(column: SqlColumn, d: SqlDialect): string {
  return column.role === 'date' ? `CAST(t.${d.identifier(column.name)} AS ${d.types.timestamp})` : `t.${d.identifier(column.name)}`;
}

/**
 * The start-before-end pairs a table's columns hold, each where the class that declares it sits: at the top of the
 * row's class, or in a component the row holds once (its columns flattened, their path led by the component's
 * names). The condition is the row's: both dates given, the end before the start.
 */
export function datePairChecks(columns: readonly SqlColumn[], root: ClassModel, classes: ReadonlyMap<string, ClassModel>, pairs: ReadonlyMap<string, readonly [string, string][]>, d: SqlDialect): { prefix: string[]; end: string; where: string }[] {
  const out: { prefix: string[]; end: string; where: string }[] = [];
  const dated = (c: SqlColumn) => c.role === 'date' || c.type === 'timestamp';
  const prefixes = new Map<string, string[]>();
  for (const c of columns) if (c.path.length > 0 && dated(c)) prefixes.set(c.path.slice(0, -1).join('/'), c.path.slice(0, -1));
  for (const prefix of prefixes.values()) {
    const owner = ownerAt(prefix, root, classes);
    for (const [start, end] of owner ? (pairs.get(owner.name) ?? []) : []) {
      const at = (name: string) => columns.find((c) => dated(c) && c.path.length === prefix.length + 1 && c.path[prefix.length] === name && prefix.every((p, i) => c.path[i] === p));
      const [s, e] = [at(start), at(end)];
      if (s && e) out.push({ prefix, end, where: `${instant(s, d)} > ${instant(e, d)}` });
    }
  }
  return out;
}

/**
 * The references a row holds once: the record type and uid columns of each, by the path of the reference element
 * (from root, through components held once). With no root, the row is an item of a list of references: its own
 * two columns, at the path [].
 */
export function referenceColumns(columns: readonly SqlColumn[], root: ClassModel | undefined, classes: ReadonlyMap<string, ClassModel>, typeField: string): { prefix: string[]; type: SqlColumn; uid: SqlColumn }[] {
  const out: { prefix: string[]; type: SqlColumn; uid: SqlColumn }[] = [];
  for (const uid of columns.filter((c) => c.path.length > 0 && c.path.at(-1) === 'record_uid')) {
    const prefix = uid.path.slice(0, -1);
    const type = columns.find((c) => c.path.length === uid.path.length && c.path.at(-1) === typeField && prefix.every((p, i) => c.path[i] === p));
    if (!type) continue;
    if (root === undefined) {
      if (prefix.length === 0) out.push({ prefix, type, uid });
      continue;
    }
    const found = prefix.length > 0 ? leafElement(prefix, root, classes) : undefined;
    const owner = ownerAt(prefix.slice(0, -1), root, classes);
    if (found?.element.type === 'reference' && found.field === undefined && found.element.cardinality?.max !== '*' && owner) out.push({ prefix, type, uid });
  }
  return out;
}

/**
 * The fields a component requires, in a row that holds the component once (its columns flattened under the path of
 * component names that leads to it): absent while another of the component's columns has a value.
 */
export function requiredInComponents(columns: readonly SqlColumn[], root: ClassModel, classes: ReadonlyMap<string, ClassModel>, id: (name: string) => string): { prefix: string[]; field: string; where: string }[] {
  const out: { prefix: string[]; field: string; where: string }[] = [];
  const under = (prefix: readonly string[]) => columns.filter((c) => c.role !== 'date-precision' && c.path.length > prefix.length && prefix.every((p, i) => c.path[i] === p));
  const prefixes = new Map<string, string[]>();
  for (const c of columns) for (let n = 1; n < c.path.length; n += 1) prefixes.set(c.path.slice(0, n).join('/'), c.path.slice(0, n));
  for (const prefix of prefixes.values()) {
    const owner = ownerAt(prefix, root, classes);
    if (!owner) continue;
    const inComponent = under(prefix);
    for (const field of owner.elements.filter((e) => e.cardinality?.min === 1 && e.cardinality.max === 1)) {
      const own = under([...prefix, field.name]);
      const others = inComponent.filter((c) => !own.includes(c));
      if (own.length > 0 && others.length > 0) out.push({ prefix, field: field.name, where: `${own.map((c) => `t.${id(c.name)} IS NULL`).join(' AND ')} AND (${others.map((c) => `t.${id(c.name)} IS NOT NULL`).join(' OR ')})` });
    }
  }
  return out;
}

/** The class whose elements a path of component names leads to, from root; undefined where it leaves components. */
export function ownerAt(prefix: readonly string[], root: ClassModel, classes: ReadonlyMap<string, ClassModel>): ClassModel | undefined {
  let owner: ClassModel | undefined = root;
  for (const name of prefix) {
    const element: ElementModel | undefined = owner?.elements.find((e) => e.name === name);
    owner = element?.type === 'component' && element.target !== undefined && element.cardinality?.max !== '*' ? classes.get(element.target) : undefined;
    if (!owner) return undefined;
  }
  return owner;
}
