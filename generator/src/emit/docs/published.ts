import { lookup } from '../../model/lookup.ts';
import type { ClassModel, ElementModel, SpecModel } from '../../model/types.ts';
import { authorityLabels, elementSource, isMandatory, mandatoryCounts, provenanceName, publishedOccurs } from './authority.ts';
import { classHref } from './views.ts';

/**
 * "What the published standard requires": only obligations that rest on what the NHS publishes. Every element,
 * binding and requirement here has authority 'published' in the model; nothing modelled is listed.
 */
export function publishedView(model: SpecModel) {
  const records = model.classes.filter((c) => c.kind === 'record');
  const common = (e: ElementModel) => e.origin.kind === 'record-includes' || e.origin.kind === 'change-log';
  const recordViews = records.map((c) => ({ ...classHeading(c), elements: publishedMandatory(c, model, (e) => !common(e)), modelled: c.elements.filter((e) => !common(e) && isMandatory(e) && e.authority === 'modelled').length }));
  const components = model.classes.filter((c) => c.kind === 'component').map((c) => ({ ...classHeading(c), elements: publishedMandatory(c, model, (e) => e.origin.kind === 'own'), usedBy: usesOf(c, model) }));
  const first = records[0];
  return {
    counts: mandatoryCounts(model.classes),
    common: first ? publishedMandatory(first, model, common) : [],
    records: recordViews.filter((r) => r.elements.length > 0),
    recordsWithout: recordViews.filter((r) => r.elements.length === 0).map((r) => ({ href: r.href, text: r.publishedName, modelled: r.modelled })),
    components: components.filter((c) => c.elements.length > 0),
    bindings: model.valueSets
      .filter((v) => v.authority === 'published')
      .map((v) => ({ id: v.id, name: v.name, href: `value-sets.html#vs-${v.id}`, binding: v.binding, provenance: provenanceName(v.provenance), source: v.source ?? '', codes: v.codes.length, elements: boundElements(v.id, model) })),
    levels: (['MUST', 'SHOULD', 'MAY'] as const)
      .map((level) => ({ level, requirements: model.requirements.filter((r) => r.level === level && r.authority === 'published').map((r) => ({ id: r.id, href: `requirements.html#${r.id}`, title: r.title, text: r.text, provenance: provenanceName(r.provenance), source: r.source ?? '' })) }))
      .filter((l) => l.requirements.length > 0),
  };
}

function classHeading(c: ClassModel) {
  return { id: `published-${c.name}`, name: c.name, publishedName: c.publishedName, href: classHref(c.name) };
}

/** The published mandatory elements of a class, with what the data browser gives for each. */
function publishedMandatory(c: ClassModel, model: SpecModel, keep: (e: ElementModel) => boolean) {
  return c.elements
    .filter((e) => keep(e) && isMandatory(e) && e.authority === 'published')
    .map((e) => ({
      key: `${c.name}.${e.name}`,
      href: `${classHref(c.name)}#el-${e.name}`,
      name: e.name,
      publishedName: e.publishedName,
      publishedType: e.publishedType ?? '',
      occurs: publishedOccurs(e),
      provenance: provenanceName(e.provenance),
      source: elementSource(e, c, model),
    }));
}

/** Where a component is held, and whether the published standard says the holding element occurs. */
function usesOf(component: ClassModel, model: SpecModel) {
  return lookup(model)
    .targeting(component.name)
    .filter(({ element: e }) => e.type === 'component')
    .map(({ cls: c, element: e }) => ({ href: `${classHref(c.name)}#el-${e.name}`, text: `${c.publishedName} › ${e.publishedName}`, authority: authorityLabels[e.authority] }));
}

function boundElements(valueSet: string, model: SpecModel) {
  return lookup(model)
    .binding(valueSet)
    .map(({ cls: c, element: e }) => ({ href: `${classHref(c.name)}#el-${e.name}`, text: `${c.publishedName} › ${e.publishedName}`, authority: authorityLabels[e.authority] }));
}
