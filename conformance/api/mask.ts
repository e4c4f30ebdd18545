import type { Exchange } from './http.ts';
import { keptBody, keptProblem, masked, shownChallenge, shownContentType, shownEtag, shownLocation, shownRequestUrl, type KeepList } from '../report/keep.ts';
import type { SuiteDefinition } from './suite.ts';

/**
 * What a report shows of an exchange. Requests are the suite's own synthetic records and are shown as sent (the URL
 * without credentials or the system's page token), so that a failure can be reproduced; of a response only what the
 * keep-list (keep.ts) names safe is shown, and personal and special-category values of a record stay masked even
 * when the suite sent them.
 */
export function maskExchange(exchange: Exchange, suite: SuiteDefinition, keep: KeepList): Exchange {
  const request = { ...exchange.request, url: shownRequestUrl(exchange.request.url) };
  if (!exchange.response) return { ...exchange, request };
  const { status, headers, contentType, body, truncated } = exchange.response;
  return { ...exchange, request, response: { status, headers: maskHeaders(headers, keep), contentType: shownContentType(contentType), body: maskBody(body, suite, keep), truncated } };
}

const headerKeepers: Readonly<Record<string, (value: string, keep: KeepList) => string>> = {
  'content-type': shownContentType,
  etag: shownEtag,
  location: shownLocation,
  'www-authenticate': shownChallenge,
};

function maskHeaders(headers: Readonly<Record<string, string>>, keep: KeepList): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, headerKeepers[name]?.(value, keep) ?? masked]));
}

function maskBody(body: unknown, suite: SuiteDefinition, keep: KeepList): unknown {
  if (body === undefined) return undefined;
  if (isNotJson(body)) return { notJson: true, length: body.text.length };
  if (Array.isArray(body)) return body.map((b) => maskBody(b, suite, keep));
  if (body === null || typeof body !== 'object') return keptBody(body, keep);
  const record = body as Record<string, unknown>;
  const cls = suite.classes.find((c) => c.record_type === record[suite.typeField]);
  if (cls) return keptBody(record, keep, cls.sensitive);
  if ('status' in record && !(suite.typeField in record)) return keptProblem(record, keep);
  if (Array.isArray(record['items'])) return { ...(keptBody({ ...record, items: [] }, keep) as object), items: record['items'].map((i) => maskBody(i, suite, keep)) };
  return keptBody(record, keep);
}

function isNotJson(body: unknown): body is { notJson: true; text: string } {
  return body !== null && typeof body === 'object' && (body as { notJson?: unknown }).notJson === true && typeof (body as { text?: unknown }).text === 'string';
}
