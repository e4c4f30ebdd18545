import type { SpecModel } from '../../model/types.ts';

/**
 * Schema identifiers. They name the schemas; they are not fetched. The .invalid domain (RFC 2606) says so,
 * and keeps these schemas apart from the other "MODS" standards (the Library of Congress's, and Wales's).
 */
export function schemaBase(model: SpecModel): string {
  return `https://asc-mods.invalid/dapb4102/${model.standard.release}/`;
}

export const classSchemaFile = (name: string): string => `${name}.schema.json`;
export const valueSetSchemaFile = (id: string): string => `value-sets/${id}.schema.json`;
export const bundleFile = 'mods.bundle.schema.json';
export const jsonSchemaDialect = 'https://json-schema.org/draft/2020-12/schema';
