import type { SpecModel } from '../../model/types.ts';
import { camelName, typeName } from '../naming.ts';

/** The TypeScript names of everything types.ts declares, checked to be distinct. */
export interface TypeNames {
  readonly ofClass: (name: string) => string;
  readonly codeType: (valueSetId: string) => string;
  readonly codeConst: (valueSetId: string) => string;
}

export const fixedNames = { reference: 'Reference', record: 'ModsRecord', recordType: 'RecordType', recordTypes: 'recordTypes' } as const;

export function typeNames(model: SpecModel): TypeNames {
  const names = {
    ofClass: (name: string) => typeName(name),
    codeType: (id: string) => `${typeName(id)}Code`,
    codeConst: (id: string) => `${camelName(id)}Codes`,
  };
  const all = [
    ...Object.values(fixedNames),
    ...model.classes.map((c) => names.ofClass(c.name)),
    ...model.valueSets.flatMap((v) => [names.codeType(v.id), names.codeConst(v.id)]),
  ];
  const seen = new Set<string>();
  for (const name of all) {
    if (seen.has(name)) throw new Error(`two declarations would both be named ${name} in types.ts`);
    seen.add(name);
  }
  return names;
}
