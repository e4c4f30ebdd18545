import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatSchema from '../../../spec/mods.schema.json' with { type: 'json' };
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { describePointer } from './describe.ts';
import { errorToFinding } from './error-to-finding.ts';

let compiled: ValidateFunction | undefined;

/** The format's JSON Schema (spec/mods.schema.json), compiled once, strictly. */
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(formatSchema);
  return compiled;
}

/** Stage 2: the document's shape against the format schema. All errors are reported, each at the offending key or value. */
export function validateShape(data: unknown): readonly Finding[] {
  const validate = validator();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of validate.errors ?? []) {
    for (const f of errorToFinding(error as ErrorObject)) {
      const context = describePointer(data, f.pointer);
      const located = finding(f.code, context ? `${context}: ${f.message}` : f.message, f.pointer, f.at ? { at: f.at } : {});
      const key = `${located.code}\u0000${located.pointer}\u0000${located.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(located);
    }
  }
  return findings;
}
