/**
 * Where a record can be broken: every element value it holds, found by walking the record along its class (into
 * components and arrays), and a copy-on-write update at a path, so the clean record is never changed.
 */
import type { ClassModel, ElementModel } from '../../generator/src/kit.ts';
import type { SynthContext } from './context.ts';
import { isAuditElement } from './fill.ts';

export type Path = readonly (string | number)[];

export interface Site {
  /** The path of the element's property (an array's items are under it). */
  readonly path: Path;
  readonly element: ElementModel;
  readonly owner: ClassModel;
  readonly depth: number;
  readonly value: unknown;
}

/** Every element the record holds, outside its versioned-record elements (uid, version, change log). */
export function sitesOf(ctx: SynthContext, cls: ClassModel, record: Readonly<Record<string, unknown>>): Site[] {
  const out: Site[] = [];
  walk(ctx, cls, record, [], 0, out);
  return out;
}

function walk(ctx: SynthContext, cls: ClassModel, value: Readonly<Record<string, unknown>>, path: Path, depth: number, out: Site[]): void {
  for (const element of cls.elements) {
    if (isAuditElement(element, depth) || !Object.hasOwn(value, element.name)) continue;
    const property = value[element.name];
    const at = [...path, element.name];
    out.push({ path: at, element, owner: cls, depth, value: property });
    const component = element.type === 'component' ? ctx.classes.get(element.target ?? '') : undefined;
    if (!component) continue;
    const items = Array.isArray(property) ? property : [property];
    items.forEach((item, i) => {
      if (item && typeof item === 'object') walk(ctx, component, item as Record<string, unknown>, Array.isArray(property) ? [...at, i] : at, depth + 1, out);
    });
  }
}

/** The value at a path (undefined when absent). */
export function getIn(value: unknown, path: Path): unknown {
  let at = value;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

export const remove = Symbol('remove');

/** A copy of the value with the path set (or removed), copying only the objects and arrays along the path. */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[key as number] = setIn(copy[key as number], rest, next);
    return copy as T;
  }
  const copy: Record<string | number, unknown> = { ...(value as Record<string | number, unknown>) };
  if (rest.length === 0 && next === remove) delete copy[key!];
  else copy[key!] = setIn(copy[key!], rest, next);
  return copy as T;
}
