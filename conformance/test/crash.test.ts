import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classRecords, firstVersion, laterVersion } from './records.ts';
import { killHard, startServerProcess, type RunningServer } from './server-process.ts';

const token = 't';
const seed = 0x5eed_0013;
const kills = 8;
const writers = 4;
const classes = [['subject_of_care', 'subject-of-care'], ['care_team', 'care-team']] as const;

const dir = mkdtempSync(join(tmpdir(), 'asc-mods-crash-'));
let running: RunningServer | undefined;
afterAll(async () => {
  if (running) await killHard(running);
  rmSync(dir, { recursive: true, force: true });
});

/** mulberry32: a small seeded generator, so a failing run's kill times can be replayed. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Tracked {
  readonly recordType: string;
  readonly path: string;
  /** Every body the server acknowledged (2xx), by version. */
  readonly acked: Map<number, Record<string, unknown>>;
  /** The newest version the database is known to hold. */
  known: number;
}

async function send(url: string, method: string, path: string, body?: unknown, ifMatch?: string): Promise<{ status: number; body: unknown } | 'no answer'> {
  try {
    const res = await fetch(`${url}${path}`, { method, headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(ifMatch ? { 'If-Match': ifMatch } : {}) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }), signal: AbortSignal.timeout(20_000) });
    return { status: res.status, body: await res.json() };
  } catch {
    return 'no answer';
  }
}

describe('the reference supplier killed with -9 under concurrent writers', () => {
  it(`restarts on the same file ${kills} times with every acknowledged write, gapless version chains and never a 500 (seed ${seed.toString(16)})`, { timeout: 240_000 }, async () => {
    const next = random(seed);
    const db = join(dir, 'ref.db');
    const records: Tracked[] = [];
    const serverErrors: string[] = [];
    let created = 0;
    running = await startServerProcess(db, token);
    for (const [recordType, path] of classes) expect(await send(running.url, 'POST', `/${path}`, classRecords(recordType).minimal)).toMatchObject({ status: 201 });

    /** One write: a new record (a third of the time, or when there is none yet) or the next version of a known one. */
    async function write(url: string): Promise<void> {
      const stored = records.filter((r) => r.known > 0);
      const existing = stored.length > 0 && next() > 0.35 ? stored[Math.floor(next() * stored.length)]! : undefined;
      if (!existing) {
        const [recordType, path] = classes[Math.floor(next() * classes.length)]!;
        const uid = `c0ffee00-0000-4000-8000-${String((created += 1)).padStart(12, '0')}`;
        const record: Tracked = { recordType, path: `/${path}/${uid}`, acked: new Map(), known: 0 };
        records.push(record);
        const body = firstVersion(recordType, uid);
        const answer = await send(url, 'POST', `/${path}`, body);
        if (answer !== 'no answer' && answer.status >= 500) serverErrors.push(`POST ${record.path}: ${answer.status}`);
        if (answer !== 'no answer' && answer.status === 201) (record.acked.set(1, body), (record.known = Math.max(record.known, 1)));
        return;
      }
      const version = existing.known + 1;
      const body = laterVersion(existing.recordType, String(existing.path.split('/')[2]), version);
      const answer = await send(url, 'PUT', existing.path, body, `"${existing.known}"`);
      if (answer === 'no answer') return;
      if (answer.status >= 500) serverErrors.push(`PUT ${existing.path} v${version}: ${answer.status}`);
      // Two writers may race for the same version: the loser must be told 412 (or 409), and the winner's write counts.
      if (answer.status === 200) (existing.acked.set(version, body), (existing.known = Math.max(existing.known, version)));
      else if (answer.status !== 412 && answer.status !== 409) serverErrors.push(`PUT ${existing.path} v${version}: unexpected ${answer.status}`);
    }

    /** Read back every record's versions: 1..n with no gap, each acknowledged one exactly as sent; learn n. */
    async function verify(url: string): Promise<void> {
      for (const record of records) {
        const versions: Record<string, unknown>[] = [];
        let pageToken: string | undefined;
        do {
          const page = await send(url, 'GET', `${record.path}/versions?page_size=100${pageToken ? `&page_token=${pageToken}` : ''}`);
          if (page === 'no answer') throw new Error(`no answer reading ${record.path}/versions`);
          if (page.status === 404 && record.acked.size === 0) break; // a create that was never acknowledged, and not stored
          expect(page.status, `${record.path}/versions`).toBe(200);
          const { items, next: token } = page.body as { items: Record<string, unknown>[]; next?: string };
          versions.push(...items);
          pageToken = token;
        } while (pageToken);
        expect(versions.map((v) => v['version_number']), `${record.path}: a gapless chain`).toEqual(versions.map((_, i) => i + 1));
        for (const [version, body] of record.acked) expect(versions[version - 1], `${record.path} v${version}, acknowledged`).toEqual(body);
        record.known = versions.length;
      }
    }

    for (let round = 0; round <= kills; round += 1) {
      const { url } = running;
      let stop = false;
      const loops = Array.from({ length: writers }, async () => {
        while (!stop) await write(url);
      });
      if (round < kills) {
        await new Promise((r) => setTimeout(r, 300 + Math.floor(next() * 1200)));
        await killHard(running);
      } else await new Promise((r) => setTimeout(r, 500));
      stop = true;
      await Promise.all(loops);
      if (round < kills) running = await startServerProcess(db, token);
      await verify(running.url);
      expect(serverErrors).toEqual([]);
    }
    const acknowledged = records.reduce((n, r) => n + r.acked.size, 0);
    // Enough writes for the kills to have landed among them (on a loaded machine, a few a second).
    expect(acknowledged).toBeGreaterThan(kills * 5);
    expect(records.filter((r) => r.known > 1).length).toBeGreaterThan(0);
    if (process.env['ASC_MODS_CRASH_STATS']) process.stderr.write(`crash test: ${records.length} records, ${acknowledged} acknowledged writes, ${records.reduce((n, r) => n + r.known, 0)} versions stored\n`);
    await killHard(running);
    running = undefined;
    // Nothing but the database and its log (and the owner's claim and SQLite's lock, left by the last kill -9) is left.
    expect(readdirSync(dir).filter((f) => !/^ref\.db(-wal|\.owner|\.lock)?$/.test(f))).toEqual([]);
  });
});
