import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { DiagnosticCode } from '../../src/diagnostics/catalogue.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { checkSpecText, type CheckResult } from '../../src/pipeline.ts';
import { kitchenSinkPath, minimalSpecPath } from './paths.ts';

export type Draft = any;

/** The minimal spec as plain data, changed by edit, checked through the whole pipeline. */
export function checkEdited(edit: (draft: Draft) => void, base: string = minimalSpecPath): CheckResult {
  const draft: Draft = parse(readFileSync(base, 'utf8'));
  edit(draft);
  return checkSpecText('edited.yaml', stringify(draft));
}

/** Just the code and JSON Pointer of each diagnostic with one of the given codes: what rule tests assert. */
export function findingsOf(result: CheckResult, codes: readonly DiagnosticCode[]): { code: DiagnosticCode; pointer: string }[] {
  return result.diagnostics.filter((d: Diagnostic) => codes.includes(d.code)).map((d) => ({ code: d.code, pointer: d.source.pointer }));
}

export function checkKitchenSink(): CheckResult {
  return checkSpecText('kitchen-sink.yaml', readFileSync(kitchenSinkPath, 'utf8'));
}

/** The index of the class with this technical name in the draft. */
export function classAt(draft: Draft, name: string): number {
  const index = (draft.classes as { name: string }[]).findIndex((c) => c.name === name);
  if (index < 0) throw new Error(`no class ${name} in the draft`);
  return index;
}
