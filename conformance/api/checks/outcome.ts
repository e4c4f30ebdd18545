import type { RunContext } from '../context.ts';
import { isJsonBody, type Exchange } from '../http.ts';
import type { TestDetail } from '../result.ts';
import { shownContentType } from '../../report/keep.ts';
import type { SuiteTestDefinition } from '../suite.ts';

/** What a check returns; the runner adds the test's id, title and timing. */
export interface Outcome {
  readonly verdict: 'pass' | 'fail' | 'skip' | 'error';
  readonly message: string;
  readonly detail?: TestDetail;
  readonly evidence: readonly Exchange[];
}

/** A check of one test kind: returns what passed, or ends with fail/skip; every request it makes goes into evidence. */
export type Check = (test: SuiteTestDefinition, context: RunContext, evidence: Exchange[]) => Promise<string | { readonly message: string; readonly detail: TestDetail }>;

/** Thrown inside a check to end it with a verdict (the evidence gathered so far goes with it). */
export class Verdict extends Error {
  constructor(readonly verdict: 'fail' | 'skip' | 'error', message: string, readonly detail?: TestDetail) {
    super(message);
  }
}

export function fail(message: string, detail?: TestDetail): never {
  throw new Verdict('fail', message, detail);
}

export function skip(message: string): never {
  throw new Verdict('skip', message);
}

/** The exchange had a response, or the check ends in error (the system did not answer: a transport failure). */
export function answered(exchange: Exchange, what: string): NonNullable<Exchange['response']> {
  if (!exchange.response || exchange.error) throw new Verdict(exchange.response ? 'fail' : 'error', `${what}: ${exchange.error ?? 'no response'}`);
  return exchange.response;
}

export function expectStatus(exchange: Exchange, what: string, ...statuses: number[]): NonNullable<Exchange['response']> {
  const response = answered(exchange, what);
  if (!statuses.includes(response.status)) fail(`${what}: expected ${statuses.join(' or ')}, got ${response.status}${problemSummary(response.body)}`);
  return response;
}

export function expectJson(exchange: Exchange, what: string, type = 'application/json'): Record<string, unknown> {
  const response = answered(exchange, what);
  if (!response.contentType.toLowerCase().startsWith(type)) fail(`${what}: the content type is ${response.contentType ? `"${shownContentType(response.contentType)}"` : 'missing'}, not ${type}`);
  if (response.truncated) fail(`${what}: the response is larger than the suite accepts`);
  if (!isJsonBody(exchange)) fail(`${what}: the body is not JSON`);
  const body = response.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) fail(`${what}: the body is not a JSON object`);
  return body as Record<string, unknown>;
}

/**
 * A short account of a problem response: how many fields it names. Its title and pointers are the system's own text,
 * which may quote anything; the report's evidence shows what the keep-list allows of them.
 */
function problemSummary(body: unknown): string {
  if (body === null || typeof body !== 'object' || !('status' in body)) return '';
  const errors = (body as { errors?: unknown }).errors;
  const count = Array.isArray(errors) ? errors.length : 0;
  return ` (a problem naming ${count} field${count === 1 ? '' : 's'})`;
}
