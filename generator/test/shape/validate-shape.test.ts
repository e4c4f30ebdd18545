import { describe, expect, it } from 'vitest';
import { checkSpecText } from '../../src/pipeline.ts';
import { checkEdited } from '../support/spec-builder.ts';
import type { Draft } from '../support/spec-builder.ts';

const shapeOf = (edit: (d: Draft) => void) => {
  const result = checkEdited(edit);
  return { reached: result.reached, got: result.diagnostics.map((d) => `${d.code} ${d.source.pointer}`), messages: result.diagnostics.map((d) => d.message) };
};

describe('validate shape: data → the format schema', () => {
  it.each([
    { name: 'an unknown top-level key', edit: (d: Draft) => (d.extra = 1), want: ['unknown-key /extra'] },
    { name: 'an unknown key in an element', edit: (d: Draft) => (d.classes[3].elements[0].colour = 'red'), want: ['unknown-key /classes/3/elements/0/colour'] },
    { name: 'a missing required key', edit: (d: Draft) => delete d.classes[3].kind, want: ['missing-key /classes/3'] },
    { name: 'a missing description', edit: (d: Draft) => delete d.value_sets[0].description, want: ['missing-description /value_sets/0'] },
    { name: 'an empty description', edit: (d: Draft) => (d.groups[0].description = ''), want: ['missing-description /groups/0/description'] },
    { name: 'a blank definition', edit: (d: Draft) => (d.glossary[0].definition = '   '), want: ['invalid-value /glossary/0/definition'] },
    { name: 'a string where a list belongs', edit: (d: Draft) => (d.classes[3].legislation = 'test_act'), want: ['wrong-type /classes/3/legislation'] },
    { name: 'a mapping where a string belongs', edit: (d: Draft) => (d.standard.name = { x: 1 }), want: ['wrong-type /standard/name'] },
    { name: 'a value outside an enum', edit: (d: Draft) => (d.classes[3].elements[0].type = 'string'), want: ['invalid-value /classes/3/elements/0/type'] },
    { name: 'the wrong format version', edit: (d: Draft) => (d.format = 'asc-mods/2'), want: ['invalid-value /format'] },
    { name: 'a date that does not exist', edit: (d: Draft) => (d.standard.effective_date = '2024-02-30x'), want: ['invalid-format /standard/effective_date'] },
    { name: 'a release that is not semver', edit: (d: Draft) => (d.standard.release = 'v1'), want: ['invalid-format /standard/release'] },
    { name: 'a class id that is neither a classId nor asc-', edit: (d: Draft) => (d.classes[3].id = 'Person'), want: ['invalid-format /classes/3/id'] },
    { name: 'a requirement id of the wrong form', edit: (d: Draft) => (d.requirements[0].id = 'MODS-1'), want: ['invalid-format /requirements/0/id'] },
    { name: 'a URL without a scheme', edit: (d: Draft) => (d.legislation[0].url = 'example.org/act'), want: ['invalid-format /legislation/0/url'] },
    { name: 'no sources', edit: (d: Draft) => (d.standard.sources = []), want: ['invalid-shape /standard/sources'] },
    { name: 'a repeated legislation link', edit: (d: Draft) => (d.classes[3].legislation = ['test_act', 'test_act']), want: ['invalid-shape /classes/3/legislation'] },
    { name: 'empty constraints', edit: (d: Draft) => (d.classes[3].elements[1].constraints = {}), want: ['invalid-shape /classes/3/elements/1/constraints'] },
    { name: 'a negative length', edit: (d: Draft) => (d.classes[3].elements[1].constraints = { min_length: -1 }), want: ['invalid-value /classes/3/elements/1/constraints/min_length'] },
    { name: 'a document that is a list', edit: (d: Draft) => { for (const k of Object.keys(d)) delete d[k]; }, want: expectMissingEverything() },
  ])('$name', ({ edit, want }) => {
    const { reached, got } = shapeOf(edit);
    expect(reached).toBe('validate-shape');
    expect(got).toEqual(want);
  });

  it('collects every shape error in one run', () => {
    const { got } = shapeOf((d) => {
      d.extra = 1;
      d.classes[3].kind = 'recrod';
      d.standard.release = 'v1';
    });
    expect(got).toEqual(['invalid-format /standard/release', 'invalid-value /classes/3/kind', 'unknown-key /extra']);
  });

  it('suggests the key a typo was meant to be, and names the item it is in', () => {
    const { messages } = shapeOf((d) => {
      d.classes[3].elements[0].tpye = d.classes[3].elements[0].type;
      delete d.classes[3].elements[0].type;
    });
    expect(messages).toContain('class "person", element "favourite_colour": unknown key "tpye" (did you mean "type"?)');
  });

  it.each([
    ['', 'the file holds no YAML document; a spec is a mapping that starts with "format: asc-mods/1"'],
    ['- a\n- b\n', 'the document is a list; a spec is a mapping that starts with "format: asc-mods/1"'],
    ['just text\n', 'the document is a string; a spec is a mapping that starts with "format: asc-mods/1"'],
  ])('says what a spec looks like when the document is not a mapping (%j)', (text, want) => {
    const result = checkSpecText('t.yaml', text);
    expect(result.diagnostics.map((d) => `${d.code} ${d.source.range.start.line}:${d.source.range.start.column} ${d.message}`)).toEqual([`wrong-type 1:1 ${want}`]);
  });

  it('lists the allowed values of an enum', () => {
    const { messages } = shapeOf((d) => (d.classes[3].elements[0].sensitivity = 'secret'));
    expect(messages).toEqual(['class "person", element "favourite_colour": "secret" is not allowed; use one of none, personal, special-category']);
  });
});

function expectMissingEverything(): string[] {
  return ['classes', 'conventions', 'format', 'glossary', 'groups', 'legislation', 'requirements', 'standard', 'value_sets'].map(() => 'missing-key ');
}

describe('shape and semantics in one run', () => {
  it('a typo in one element does not hide a bad reference elsewhere, and is not echoed by the rules', async () => {
    const { readFileSync } = await import('node:fs');
    const { realSpecPath } = await import('../support/paths.ts');
    let text = readFileSync(realSpecPath, 'utf8');
    text = text.replace('        published_name: Preferred name\n', '        publishd_name: Preferred name\n');
    const at = text.indexOf('target:', text.indexOf('type: reference'));
    text = `${text.slice(0, at)}target: no_such_class${text.slice(text.indexOf('\n', at))}`;
    const result = checkSpecText('mods.yaml', text);
    const codes = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).sort();
    expect(codes).toEqual(['missing-key', 'unknown-key', 'unresolved-reference']);
    expect(result.model).toBeUndefined();
  });
});
