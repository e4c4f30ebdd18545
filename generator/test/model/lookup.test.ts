import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/model/lookup.ts';
import type { SpecModel } from '../../src/model/types.ts';
import { checkSpecText } from '../../src/pipeline.ts';
import { kitchenSinkPath, realSpecPath } from '../support/paths.ts';

const models: [string, SpecModel][] = [
  ['the real spec', checkSpecText('spec/mods.yaml', readFileSync(realSpecPath, 'utf8')).model!],
  ['the kitchen sink', checkSpecText('kitchen-sink.yaml', readFileSync(kitchenSinkPath, 'utf8')).model!],
];

// What each lookup must give: the same as scanning the model, as the emitters did before it.
describe.each(models)('lookups over %s', (_name, model) => {
  const found = lookup(model);

  it('is built once per model', () => expect(lookup(model)).toBe(found));

  it('finds every class, value set and requirement by name', () => {
    for (const c of model.classes) expect(found.classes.get(c.name)).toBe(c);
    for (const v of model.valueSets) expect(found.valueSets.get(v.id)).toBe(v);
    for (const r of model.requirements) expect(found.requirements.get(r.id)).toBe(r);
    expect(found.classes.get('no_such_class')).toBeUndefined();
  });

  it('gives the requirements naming any of some targets, each once, in spec order', () => {
    const scan = (targets: readonly string[]) => model.requirements.filter((r) => r.appliesTo.some((t) => targets.includes(t)));
    const targetSets = [['*'], ...model.classes.flatMap((c) => [[c.name], [c.name, '*'], ...c.elements.map((e) => ['*', c.name, `${c.name}.${e.name}`, ...('from' in e.origin ? [`${e.origin.from}.${e.name}`] : [])])]), [], ['nothing.at_all']];
    for (const targets of targetSets) expect(found.naming(targets)).toEqual(scan(targets));
  });

  it('gives the own elements that target a class or bind a value set, in spec order', () => {
    for (const c of model.classes) {
      const scan = model.classes.flatMap((cls) => cls.ownElements.filter((e) => e.target === c.name).map((element) => ({ cls, element })));
      expect(found.targeting(c.name)).toEqual(scan);
    }
    for (const v of model.valueSets) {
      const scan = model.classes.flatMap((cls) => cls.ownElements.filter((e) => e.valueSet === v.id).map((element) => ({ cls, element })));
      expect(found.binding(v.id)).toEqual(scan);
    }
  });
});
