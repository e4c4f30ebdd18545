import { formatCardinality } from '../../model/occurs.ts';
import { lookup } from '../../model/lookup.ts';
import type { ClassModel, ElementModel, SpecModel } from '../../model/types.ts';
import { suiteIndex, type SuiteTest } from '../conformance/tests.ts';
import { classRows } from '../../fhir/mapping-table.ts';
import { authorityLabels, bindingAuthorityView, elementAuthorityView, mandatoryCounts, provenanceName } from './authority.ts';

/** Plain view models for the site's templates: only data, already worded; the templates escape it. */

export function classHref(name: string): string {
  return `classes/${name}.html`;
}

export function elementView(element: ElementModel, cls: ClassModel, model: SpecModel, root: string) {
  const found = lookup(model);
  const valueSet = element.valueSet === undefined ? undefined : found.valueSets.get(element.valueSet);
  const target = element.target === undefined ? undefined : found.classes.get(element.target);
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
    requirements: found.naming([`${cls.name}.${element.name}`, ...('from' in element.origin ? [`${element.origin.from}.${element.name}`] : [])]).map((r) => r.id),
    note: element.note ?? '',
    inherited: element.origin.kind === 'own' ? '' : element.origin.kind === 'change-log' ? 'audit (change log)' : `from ${'from' in element.origin ? element.origin.from : ''}`,
  };
}

export function classView(cls: ClassModel, model: SpecModel, tests: readonly SuiteTest[]) {
  const root = '../';
  const found = lookup(model);
  const users = new Set(found.targeting(cls.name).map((use) => use.cls));
  users.delete(cls);
  const usedBy = [...users].map((c) => ({ href: `${root}${classHref(c.name)}`, text: c.publishedName }));
  const group = model.groups.find((g) => g.id === cls.group);
  return {
    name: cls.name,
    publishedName: cls.publishedName,
    description: cls.description,
    kind: cls.kind,
    group: group?.name ?? cls.group,
    provenance: provenanceName(cls.provenance),
    source: cls.source,
    extends: cls.extends ? { href: `${root}${classHref(cls.extends)}`, text: found.classes.get(cls.extends)?.publishedName ?? cls.extends } : undefined,
    subtypes: cls.subtypes.map((s) => ({ href: `${root}${classHref(s)}`, text: found.classes.get(s)?.publishedName ?? s })),
    usedBy,
    legislation: cls.legislation.map((id) => model.legislation.find((l) => l.id === id)?.title ?? id),
    notes: cls.notes,
    elements: cls.elements.map((e) => elementView(e, cls, model, root)),
    mandatory: mandatoryCounts([cls], (c) => c.elements),
    tests: suiteIndex(tests).ofClass(cls.name).length,
    schema: `${root}../json-schema/${cls.name}.schema.json`,
    example: cls.kind === 'record' ? `${root}../examples/${cls.name}.json` : undefined,
    fhir: fhirView(cls, model),
  };
}

/** The class's FHIR mapping for its page: the class's own line, and a line per element it carries (through components). */
export function fhirView(cls: ClassModel, model: SpecModel) {
  if (cls.kind === 'abstract' && !cls.fhir) return undefined;
  const [own, ...elements] = classRows(lookup(model), cls);
  if (!own) return undefined;
  return {
    status: own.status,
    resource: own.resource,
    profile: own.profile,
    reason: own.reason,
    provenance: own.provenance ? provenanceName(own.provenance) : '',
    note: own.note,
    elements: elements.map((r) => ({ ...r, provenance: r.provenance ? provenanceName(r.provenance) : '', mapped: r.status === 'mapped', unmapped: r.status === 'unmapped' })),
  };
}

export function requirementViews(model: SpecModel, tests: readonly SuiteTest[]) {
  const suite = suiteIndex(tests);
  return model.requirements.map((r) => {
    const mine = suite.verifying(r.id);
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
