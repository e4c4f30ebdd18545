import { compareStrings, toJson } from '../../generator/src/kit.ts';
import type { ValidationResult } from '../files/result.ts';
import type { ReportView } from './conformance-view.ts';

/*
 * The one JSON writer of the reports, for both runs: through the generator's JSON writer (`emit/json.ts`), so that
 * `<`, `>` and `&` in messages appear as \u escapes and the document is safe to embed in HTML as it is.
 */

/** Names the document, so that a reader can tell the report from other JSON. Always the first key. */
export const jsonReportName = 'asc-mods validation report';

/**
 * The canonical report of a validate run: the whole result as JSON, `report` first and then the result's own keys in
 * their order; each file's check counts sorted by check id, so the bytes never depend on the order checks first fired.
 */
export function renderValidationJson(result: ValidationResult): string {
  const files = result.files.map((file) => ({ ...file, checks: sortedKeys(file.checks) }));
  const { tool, run, ...rest } = result;
  // The stamp (when and on what it ran) right after the tool, where a reader looks first.
  return toJson({ report: jsonReportName, tool, ...(run === undefined ? {} : { run }), ...rest, files });
}

/** The canonical report of a conform run: the report view as JSON, in its own key order. */
export function renderConformanceJson(view: ReportView): string {
  return toJson(view);
}

function sortedKeys(counts: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareStrings(a, b)));
}
