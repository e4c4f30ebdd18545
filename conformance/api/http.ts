/** One request the suite sent and what came back: the evidence a report shows for a failure. */
export interface Exchange {
  readonly request: { readonly method: string; readonly url: string; readonly headers: Readonly<Record<string, string>>; readonly body?: unknown };
  readonly response?: { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly contentType: string; readonly body: unknown; readonly truncated: boolean };
  /** Set when no usable response came: a timeout, a reset connection, a refused connection, a redirect. */
  readonly error?: string;
  readonly ms: number;
}

export type Auth = 'valid' | 'none' | 'wrong';

export interface ClientOptions {
  readonly baseUrl: string;
  readonly token: string | undefined;
  /** Per request. */
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  /** Ends every request in flight when the run is stopped (Ctrl-C). */
  readonly signal?: AbortSignal;
}

/** The request header that names the test a request belongs to (or "setup" for the records every test relies on). */
export const testHeader = 'X-Asc-Mods-Test';

/** Headers shown in reports: the token never is. */
const shownResponseHeaders = ['content-type', 'location', 'etag', 'www-authenticate'];

/**
 * The suite's HTTP client: every request bounded in time and response size, redirects not followed (a conformant
 * API answers in place), and every outcome, including a transport failure, returned as an Exchange, never thrown.
 */
export class HttpClient {
  constructor(
    private readonly options: ClientOptions,
    private readonly testId?: string,
  ) {}

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /**
   * The same client, naming the test in every request it sends (X-Asc-Mods-Test), so that a supplier can find in
   * its own logs the requests of a test that failed, and a proxy in between can tell which test sent what.
   */
  forTest(id: string): HttpClient {
    return new HttpClient(this.options, id);
  }

  async send(method: string, path: string, init: { body?: unknown; headers?: Record<string, string>; auth?: Auth } = {}): Promise<Exchange> {
    const url = joinUrl(this.options.baseUrl, path);
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...(this.testId === undefined ? {} : { [testHeader]: this.testId }), ...init.headers };
    const auth = init.auth ?? 'valid';
    if (auth === 'valid' && this.options.token !== undefined) headers['Authorization'] = `Bearer ${this.options.token}`;
    if (auth === 'wrong') headers['Authorization'] = 'Bearer asc-mods-conformance-wrong-token';
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const shown = { ...headers, ...(headers['Authorization'] ? { Authorization: auth === 'wrong' ? headers['Authorization'] : 'Bearer ***' } : {}) };
    const request = { method, url, headers: shown, ...(init.body !== undefined ? { body: init.body } : {}) };
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const res = await fetch(url, { method, headers, redirect: 'manual', signal: this.options.signal ? AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.options.signal]) : AbortSignal.timeout(this.options.timeoutMs), ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) });
      const { text, truncated } = await readCapped(res, this.options.maxResponseBytes);
      const contentType = res.headers.get('content-type') ?? '';
      const responseHeaders = Object.fromEntries(shownResponseHeaders.flatMap((h) => (res.headers.get(h) === null ? [] : [[h, res.headers.get(h)!]])));
      const response = { status: res.status, headers: responseHeaders, contentType, body: parseBody(text, truncated), truncated };
      if (res.status >= 300 && res.status < 400) return { request, response, error: `the server redirected (${res.status}) instead of answering`, ms: elapsed() };
      return { request, response, ms: elapsed() };
    } catch (error) {
      return { request, error: describeFailure(error, this.options.timeoutMs), ms: elapsed() };
    }
  }
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

async function readCapped(res: Response, max: number): Promise<{ text: string; truncated: boolean }> {
  if (!res.body) return { text: '', truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      chunks.push(value.subarray(0, value.length - (size - max)));
      return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
    }
    chunks.push(value);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
}

/** JSON when it parses; otherwise the text itself (a report says the body was not JSON). */
function parseBody(text: string, truncated: boolean): unknown {
  if (text.length === 0) return undefined;
  if (truncated) return { notJson: true, text: text.slice(0, 200) };
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { notJson: true, text: text.slice(0, 200) };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no response within ${timeoutMs} ms`;
  const code = e.cause?.code;
  if (code === 'ECONNREFUSED') return 'the connection was refused (is the system running at this address?)';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was reset before a whole response came';
  if (code === 'ENOTFOUND') return 'the host name does not resolve';
  // fetch refuses ports of other protocols (the Fetch standard's "bad ports": 25 SMTP, 6000 X11 ...) without trying.
  if (e.cause?.message === 'bad port') return 'fetch refuses to connect to this port, one the Fetch standard keeps for another protocol (such as 25, SMTP); serve the API on another port';
  // The error's own message may quote what the system sent (a malformed header, say): only its code is shown.
  return `the request failed${typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? ` (${code})` : ''}`;
}

/** Whether an exchange's body is a JSON value (not a body that failed to parse). */
export function isJsonBody(exchange: Exchange): boolean {
  const body = exchange.response?.body;
  return body !== undefined && !(body !== null && typeof body === 'object' && (body as { notJson?: boolean }).notJson === true);
}
