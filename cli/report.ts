import type { Diagnostic } from '../generator/src/diagnostics/diagnostic.ts';
import { countDiagnostics, formatHuman, plural } from '../generator/src/diagnostics/format.ts';
import type { SpecModel } from '../generator/src/model/types.ts';
import type { CliIo } from './io.ts';

/** Print diagnostics for people, each with its code frame. */
export function printDiagnostics(io: CliIo, file: string, text: string | undefined, diagnostics: readonly Diagnostic[], color: boolean): void {
  const texts = new Map(text === undefined ? [] : [[file, text]]);
  for (const d of diagnostics) io.stdout.write(formatHuman(d, { texts, color }) + '\n\n');
}

export function summaryLine(file: string, diagnostics: readonly Diagnostic[], model: SpecModel | undefined, ms: number): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const what = model ? ` (${describeModel(model)})` : '';
  const time = ` in ${Math.round(ms)} ms`;
  if (errors === 0 && warnings === 0) return `${file}: no problems${what}${time}`;
  return `${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${what}${time}`;
}

export function modelContents(model: SpecModel) {
  return {
    release: model.standard.release,
    classes: model.classes.length,
    elements: model.classes.reduce((n, c) => n + c.ownElements.length, 0),
    valueSets: model.valueSets.length,
    requirements: model.requirements.length,
  };
}

function describeModel(model: SpecModel): string {
  const c = modelContents(model);
  return `${model.standard.short_name} ${c.release}: ${plural(c.classes, 'class', 'classes')}, ${plural(c.elements, 'element')}, ${plural(c.valueSets, 'value set')}, ${plural(c.requirements, 'requirement')}`;
}
