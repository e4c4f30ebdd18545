import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { random } from '../../../generator/test/support/random.ts';

/**
 * Values a leaky system plants in its answers: a person's name, an NHS number, an e-mail address, a date of birth
 * and an address line, none of which the suite ever sends. No output of the kit may carry any of them, nor the
 * bearer token the system echoes back.
 */
export const plantedValues = ['Zebedee Quuxworth', '4857773456', 'zebedee.q@example.org', '1931-07-19', '17 Marrowbone Lane'] as const;


type Answer = { status: number; headers: Record<string, string>; body: string };
type Behaviour = (req: IncomingMessage, sent: unknown, pick: <T>(items: readonly T[]) => T) => Answer;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({ status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** Everything the request carried, as a system that echoes it would put it back: headers (the token), the body. */
const echo = (req: IncomingMessage, sent: unknown) => ({ headers: req.headers, url: req.url, body: sent });

/** The ways this system leaks, one chosen per request. Each puts planted values (and the echoed request) somewhere else. */
const behaviours: readonly Behaviour[] = [
  // A problem whose every field carries them.
  (req, sent, pick) => ({
    status: pick([400, 404, 409, 412, 422]),
    headers: { 'Content-Type': 'application/problem+json' },
    body: JSON.stringify({
      type: `https://errors.example/${encodeURIComponent(pick(plantedValues))}`,
      title: `Invalid record for ${pick(plantedValues)} (${req.headers.authorization})`,
      status: 422,
      detail: JSON.stringify(echo(req, sent)),
      instance: `/patients/${pick(plantedValues)}`,
      errors: [
        { pointer: `/${pick(plantedValues)}`, detail: pick(plantedValues), keyword: pick(plantedValues), requirement: String(req.headers.authorization) },
        { pointer: '/name', detail: 'ok', keyword: 'required', requirement: 'MODS-STRUCT-005', [pick(plantedValues)]: pick(plantedValues) },
      ],
      [pick(plantedValues)]: req.headers.authorization,
    }),
  }),
  // A body that is a JSON string, or an array, of them.
  (req, _sent, pick) => json(pick([200, 201, 400]), pick([pick(plantedValues), [...plantedValues, req.headers.authorization]])),
  // A body that is not JSON at all.
  (req, _sent, pick) => ({ status: pick([200, 201, 500]), headers: { 'Content-Type': 'text/html' }, body: `<p>${pick(plantedValues)} ${req.headers.authorization}</p>` }),
  // A record of the class asked for, holding a real person: in personal fields, in plain fields, under unknown keys.
  (req, sent, pick) => {
    const base = sent !== null && typeof sent === 'object' ? (sent as Record<string, unknown>) : { record_type: 'subject_of_care' };
    const record = { ...base, record_uid: pick(plantedValues), version_number: pick([1, 2, 4857773456]), nhs_number: '4857773456', name: { given: 'Zebedee', family: 'Quuxworth' }, comment: pick(plantedValues), [pick(plantedValues)]: { nested: pick(plantedValues) }, echoed: echo(req, sent) };
    const page = { items: [record, record], next: pick(plantedValues) };
    return json(pick([200, 201]), req.method === 'GET' && req.url?.includes('?') ? page : record, {
      Location: `/subject-of-care/${encodeURIComponent(pick(plantedValues))}`,
      ETag: `"${pick(plantedValues)}"`,
      'WWW-Authenticate': `Bearer realm="${pick(plantedValues)}", error="${req.headers.authorization}"`,
    });
  },
  // Headers alone: a content type, a Location and an ETag that carry them.
  (req, _sent, pick) => ({ status: pick([201, 401]), headers: { 'Content-Type': `application/json; profile="${pick(plantedValues)}"`, Location: `http://${encodeURIComponent('Zebedee')}:${encodeURIComponent(String(req.headers.authorization))}@host.invalid/x`, ETag: `W/"${pick(plantedValues)}"`, 'WWW-Authenticate': `Basic realm="${pick(plantedValues)}"` }, body: '{}' }),
];

/**
 * A system that declares three MODS classes (and a class of its own named after a person) and answers every other
 * request with one of the leaky behaviours, chosen by a seeded generator.
 */
export async function leakySystem(seed: number): Promise<{ url: string; close: () => Promise<void> }> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let sent: unknown;
      try {
        sent = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        sent = undefined;
      }
      const answer =
        req.url === '/capability'
          ? json(200, { standard: 'DAPB4102', classes: [{ record_type: 'subject_of_care', elements: ['comment', pick(plantedValues)] }, { record_type: 'risk', elements: [] }, { record_type: 'problem', elements: [] }, { record_type: pick(plantedValues), elements: [pick(plantedValues)] }] })
          : pick(behaviours)(req, sent, pick);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}
