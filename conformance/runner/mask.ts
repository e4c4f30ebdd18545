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

/**
 * A problem (RFC 9457) keeps what identifies the problem and the fields: status, type, title (a summary of the
 * problem type, the same every time) and each error's pointer, keyword and requirement. Text about the occurrence
 * (detail, and each error's detail) may quote the values sent or held, so it is masked.
 */
function maskProblem(problem: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(problem)) {
    if (k === 'errors' && Array.isArray(v)) out[k] = v.map((e) => (e && typeof e === 'object' ? Object.fromEntries(Object.entries(e).map(([ek, ev]) => [ek, ['pointer', 'keyword', 'requirement'].includes(ek) ? ev : '***'])) : '***'));
    else out[k] = ['status', 'type', 'title', 'instance'].includes(k) ? v : '***';
  }
  return out;
}

function maskBody(body: unknown, suite: SuiteDefinition): unknown {
  if (Array.isArray(body)) return body.map((b) => maskBody(b, suite));
  if (body === null || typeof body !== 'object') return body;
  const record = body as Record<string, unknown>;
  if (Array.isArray(record['items'])) return { ...record, items: record['items'].map((i) => maskBody(i, suite)) };
  const cls = suite.classes.find((c) => c.record_type === record[suite.typeField]);
  // Something that is neither a record of a known class nor a problem is shown only as its keys: it could be anything.
  if (!cls) return 'status' in record ? maskProblem(record) : Object.fromEntries(Object.keys(record).map((k) => [k, '***']));
  return maskPaths(record, cls.sensitive, '');
}

/** Mask the values at the sensitive dotted paths (lists are masked item by item). */
function maskPaths(value: unknown, sensitive: Readonly<Record<string, 'personal' | 'special-category'>>, prefix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => maskPaths(v, sensitive, prefix));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      const path = `${prefix}${k}`;
      const level = sensitive[path];
      if (level) return [k, Array.isArray(v) ? v.map((x) => maskValue(x, level)) : maskValue(v, level)];
      return [k, Object.keys(sensitive).some((p) => p.startsWith(`${path}.`)) ? maskPaths(v, sensitive, `${path}.`) : v];
    }),
  );
}
