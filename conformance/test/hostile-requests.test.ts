import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { maxBodyDepth } from '../../generator/src/emit/openapi/components.ts';
import { bearerAccepts } from '../reference/bearer.ts';
import { nestsDeeperThan as nestedDeeperThan } from '../files/input/nesting.ts';
import { classRecords, firstVersion, laterVersion } from './records.ts';
import { token, withReferenceServer } from './support.ts';

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** A raw request: the path goes out byte for byte, and the body is sent only when `send` resolves (after the headers). */
function call(baseUrl: string, method: string, path: string, options: { body?: string; headers?: Record<string, string>; send?: Promise<void> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.flushHeaders();
    void (options.send ?? Promise.resolve()).then(() => req.end(options.body));
  });
}

const subject = classRecords('subject_of_care').minimal;

describe('the reference supplier under hostile requests', () => {
  // The query cases were 200 before: URLSearchParams keeps a lone % as it is.
  it.each(['/%', '/subject-of-care/%E0%A4%A', '/subject-of-care/%E0%A4%A/versions', '/subject-of-care/%FF/versions/1', '/risk?subject=%', '/risk?subject=%E0%A4%A', '/risk?%FF=1'])(
    'a target that is not valid percent-encoding, %s, is 400',
    async (path) => {
      const answer = await withReferenceServer({}, (url) => call(url, 'GET', path));
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 400, title: 'Malformed', detail: 'The request target is not a path with a query, each valid percent-encoded UTF-8.' });
    },
  );

  it.each([
    ['//', 404],
    ['//subject-of-care', 200],
    ['/risk?subject=a+b%20c', 200],
  ])('a target that is well formed, %s, is routed as a path (%i), not refused', async (path, status) => {
    // Before, `//` was read as a URL with another host, and refused as bad percent-encoding.
    const answer = await withReferenceServer({}, (url) => call(url, 'GET', path));
    expect(answer.status).toBe(status);
  });

  it.each([
    ['an array', `{"record_type":"subject_of_care","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['an object', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
  ])('a body with %s nested 100,000 deep is 400, naming the limit, on create and on update', async (_what, body) => {
    await withReferenceServer({}, async (url) => {
      const created = await call(url, 'POST', '/subject-of-care', { body: JSON.stringify(subject) });
      expect(created.status).toBe(201);
      for (const [method, path, headers] of [['POST', '/subject-of-care', {}], ['PUT', `/subject-of-care/${String(subject['record_uid'])}`, { 'If-Match': '"1"' }]] as const) {
        const answer = await call(url, method, path, { body, headers });
        expect(answer.status).toBe(400);
        expect(JSON.parse(answer.body).detail).toBe(`The body nests arrays and objects more than ${maxBodyDepth} deep.`);
      }
    });
  });

  it('counts nesting outside strings only, and lets a record nest as deep as the limit', () => {
    expect(nestedDeeperThan(`{"a":"${'['.repeat(1000)}"}`, 4)).toBe(false);
    expect(nestedDeeperThan(`{"a":"\\"${'{'.repeat(10)}"}`, 4)).toBe(false);
    expect(nestedDeeperThan(`${'['.repeat(4)}${']'.repeat(4)}`, 4)).toBe(false);
    expect(nestedDeeperThan(`${'['.repeat(5)}${']'.repeat(5)}`, 4)).toBe(true);
    expect(nestedDeeperThan('[[],[],[[]]]', 3)).toBe(false);
    expect(nestedDeeperThan('[[],[],[[]]]', 2)).toBe(true);
  });

  it('a losing concurrent update is 412 (If-Match no longer names the current version), never 500, when its body arrives after the winner is stored', async () => {
    await withReferenceServer({}, async (url) => {
      const uid = 'c0ffee00-0000-4000-8000-000000000001';
      expect((await call(url, 'POST', '/subject-of-care', { body: JSON.stringify(subject) })).status).toBe(201);
      expect((await call(url, 'POST', '/subject-of-care', { body: JSON.stringify(firstVersion('subject_of_care', uid)) })).status).toBe(201);
      let release!: () => void;
      const late = new Promise<void>((r) => (release = r));
      const body = JSON.stringify(laterVersion('subject_of_care', uid, 2));
      // Both send If-Match "1" with their headers; the loser's body comes only once the winner has been answered.
      const loser = call(url, 'PUT', `/subject-of-care/${uid}`, { body, headers: { 'If-Match': '"1"' }, send: late });
      await new Promise((r) => setTimeout(r, 100));
      const winner = await call(url, 'PUT', `/subject-of-care/${uid}`, { body, headers: { 'If-Match': '"1"' } });
      expect(winner.status).toBe(200);
      release();
      const lost = await loser;
      expect(lost.status).toBe(412);
      expect(JSON.parse(lost.body).detail).toMatch(/^If-Match does not name the current version, 2 /);
      const history = JSON.parse((await call(url, 'GET', `/subject-of-care/${uid}/versions`)).body) as { items: { version_number: number }[] };
      expect(history.items.map((v) => v.version_number)).toEqual([1, 2]);
    });
  });

  it.each([
    [`Bearer ${token}`, 200],
    [`bearer ${token}`, 200],
    [`BEARER ${token}`, 200],
    [`bEaReR   ${token}`, 200],
    [`Bearer ${token}x`, 401],
    ['Bearer test-toke', 401],
    ['Bearer ', 401],
    [`Basic ${token}`, 401],
    [`Bearer${token}`, 401],
  ])('Authorization: %j is %i', async (authorization, status) => {
    const answer = await withReferenceServer({}, (url) => call(url, 'GET', '/capability', { headers: { Authorization: authorization } }));
    expect(answer.status).toBe(status);
  });

  it('compares tokens of any length without throwing', () => {
    expect(bearerAccepts('Bearer a', 'a much longer token')).toBe(false);
    expect(bearerAccepts(undefined, 't')).toBe(false);
    expect(bearerAccepts('Bearer é', 'é')).toBe(true);
  });
});
