import { modelledMandatory } from '../../model/authority.ts';
import { lookup } from '../../model/lookup.ts';
import { kebabName } from '../naming.ts';
import type { ElementModel, SpecModel } from '../../model/types.ts';
import type { ClassExamples } from '../examples/emit.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import { toJson } from '../json.ts';
import { attestationSchema, attestationSchemaFile } from './attestation-schema.ts';
import { buildFixtures, missingTargetUid, type ClassFixtures } from './fixtures.ts';
import { coverage, subjectReference, suiteTests, type SuiteTest } from './tests.ts';

export const conformanceDir = 'conformance';
const subjectClass = 'subject_of_care';

/**
 * generated/conformance/: the definitions of the live-API suite that conformance/ runs. suite.json lists every test
 * (stable id, title, requirements, level), the coverage of every requirement, each class's path and the order in
 * which the minimal records are created; classes/<class>.json holds what is sent for that class.
 */
export function emitConformance(model: SpecModel, examples: ReadonlyMap<string, ClassExamples>): GeneratedFile[] {
  const typeField = model.conventions.record_type_field;
  const { fixtures, tests } = conformanceSuite(model, examples);
  const found = lookup(model);
  const classes = found.classes;
  const suite = {
    $comment: `${bannerText} Synthetic data: no real person.`,
    standard: model.standard.reference,
    release: model.standard.release,
    typeField,
    subjectClass,
    missingTargetUid,
    classes: [...fixtures.keys()].map((name) => {
      const cls = classes.get(name)!;
      const subject = subjectReference(cls, subjectClass);
      // Reports mask what a system sends back in these elements: it may hold real people's records.
      const sensitive = sensitivePaths(model, cls.elements, '', 0);
      // The classes whose minimal records this class's fixtures refer to: the runner creates those first.
      const f = fixtures.get(name)!;
      const refersTo = new Set<string>();
      for (const part of [f.minimal, f.full]) collectTypes(part, typeField, refersTo, part);
      // What an assurance pack lists per element: its published name, level, authority and binding.
      const elements = cls.elements.map((e) => ({
        name: e.name,
        publishedName: e.publishedName,
        level: e.cardinality?.min === 1 ? 'Must' : 'May',
        authority: e.authority,
        provenance: e.provenance,
        ...(e.occurs === undefined ? {} : { occurs: e.occurs }),
        ...(e.type === 'coded' && e.valueSet !== undefined ? { valueSet: e.valueSet, bindingAuthority: found.valueSets.get(e.valueSet)?.authority ?? 'modelled' } : {}),
      }));
      return { record_type: name, title: cls.publishedName, path: `/${kebabName(name)}`, ...(subject ? { subjectElement: subject } : {}), sensitive, modelledMandatory: modelledMandatory(cls, classes), elements, refersTo: [...refersTo].filter((r) => fixtures.has(r)).sort(), fixtures: `classes/${name}.json` };
    }),
    anchorOrder: anchorOrder(fixtures, typeField),
    tests,
    coverage: coverage(model, tests),
  };
  return [
    { path: `${conformanceDir}/suite.json`, content: toJson(suite) },
    { path: `${conformanceDir}/${attestationSchemaFile}`, content: toJson(attestationSchema(model, new Set(suite.coverage.filter((c) => c.tests.length === 0).map((c) => c.requirement)))) },
    ...[...fixtures].map(([name, f]) => ({ path: `${conformanceDir}/classes/${name}.json`, content: toJson({ $comment: `${bannerText} Synthetic data: no real person.`, class: name, ...f }) })),
  ];
}

const suites = new WeakMap<SpecModel, { fixtures: Map<string, ClassFixtures>; tests: SuiteTest[] }>();

/** The suite's fixtures and tests for a model: built once, shared by this emitter and the site (which lists the tests). */
export function conformanceSuite(model: SpecModel, examples: ReadonlyMap<string, ClassExamples>): { fixtures: ReadonlyMap<string, ClassFixtures>; tests: readonly SuiteTest[] } {
  let suite = suites.get(model);
  if (!suite) {
    const fixtures = new Map<string, ClassFixtures>();
    for (const cls of model.classes.filter((c) => c.kind === 'record')) {
      const example = examples.get(cls.name);
      if (example) fixtures.set(cls.name, buildFixtures(model, cls, example.valid));
    }
    suites.set(model, (suite = { fixtures, tests: suiteTests(model, fixtures, subjectClass) }));
  }
  return suite;
}

/**
 * The order to create the minimal records in: each after those it refers to (a record may refer to itself). The
 * minimal records hold only mandatory elements, whose references never go round in a circle; if a spec change made
 * them, the classes in the circle come last, in spec order, and the suite reports what the system refused.
 */
function anchorOrder(fixtures: ReadonlyMap<string, ClassFixtures>, typeField: string): string[] {
  const needs = new Map<string, Set<string>>();
  for (const [name, f] of fixtures) {
    const refs = new Set<string>();
    collectTypes(f.minimal, typeField, refs, f.minimal);
    refs.delete(name);
    needs.set(name, new Set([...refs].filter((r) => fixtures.has(r))));
  }
  const order: string[] = [];
  const done = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const [name, refs] of needs) {
      if (done.has(name) || ![...refs].every((r) => done.has(r))) continue;
      order.push(name);
      done.add(name);
      progress = true;
    }
  }
  for (const name of needs.keys()) if (!done.has(name)) order.push(name);
  return order;
}

/**
 * The personal and special-category elements of a class, as dotted paths through its components (an element that
 * is itself sensitive is masked whole, so the paths stop there).
 */
function sensitivePaths(model: SpecModel, elements: readonly ElementModel[], prefix: string, depth: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of elements) {
    const path = `${prefix}${e.name}`;
    if (e.sensitivity !== 'none') out[path] = e.sensitivity;
    else if (e.type === 'component' && depth < 4) {
      const target = lookup(model).classes.get(e.target ?? '');
      if (target) Object.assign(out, sensitivePaths(model, target.elements, `${path}.`, depth + 1));
    }
  }
  return out;
}

function collectTypes(value: unknown, typeField: string, out: Set<string>, top: unknown): void {
  if (Array.isArray(value)) for (const v of value) collectTypes(v, typeField, out, top);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (value !== top && typeof record[typeField] === 'string' && typeof record['record_uid'] === 'string') out.add(record[typeField] as string);
    for (const v of Object.values(record)) collectTypes(v, typeField, out, top);
  }
}
