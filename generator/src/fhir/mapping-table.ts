import type { SpecIndex } from '../model/index.ts';
import type { Provenance } from '../model/raw.ts';
import type { ClassModel, ElementModel, SpecModel } from '../model/types.ts';
import { classFhir } from './class-mapping.ts';

/** Components nest a few levels at most; deeper is a cycle, which the class rules report. */
const maxDepth = 8;

/** One line of the FHIR mapping, as an integrator reads it: a MODS element of a class, and where it goes. */
export interface MappingRow {
  readonly class: string;
  /** The element's path in a MODS record, through components (`name.family`); empty for a class's own line. */
  readonly element: string;
  readonly status: 'mapped' | 'unmapped' | 'not-mapped-yet';
  /** The resource or data type the line starts from, and its UK Core profile. */
  readonly resource: string;
  readonly profile: string;
  /** The whole FHIR path, from the resource (`Patient.name.family`); empty unless mapped. */
  readonly fhirPath: string;
  /** Why not (unmapped), or what a round trip loses (mapped). */
  readonly reason: string;
  readonly lossy: string;
  readonly transform: string;
  readonly provenance: Provenance | '';
  readonly note: string;
}

/**
 * The FHIR mapping of every class, flattened: for each record class, a line for the class and one per element it
 * carries (following components along their paths), and for each component class the same from its own type. An
 * element with no mapping yet is listed too, so the gaps show.
 */
export function mappingRows(model: SpecModel, index: Pick<SpecIndex, 'classes'>): MappingRow[] {
  return model.classes.filter((c) => c.kind !== 'abstract').flatMap((c) => classRows(index, c));
}

/** The lines of one class (see mappingRows): its own line first. */
export function classRows(index: Pick<SpecIndex, 'classes'>, cls: ClassModel): MappingRow[] {
  const found = classFhir(index, cls);
  const m = found?.mapping;
  const root = m?.unmapped === undefined ? (m?.resource ?? m?.type ?? '') : '';
  const profile = m?.profile ?? '';
  const own: MappingRow = {
    class: cls.name,
    element: '',
    status: !m ? 'not-mapped-yet' : m.unmapped !== undefined ? 'unmapped' : 'mapped',
    resource: root,
    profile,
    fhirPath: root,
    reason: m?.unmapped ?? '',
    lossy: '',
    transform: sortedEntries(m?.fixed).map(([path, value]) => `fixed: ${path} = ${String(value)}`).join('; '),
    provenance: m?.provenance ?? '',
    note: [found && found.from !== cls ? `from ${found.from.name}` : '', m?.note ?? ''].filter(Boolean).join('; '),
  };
  if (root === '') return [own];
  const rows: MappingRow[] = [own];
  const walk = (elements: readonly ElementModel[], prefix: string, at: string, depth: number) => {
    if (depth > maxDepth) return;
    for (const element of elements) {
      const e = element.fhir;
      const name = prefix + element.name;
      const provenance: Provenance | '' = e?.provenance ?? (e ? (m?.provenance ?? '') : '');
      // A concept map shows with the transform, code by code, in the code system it writes.
      const codes = sortedEntries(e?.codes).map(([mods, fhir]) => `${mods} → ${fhir}`).join('; ');
      const transform = [e?.transform ?? '', codes === '' ? '' : `codes: ${codes}`, e?.system === undefined ? '' : `system: ${e.system}`].filter(Boolean).join('; ');
      const base = { class: cls.name, element: name, resource: root, profile, lossy: e?.lossy ?? '', transform, provenance, note: e?.note ?? '' };
      const target = element.type === 'component' && element.target ? index.classes.get(element.target) : undefined;
      if (!e) {
        rows.push({ ...base, status: 'not-mapped-yet', fhirPath: '', reason: '' });
      } else if (e.referenced_from !== undefined && e.unmapped === undefined) {
        // Entries that stand as resources of their own (Provenance): their elements' paths start from that resource.
        const [resource] = e.referenced_from.split('.');
        rows.push({ ...base, status: 'mapped', fhirPath: `${resource!} (one each, ${e.referenced_from} → ${at})`, reason: '' });
        if (target) walk(target.elements, `${name}.`, resource!, depth + 1);
      } else if (e.unmapped !== undefined || e.path === undefined) {
        rows.push({ ...base, status: 'unmapped', fhirPath: '', reason: e.unmapped ?? '' });
      } else {
        const full = e.path === '$this' ? at : `${at}.${e.path}`;
        rows.push({ ...base, status: 'mapped', fhirPath: full, reason: '' });
        if (target) walk(target.elements, `${name}.`, full, depth + 1);
      }
    }
  };
  walk(cls.elements, '', root, 0);
  return rows;
}

/** How many lines of each status, over every record class's elements: the mapping's progress. */
export function mappingCounts(rows: readonly MappingRow[]): { readonly mapped: number; readonly unmapped: number; readonly notYet: number } {
  const elements = rows.filter((r) => r.element !== '');
  return { mapped: elements.filter((r) => r.status === 'mapped').length, unmapped: elements.filter((r) => r.status === 'unmapped').length, notYet: elements.filter((r) => r.status === 'not-mapped-yet').length };
}

/** A map's entries by key, so that the table does not change with the order the YAML gives them in. */
function sortedEntries<T>(map: Readonly<Record<string, T>> | undefined): [string, T][] {
  return Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
