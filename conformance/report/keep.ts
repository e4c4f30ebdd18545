import { dataRuleIds } from '../../generator/src/kit.ts';
import type { Exchange } from '../api/http.ts';
import type { ClassFixtureFile, SuiteDefinition } from '../api/suite.ts';

/**
 * The keep-list: what the kit may print of what a system sent. A system under test holds real people's records and
 * may echo anything (request headers with the token, values it holds) anywhere (a problem's title, a pointer, a
 * header, an unknown field), so nothing it sent is printed unless it is named safe here:
 *
 * - the status, and a content type, ETag or WWW-Authenticate scheme of the expected form;
 * - names the suite itself uses (element and field names, requirement ids, JSON Schema keywords, data rules),
 *   alone or as the segments of a JSON Pointer;
 * - strings the suite itself sent in this run (its synthetic records, their uids), at a path the spec does not
 *   mark personal or special-category;
 * - small whole numbers (version numbers, counts), booleans and null.
 *
 * Everything else is masked, whatever its shape: a string is "***", a key the suite does not know is "***", a body
 * that is not JSON is its length.
 */
export interface KeepList {
  /** Names the suite uses: every key of every fixture record, and the fields of a problem and a page. */
  readonly names: ReadonlySet<string>;
  readonly requirements: ReadonlySet<string>;
  /** Strings the suite sent in this run (empty while the run goes on: messages never quote values). */
  readonly sent: ReadonlySet<string>;
}

export const masked = '***';

/** JSON Schema's validation keywords, and the names a problem's error may give as its keyword besides data rules. */
const schemaKeywords = new Set([
  'required', 'type', 'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'minProperties', 'maxProperties', 'additionalProperties',
  'properties', 'patternProperties', 'propertyNames', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties', 'unevaluatedItems', 'items',
  'prefixItems', 'oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', '$ref', 'discriminator', 'falseSchema',
]);
const protocolNames = ['type', 'title', 'status', 'detail', 'instance', 'errors', 'pointer', 'keyword', 'requirement', 'items', 'next', 'classes', 'elements', 'standard', 'release'];
const largestShownNumber = 999_999;

/** The names half of the keep-list, known before a run sends anything. */
export function keepListOf(suite: SuiteDefinition, fixtures: Iterable<ClassFixtureFile>, sent: ReadonlySet<string> = new Set()): KeepList {
  const names = new Set<string>([suite.typeField, ...protocolNames]);
  const addKeys = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(addKeys);
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) (names.add(k), addKeys(v));
  };
  for (const f of fixtures) for (const record of [f.minimal, f.full, f.update, ...f.negative.map((n) => n.record)]) addKeys(record);
  for (const cls of suite.classes) for (const e of cls.elements ?? []) names.add(e.name);
  return { names, requirements: new Set(Object.keys(suite.coverage)), sent };
}

/** Every string the suite sent in these exchanges: request bodies, path segments and query values (not page tokens, which the system made). */
export function sentStrings(exchanges: Iterable<Exchange>): Set<string> {
  const out = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') out.add(value);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(add);
  };
  for (const { request } of exchanges) {
    add(request.body);
    const url = safeUrl(request.url);
    if (url === undefined) continue;
    for (const segment of url.pathname.split('/')) if (segment) out.add(decodeSafely(segment));
    for (const [k, v] of url.searchParams) if (k !== 'page_token') out.add(v);
  }
  return out;
}

/** A value the system sent, as text for a message: kept if the keep-list allows it, else "***". */
export function shownValue(value: unknown, keep: KeepList): string {
  if (value === undefined) return 'nothing';
  const kept = keptScalar(value, keep);
  return kept === masked ? masked : JSON.stringify(kept);
}

/** A JSON Pointer the system named: kept when every segment is a name the suite uses or an array index. */
export function shownPointer(pointer: unknown, keep: KeepList): string {
  if (typeof pointer !== 'string' || pointer.length > 512) return masked;
  if (pointer === '') return pointer;
  if (!pointer.startsWith('/')) return masked;
  const segments = pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  return segments.every((s) => keep.names.has(s) || /^(0|[1-9][0-9]{0,5})$/.test(s)) ? pointer : masked;
}

export function shownKeyword(keyword: unknown): string {
  return typeof keyword === 'string' && (schemaKeywords.has(keyword) || (dataRuleIds as readonly string[]).includes(keyword)) ? keyword : masked;
}

export function shownRequirement(requirement: unknown, keep: KeepList): string {
  return typeof requirement === 'string' && keep.requirements.has(requirement) ? requirement : masked;
}

export function shownEtag(etag: unknown): string {
  return typeof etag === 'string' && /^(W\/)?"[0-9]{1,6}"$/.test(etag) ? etag : masked;
}

