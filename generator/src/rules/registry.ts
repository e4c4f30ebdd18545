import { authorityClaims } from './authority.ts';
import { checkRules } from './check-rules.ts';
import { circularExtends } from './circular-extends.ts';
import { constraintRules } from './constraints.ts';
import { exampleValues } from './examples.ts';
import { fhirMapping } from './fhir-mapping.ts';
import { occursMapping } from './occurs.ts';
import { publishedTypeMapping } from './published-type.ts';
import { requirementTargets } from './requirement-targets.ts';
import { reservedNames } from './reserved-names.ts';
import { resolveReferences } from './resolve-references.ts';
import type { Rule } from './rule.ts';
import { sinceRelease } from './since.ts';
import { snakeCaseNames } from './snake-case.ts';
import { targetKinds } from './target-kinds.ts';
import { typeDetails } from './type-details.ts';
import { uniqueIds } from './unique-ids.ts';
import { uniqueNames } from './unique-names.ts';
import { unusedItems } from './unused.ts';
import { valueSetCodes } from './value-set-codes.ts';

/** The semantic rules, in the order they run: identity, then names, links, elements, value sets, requirements, hygiene. */
export const rules: readonly Rule[] = [
  uniqueIds,
  uniqueNames,
  reservedNames,
  snakeCaseNames,
  resolveReferences,
  targetKinds,
  circularExtends,
  occursMapping,
  publishedTypeMapping,
  typeDetails,
  constraintRules,
  exampleValues,
  valueSetCodes,
  sinceRelease,
  requirementTargets,
  checkRules,
  authorityClaims,
  fhirMapping,
  unusedItems,
];
