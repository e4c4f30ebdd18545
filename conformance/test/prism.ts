import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../../generator/src/paths.ts';
import { testHeader } from '../api/http.ts';

/** One violation as Prism reports it in the sl-violations header. */
export interface PrismViolation {
  readonly location: readonly string[];
  readonly code: string | number;
  readonly message: string;
}

/** A request that went through Prism: the test that sent it, and what Prism found wrong with it or its response. */
export interface ProxiedExchange {
  readonly test: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly violations: readonly PrismViolation[];
}

export interface PrismProxy {
  /** Where to send requests: a recorder in front of Prism, which forwards to the system. */
  readonly url: string;
  readonly exchanges: readonly ProxiedExchange[];
  close(): Promise<void>;
}

const prismBin = join(packageRoot(), 'node_modules', '.bin', 'prism');

/**
 * Prism as a validating proxy in front of a system (`prism proxy --errors=false`: it forwards everything and reports
 * what breaks the document in an sl-violations header), with a recorder in front of it that keeps, per request, the
 * test that sent it (the suite's X-Asc-Mods-Test header) and Prism's violations, and strips the header again so the
 * suite sees the system's answer unchanged.
 */
export async function startPrismProxy(document: string, upstream: string): Promise<PrismProxy> {
  const prismPort = await freePort();
  const prism = spawn(prismBin, ['proxy', document, upstream, '--host', '127.0.0.1', '--port', String(prismPort), '--errors=false'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await listening(prism);
  const exchanges: ProxiedExchange[] = [];
  const recorder = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const forward = http.request({ host: '127.0.0.1', port: prismPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        const { 'sl-violations': violations, ...headers } = answer.headers;
        exchanges.push({ test: String(req.headers[testHeader.toLowerCase()] ?? ''), method: req.method ?? '', url: req.url ?? '', status: answer.statusCode ?? 0, violations: violations ? (JSON.parse(String(violations)) as PrismViolation[]) : [] });
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
      });
      forward.on('error', (error) => res.writeHead(502).end(String(error)));
      forward.end(Buffer.concat(chunks));
    });
  });
  recorder.listen(0, '127.0.0.1');
  await once(recorder, 'listening');
  return {
    url: `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`,
    exchanges,
    close: async () => {
      recorder.close();
      prism.kill();
      if (prism.exitCode === null) await once(prism, 'exit');
    },
  };
}

async function freePort(): Promise<number> {
  const server = http.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** Resolves once Prism says it listens; rejects with its output if it exits first or takes over two minutes. */
function listening(prism: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    let up = false;
    const timer = setTimeout(() => (prism.kill(), reject(new Error(`Prism did not start:\n${output}`))), 120_000);
    // Prism logs every request; once it listens the log is read and dropped, so that its pipe never fills.
    const onData = (chunk: Buffer) => {
      if (up) return;
      output += chunk.toString('utf8');
      if (output.includes('Prism is listening')) (up = true, clearTimeout(timer), resolve());
    };
    prism.stdout!.on('data', onData);
    prism.stderr!.on('data', onData);
    prism.on('exit', (code) => (clearTimeout(timer), reject(new Error(`Prism exited (${code}) before listening:\n${output}`))));
  });
}
