import { maskValue } from '../../generator/src/validate/mask.ts';
import type { Exchange } from './http.ts';
import type { SuiteDefinition } from './suite.ts';

/**
 * What a report shows of an exchange. Requests are the suite's own synthetic records and are shown as sent, so that
 * a failure can be reproduced; responses may carry a system's real records, so the values of their personal and
 * special-category elements are masked (through the one masking function the validator uses too).
 */
export function maskExchange(exchange: Exchange, suite: SuiteDefinition): Exchange {
  if (!exchange.response) return exchange;
  return { ...exchange, response: { ...exchange.response, body: maskBody(exchange.response.body, suite) } };
}

function maskBody(body: unknown, suite: SuiteDefinition): unknown {
  if (Array.isArray(body)) return body.map((b) => maskBody(b, suite));
  if (body === null || typeof body !== 'object') return body;
  const record = body as Record<string, unknown>;
  if (Array.isArray(record['items'])) return { ...record, items: record['items'].map((i) => maskBody(i, suite)) };
  const cls = suite.classes.find((c) => c.record_type === record[suite.typeField]);
  // Something that is not a record of a known class is shown only as its keys: it could be anything.
  if (!cls) return 'title' in record && 'status' in record ? record : Object.fromEntries(Object.keys(record).map((k) => [k, '***']));
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, cls.sensitive[k] ? maskValue(v, cls.sensitive[k]) : v]));
}