export function shownContentType(contentType: unknown): string {
  return typeof contentType === 'string' && /^[a-z]+\/[a-z0-9.+-]{1,64}( ?; ?charset=[a-z0-9-]{1,20})?$/i.test(contentType) ? contentType : masked;
}

/** Of a WWW-Authenticate challenge, only its scheme (Bearer, Basic): its parameters are the system's own text. */
export function shownChallenge(challenge: unknown): string {
  const scheme = typeof challenge === 'string' ? /^(Bearer|Basic|Digest|Negotiate)\b/i.exec(challenge)?.[1] : undefined;
  return scheme === undefined ? masked : `${scheme}${challenge === scheme ? '' : ' ***'}`;
}

/** A Location the system answered with: kept when its path is made of what the suite sent (the class path, the uid). */
export function shownLocation(location: unknown, keep: KeepList): string {
  if (typeof location !== 'string') return masked;
  const url = safeUrl(location, 'http://system.invalid');
  if (url === undefined || url.search || url.hash || url.username || url.password) return masked;
  const segments = url.pathname.split('/').filter(Boolean).map(decodeSafely);
  const known = (s: string) => keep.sent.has(s) || keep.names.has(s.replaceAll('-', '_'));
  return segments.length > 0 && segments.every(known) ? (location.startsWith('/') ? url.pathname : `${url.origin}${url.pathname}`) : masked;
}

/** A URL with any user name or password taken out (a base URL may carry credentials; no output shows them). */
export function withoutCredentials(text: string): string {
  const url = safeUrl(text);
  if (url === undefined || (!url.username && !url.password)) return text;
  url.username = '';
  url.password = '';
  return url.href.endsWith('/') && !text.endsWith('/') ? url.href.slice(0, -1) : url.href;
}

/** The URL of a request as shown: no credentials, and the page token (which the system made) masked. */
export function shownRequestUrl(text: string): string {
  return withoutCredentials(text).replace(/([?&]page_token=)[^&#]*/g, `$1${encodeURIComponent(masked)}`);
}

/**
 * A JSON body the system sent, as reports show it. `sensitive` names the dotted paths the spec marks personal or
 * special-category in a record of a known class; their values are masked even when the suite sent them.
 */
export function keptBody(value: unknown, keep: KeepList, sensitive: Readonly<Record<string, string>> = {}, prefix = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => keptBody(v, keep, sensitive, prefix));
  if (value === null || typeof value !== 'object') return keptScalar(value, keep);
  const out: Record<string, unknown> = {};
  let unknown = 0;
  for (const [k, v] of Object.entries(value)) {
    if (!keep.names.has(k)) {
      unknown += 1;
      out[unknown === 1 ? masked : `${masked}${unknown}`] = masked;
      continue;
    }
    const path = `${prefix}${k}`;
    out[k] = sensitive[path] ? maskedShape(v) : keptBody(v, keep, sensitive, `${path}.`);
  }
  return out;
}

/**
 * A problem (RFC 9457) as reports show it: the status, the type when it is about:blank or one the suite sent, and
 * each error's pointer, keyword and requirement through their keep-lists. Its title and details are the system's
 * own text about the occurrence, which may quote anything: masked.
 */
export function keptProblem(problem: Record<string, unknown>, keep: KeepList): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(problem)) {
    if (k === 'status') out[k] = keptScalar(v, keep);
    else if (k === 'type') out[k] = v === 'about:blank' ? v : keptScalar(v, keep);
    else if (k === 'errors' && Array.isArray(v)) out[k] = v.map((e) => (e !== null && typeof e === 'object' && !Array.isArray(e) ? keptProblemError(e as Record<string, unknown>, keep) : masked));
    else out[keep.names.has(k) ? k : masked] = masked;
  }
  return out;
}

function keptProblemError(error: Record<string, unknown>, keep: KeepList): Record<string, unknown> {
  const shown: Record<string, (v: unknown) => string> = { pointer: (v) => shownPointer(v, keep), keyword: shownKeyword, requirement: (v) => shownRequirement(v, keep) };
  return Object.fromEntries(Object.entries(error).map(([k, v]) => (shown[k] ? [k, shown[k](v)] : [keep.names.has(k) ? k : masked, masked])));
}

/** A sensitive value: its shape only (a list keeps its length), never its content. */
function maskedShape(value: unknown): unknown {
  return Array.isArray(value) ? value.map(() => masked) : masked;
}

function keptScalar(value: unknown, keep: KeepList): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= largestShownNumber ? value : masked;
  if (typeof value === 'string') return keep.sent.has(value) ? value : masked;
  return masked;
}

function safeUrl(text: string, base?: string): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
