import { toJson } from '../../../generator/src/emit/json.ts';
import type { ValidationResult } from '../../files/result.ts';

/** Names the document, so that a reader can tell the report from other JSON. Always the first key. */
export const jsonReportName = 'asc-mods validation report';

/**
 * The canonical report: the whole result as JSON, `report` first and then the result's own keys in their order;
 * each file's check counts sorted by check id, so the bytes never depend on the order checks first fired.
 * Escaped by the one JSON writer (`emit/json.ts`): `<`, `>` and `&` in messages appear as \u escapes.
 */
export function renderJsonReport(result: ValidationResult): string {
  const files = result.files.map((file) => ({ ...file, checks: sortedKeys(file.checks) }));
  return toJson({ report: jsonReportName, ...result, files });
}

function sortedKeys(counts: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
