/**
 * The one place JSON text is produced for generated files: two-space indentation, LF, a final newline.
 * JSON.stringify escapes every string, so text from the spec cannot break the document; `<`, `>` and `&` are
 * also escaped so that the JSON is safe to embed in an HTML <script> block as it is.
 */
export function toJson(value: unknown): string {
  return safe(JSON.stringify(value, null, 2)) + '\n';
}

/** The same, without indentation: for files read by programs only (the runtime model). */
export function toCompactJson(value: unknown): string {
  return safe(JSON.stringify(value)) + '\n';
}

function safe(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
