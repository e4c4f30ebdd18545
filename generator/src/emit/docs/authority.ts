import { lookup } from '../../model/lookup.ts';
import { formatCardinality } from '../../model/occurs.ts';
import type { Authority } from '../../model/raw.ts';
import type { ClassModel, ElementModel, SpecModel, ValueSetModel } from '../../model/types.ts';
import type { Link } from './link.ts';

/**
 * How the site words authority: whether an obligation rests on what the NHS publishes or on asc-mods modelling. The
 * words are chosen so that nobody can read a modelled obligation as one the NHS mandates.
 */

export const authorityLabels: Readonly<Record<Authority, string>> = { published: 'Published', modelled: 'Modelled' };

export const provenanceNames: Readonly<Record<string, string>> = {
  'nhs-data-browser': 'NHS data browser (published)',
  'nhs-guidance': 'NHS implementation guidance',
  'scip-draft-ig': 'Draft SCIP FHIR implementation guide',
  'nhs-data-dictionary': 'NHS Data Dictionary',
  'prsb-core': 'PRSB Core Information Standard',
  'fhir-uk-core': 'FHIR UK Core',
  'asc-mods': 'asc-mods modelling (awaiting confirmation)',
};

export const provenanceName = (provenance: string): string => provenanceNames[provenance] ?? provenance;

export const isMandatory = (element: ElementModel): boolean => element.cardinality?.min === 1;

/** What the element's cardinality means, in plain words that say who requires it. */
export function obligationText(element: ElementModel): string {
  const mandatory = isMandatory(element);
  if (element.authority === 'modelled') return mandatory ? 'Mandatory in the asc-mods model; not required by the published standard.' : 'Optional in the asc-mods model.';
  const stated = element.occurs === undefined ? '' : ` (Occurs: “${element.occurs}”)`;
  return `${mandatory ? 'Mandatory' : 'Optional'} in the published standard${stated}.`;
}

/** The class an element is written in, whose source page it carries when it names none of its own. */
function definingClass(element: ElementModel, cls: ClassModel, model: SpecModel): ClassModel | undefined {
  const name = 'from' in element.origin ? element.origin.from : element.origin.kind === 'change-log' ? undefined : cls.name;
  return name === undefined ? undefined : lookup(model).classes.get(name);
}

/**
 * The link to where an element comes from. An element that names no source of its own carries its class's page;
 * when its provenance differs from the class's, that page is not its source, and the link says so.
 */
export function elementSource(element: ElementModel, cls: ClassModel, model: SpecModel): Link | undefined {
  if (element.source === undefined) return undefined;
  const owner = definingClass(element, cls, model);
  const borrowed = owner !== undefined && owner.source === element.source && owner.provenance !== element.provenance;
  return { href: element.source, text: borrowed ? 'page of the class' : 'source page' };
}

/** An element's authority as the pages show it: the label, the plain words and where it comes from. */
export function elementAuthorityView(element: ElementModel, cls: ClassModel, model: SpecModel) {
  return {
    authority: element.authority,
    label: authorityLabels[element.authority],
    text: obligationText(element),
    provenance: provenanceName(element.provenance),
    source: elementSource(element, cls, model),
  };
}

/** Whether data must use a value set's codes because the NHS says so, or because we do. */
export function bindingAuthorityView(valueSet: ValueSetModel) {
  return {
    authority: valueSet.authority,
    label: authorityLabels[valueSet.authority],
    text: valueSet.authority === 'published' ? 'binding published' : 'binding modelled',
    provenance: provenanceName(valueSet.provenance),
    source: valueSet.source,
  };
}

/** Mandatory elements, each counted once where it is written, by authority. */
export function mandatoryCounts(classes: readonly ClassModel[], pick: (c: ClassModel) => readonly ElementModel[] = (c) => c.ownElements) {
  const mandatory = classes.flatMap((c) => pick(c).filter(isMandatory));
  const published = mandatory.filter((e) => e.authority === 'published').length;
  return { total: mandatory.length, published, modelled: mandatory.length - published };
}

/** The data browser's Occurs, or, for an obligation the guidance states instead, where it is stated. */
export function publishedOccurs(element: ElementModel): string {
  if (element.occurs !== undefined) return element.occurs;
  return `${element.cardinality ? formatCardinality(element.cardinality) : 'Cardinality'} stated in the ${provenanceName(element.provenance)}`;
}
