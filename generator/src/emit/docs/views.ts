import { formatCardinality } from '../../model/occurs.ts';
import type { ClassModel, ElementModel, SpecModel } from '../../model/types.ts';
import type { SuiteTest } from '../conformance/tests.ts';
import { authorityLabels, bindingAuthorityView, elementAuthorityView, mandatoryCounts, provenanceName } from './authority.ts';

/** Plain view models for the site's templates: only data, already worded; the templates escape it. */

export interface Link {
  readonly href: string;
  readonly text: string;
}

export function classHref(name: string): string {
  return `classes/${name}.html`;
}

export function elementView(element: ElementModel, cls: ClassModel, model: SpecModel, root: string) {
  const valueSet = element.valueSet === undefined ? undefined : model.valueSets.find((v) => v.id === element.valueSet);
  const target = element.target === undefined ? undefined : model.classes.find((c) => c.name === element.target);
  return {
    id: element.name,
    name: element.name,
    publishedName: element.publishedName,
    description: element.description,
    publishedType: element.publishedType ?? '',
    occurs: element.occurs ?? '',
    type: element.type,
    target: target ? { href: `${root}${classHref(target.name)}`, text: target.publishedName } : undefined,
    cardinality: element.cardinality ? formatCardinality(element.cardinality) : 'not published',
    obligation: elementAuthorityView(element, cls, model),
    valueSet: valueSet ? { href: `${root}value-sets.html#vs-${valueSet.id}`, text: valueSet.name, binding: element.binding ?? valueSet.binding, authority: bindingAuthorityView(valueSet) } : undefined,
    sensitivity: element.sensitivity,
    legislation: element.legislation.map((id) => model.legislation.find((l) => l.id === id)?.title ?? id),
    // A requirement names an element as class.element: of this class, or of the class it came from.
    requirements: model.requirements.filter((r) => r.appliesTo.some((t) => t === `${cls.name}.${element.name}` || ('from' in element.origin && t === `${element.origin.from}.${element.name}`))).map((r) => r.id),
    note: element.note ?? '',
    inherited: element.origin.kind === 'own' ? '' : element.origin.kind === 'change-log' ? 'audit (change log)' : `from ${'from' in element.origin ? element.origin.from : ''}`,
  };
}

export function classView(cls: ClassModel, model: SpecModel, tests: readonly SuiteTest[]) {
  const root = '../';
  const usedBy = model.classes.filter((c) => c.name !== cls.name && c.ownElements.some((e) => e.target === cls.name)).map((c) => ({ href: `${root}${classHref(c.name)}`, text: c.publishedName }));
  const group = model.groups.find((g) => g.id === cls.group);
  return {
    name: cls.name,
    publishedName: cls.publishedName,
    description: cls.description,
    kind: cls.kind,
    group: group?.name ?? cls.group,
    provenance: provenanceName(cls.provenance),
    source: cls.source,
    extends: cls.extends ? { href: `${root}${classHref(cls.extends)}`, text: model.classes.find((c) => c.name === cls.extends)?.publishedName ?? cls.extends } : undefined,
    subtypes: cls.subtypes.map((s) => ({ href: `${root}${classHref(s)}`, text: model.classes.find((c) => c.name === s)?.publishedName ?? s })),
    usedBy,
    legislation: cls.legislation.map((id) => model.legislation.find((l) => l.id === id)?.title ?? id),
    notes: cls.notes,
    elements: cls.elements.map((e) => elementView(e, cls, model, root)),
    mandatory: mandatoryCounts([cls], (c) => c.elements),
    tests: tests.filter((t) => t.class === cls.name).length,
    schema: `${root}../json-schema/${cls.name}.schema.json`,
    example: cls.kind === 'record' ? `${root}../examples/${cls.name}.json` : undefined,
  };
}

export function requirementViews(model: SpecModel, tests: readonly SuiteTest[]) {
  return model.requirements.map((r) => {
    const mine = tests.filter((t) => t.requirements.includes(r.id));
    const how =
      r.check.method === 'schema'
        ? `the JSON Schemas (${r.check.keywords.join(', ')}) and \`validate\``
        : r.check.method === 'rule'
          ? `the data rule ${r.check.rule}, in \`validate\``
          : r.check.method === 'api'
            ? 'the live-API conformance suite'
            : 'attestation by the supplier';
    return {
      id: r.id,
      level: r.level,
      title: r.title,
      text: r.text,
      authority: r.authority,
      authorityLabel: authorityLabels[r.authority],
      provenance: provenanceName(r.provenance),
      source: r.source ?? '',
      how,
      tests: mine.length,
      examples: mine.slice(0, 3).map((t) => t.id),
      appliesTo: r.appliesTo.join(', '),
      legislation: r.legislation.map((id) => model.legislation.find((l) => l.id === id)?.title ?? id),
    };
  });
}

/** The requirements by profile: the data standard's own, then the asc-mods exchange API's (our design), each in spec order. */
export function requirementGroups(model: SpecModel, tests: readonly SuiteTest[]) {
  const all = requirementViews(model, tests);
  const profiles = model.requirements.map((r) => r.profile);
  return [
    {
      id: 'data-standard',
      title: 'The data standard',
      intro: 'What the data standard asks of the records a system holds. Each says whether the NHS publishes it or it is asc-mods modelling.',
      requirements: all.filter((_, i) => profiles[i] === 'data-standard'),
    },
    {
      id: 'exchange-api',
      title: 'asc-mods exchange API profile',
      intro: 'These requirements belong to the asc-mods exchange API, our own design of how systems exchange MODS records. They are not part of the NHS publication: MODS defines data, not an API, and a system can meet the published standard without offering this API.',
      requirements: all.filter((_, i) => profiles[i] === 'exchange-api'),
    },
  ].filter((g) => g.requirements.length > 0);
}
