import { describe, expect, it } from 'vitest';
import { isSnakeCase, snakeCaseNames, toSnakeCase } from '../../src/rules/snake-case.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(snakeCaseNames, [
  { name: 'a class name in PascalCase', edit: (d) => { d.classes[3].name = 'Person'; d.glossary[0].related = ['Person']; d.requirements[0].applies_to = ['Person.nhs_number']; }, want: [{ code: 'name-not-snake-case', pointer: '/classes/3/name' }] },
  { name: 'an element name in camelCase', edit: (d) => (d.classes[3].elements[0].name = 'favouriteColour'), want: [{ code: 'name-not-snake-case', pointer: '/classes/3/elements/0/name' }] },
  { name: 'a value set id with hyphens', edit: (d) => { d.value_sets[0].id = 'my-colour'; d.classes[3].elements[0].value_set = 'my-colour'; }, want: [{ code: 'name-not-snake-case', pointer: '/value_sets/0/id' }] },
  { name: 'a group id with a double underscore', edit: (d) => { d.groups[0].id = 'core__x'; for (const c of d.classes) c.group = 'core__x'; }, want: [{ code: 'name-not-snake-case', pointer: '/groups/0/id' }] },
  { name: 'a legislation id starting with a digit', edit: (d) => { d.legislation[0].id = '2014_act'; d.classes[3].legislation = ['2014_act']; }, want: [{ code: 'name-not-snake-case', pointer: '/legislation/0/id' }] },
  { name: 'a glossary id with a trailing underscore', edit: (d) => (d.glossary[0].id = 'person_'), want: [{ code: 'name-not-snake-case', pointer: '/glossary/0/id' }] },
  { name: 'a record type field in camelCase', edit: (d) => (d.conventions.record_type_field = 'recordType'), want: [{ code: 'name-not-snake-case', pointer: '/conventions/record_type_field' }] },
]);

describe('snake case helpers', () => {
  it.each([
    ['date_of_birth', true],
    ['a1_b2', true],
    ['dateOfBirth', false],
    ['_x', false],
    ['x_', false],
    ['x__y', false],
    ['1x', false],
    ['', false],
  ])('isSnakeCase(%j) is %j', (name, want) => expect(isSnakeCase(name)).toBe(want));

  it.each([
    ['dateOfBirth', 'date_of_birth'],
    ['Date of birth', 'date_of_birth'],
    ['my-colour', 'my_colour'],
    ['2014 act', 'x_2014_act'],
  ])('toSnakeCase(%j) is %j', (name, want) => expect(toSnakeCase(name)).toBe(want));
});
