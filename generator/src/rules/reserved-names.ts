import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { pageSchemaName, protocolSchemaNames, typeName, valueSetSchemaName } from '../emit/naming.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/** No class takes a component name the exchange API needs for its own objects or a value set's coding: one would overwrite the other. */
export const reservedNames: Rule = {
  name: 'reserved-names',
  codes: ['reserved-name'],
  check({ model }) {
    const pages = new Map(model.classes.filter((c) => c.kind === 'record').map((c) => [pageSchemaName(c.name), c.name]));
    const codings = new Map(model.valueSets.map((v) => [valueSetSchemaName(v.id), v.id]));
    const findings: Finding[] = [];
    for (const cls of model.classes) {
      const name = typeName(cls.name);
      const page = pages.get(name);
      if (protocolSchemaNames.includes(name)) findings.push(finding('reserved-name', `class "${cls.name}" would be the API's ${name}, a name it keeps for its own object`, joinPointer(cls.pointer, 'name')));
      else if (page !== undefined) findings.push(finding('reserved-name', `class "${cls.name}" would be ${name}, the name of a page of ${page} records`, joinPointer(cls.pointer, 'name')));
      else if (codings.has(name)) findings.push(finding('reserved-name', `class "${cls.name}" would be ${name}, the name of the coding schema of value set "${codings.get(name)}"`, joinPointer(cls.pointer, 'name')));
    }
    return findings;
  },
};
