import type { DiagnosticCode } from '../diagnostics/catalogue.ts';
import type { Finding } from '../diagnostics/diagnostic.ts';
import type { SpecIndex } from '../model/index.ts';
import type { SpecModel } from '../model/types.ts';
import type { FhirDefinitions } from '../fhir/definitions.ts';

export interface RuleContext {
  readonly model: SpecModel;
  readonly index: SpecIndex;
  /** The FHIR R4 base definitions, read when a rule first asks (only a spec that maps to FHIR needs them). */
  readonly fhir: () => FhirDefinitions;
}

/** A semantic check over the model. Pure: model in, findings out. */
export interface Rule {
  readonly name: string;
  /** The catalogue codes this rule can raise (its tests cover each). */
  readonly codes: readonly DiagnosticCode[];
  check(context: RuleContext): readonly Finding[];
}
