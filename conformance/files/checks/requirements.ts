// Which requirement each check verifies: the model's own lookup, shared with the SQL checks the compiler writes.
export { requirementLookup, type RequirementLookup } from '../../../generator/src/kit.ts';
