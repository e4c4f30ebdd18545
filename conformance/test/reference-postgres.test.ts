import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { runCli } from '../../generator/test/support/cli.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';
import type { ConformanceResult } from '../api/result.ts';
import { migrations } from '../reference/migrations.ts';
import { PostgresRecords, pgKey } from '../reference/postgres-store.ts';
import { VersionTaken } from '../reference/records.ts';
import { adminQuery, databaseUrl, postgresServer } from './postgres-support.ts';
import { conform, referenceAttestations, suiteSize, withReferenceServer } from './support.ts';

// The reference supplier on PostgreSQL: a database of its own per test, in the server .ci/run starts.
const available = postgresServer !== undefined;
const skipReason = 'skipped without ASC_MODS_TEST_POSTGRES, the PostgreSQL server .ci/run starts';
const made: string[] = [];

const admin = adminQuery;

/** A new, empty database; its URL. */
async function freshDatabase(): Promise<string> {
  const name = `asc_mods_ref_${process.pid}_${made.length}`;
  made.push(name);
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  return databaseUrl(name);
}

afterAll(async () => {
  for (const name of made) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

const verdicts = (r: ConformanceResult) => r.tests.map((t) => `${t.id}: ${t.verdict}`);
const put = (store: PostgresRecords, uid: string, version: number) => store.put({ recordType: 'risk', uid, version, body: { record_uid: uid, version_number: version, note: "it's \"quoted\" ; --" } }, { subject: 's1', nhsNumber: undefined });

describe(`the reference supplier on PostgreSQL (${skipReason})`, () => {
  it.skipIf(!available)('passes the whole suite under both profiles, test for test as on SQLite', async () => {
    for (const profile of ['published', 'full'] as const) {
      const db = await freshDatabase();
      const onPostgres = await withReferenceServer({ db }, (base) => conform(base, { profile, attestations: referenceAttestations }));
      expect(onPostgres.tests.filter((t) => t.verdict !== 'pass').map((t) => `${t.id}: ${t.message}`)).toEqual([]);
      expect(onPostgres.summary).toMatchObject({ tests: suiteSize, pass: suiteSize, verdict: 'conformant' });
      const onSqlite = await withReferenceServer({}, (base) => conform(base, { profile, attestations: referenceAttestations }));
      expect(verdicts(onPostgres)).toEqual(verdicts(onSqlite));
    }
  });

  it.skipIf(!available)('with a defect, fails where it does on SQLite (stale updates accepted; a version taken twice)', async () => {
    for (const defect of ['accepts-stale-updates', 'stores-rejected'] as const) {
      const db = await freshDatabase();
      const onPostgres = await withReferenceServer({ db, defect }, (base) => conform(base, { profile: 'full' }));
      const onSqlite = await withReferenceServer({ defect }, (base) => conform(base, { profile: 'full' }));
      expect(onPostgres.summary.verdict).toBe('not-conformant');
      expect(verdicts(onPostgres)).toEqual(verdicts(onSqlite));
    }
  });

  it.skipIf(!available)('migrates a new database once, however many servers open it at once, and keeps records across a restart', async () => {
    const db = await freshDatabase();
    const opened = await Promise.all([1, 2, 3, 4].map(() => PostgresRecords.open(db)));
    const latest = migrations[migrations.length - 1]!.version;
    for (const store of opened) expect(await store.schemaVersion()).toBe(latest);
    await put(opened[0]!, 'u1', 1);
    // What one server stores, another sharing the database reads.
    expect((await opened[1]!.current('risk', 'u1'))?.version).toBe(1);
    await Promise.all(opened.map((s) => s.close()));
    const again = await PostgresRecords.open(db);
    await put(again, 'u1', 2);
    expect((await again.current('risk', 'u1'))?.body).toEqual({ record_uid: 'u1', version_number: 2, note: "it's \"quoted\" ; --" });
    expect((await again.history('risk', 'u1', 10, 0)).items.map((b) => b['version_number'])).toEqual([1, 2]);
    expect((await again.search({ recordType: 'risk', subject: 's1' }, 10, 0)).items).toHaveLength(1);
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    expect((await client.query('SELECT version, name FROM schema_migrations ORDER BY version')).rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
    // stored_at is milliseconds since 1970: past what a 32-bit integer holds.
    expect(Number((await client.query('SELECT max(stored_at) AS t FROM record_versions')).rows[0].t)).toBeGreaterThan(2 ** 31);
    await client.end();
    await again.close();
  });

  it.skipIf(!available)('stores a version once when two servers race to it, and gives sequence numbers in commit order', async () => {
    const db = await freshDatabase();
    const [a, b] = await Promise.all([PostgresRecords.open(db), PostgresRecords.open(db)]);
    await put(a!, 'r', 1);
    const raced = await Promise.allSettled([put(a!, 'r', 2), put(b!, 'r', 2)]);
    expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(raced.find((r) => r.status === 'rejected')).toMatchObject({ reason: expect.any(VersionTaken) });
    expect((await b!.history('risk', 'r', 10, 0)).items).toHaveLength(2);
    // Fifty records written at once through both: a search pages through all of them, each once.
    await Promise.all(Array.from({ length: 50 }, (_, i) => put(i % 2 === 0 ? a! : b!, `p${i}`, 1)));
    const seen: string[] = [];
    for (let after = 0; ; ) {
      const page = await a!.search({ recordType: 'risk', subject: 's1' }, 7, after);
      seen.push(...page.items.map((i) => String(i['record_uid'])));
      if (!page.more) break;
      after = page.last!;
    }
    expect(seen.sort()).toEqual(['r', ...Array.from({ length: 50 }, (_, i) => `p${i}`)].sort());
    await Promise.all([a!.close(), b!.close()]);
  });

  it.skipIf(!available)('keeps a uid holding a NUL, a % or a lone surrogate apart from every other, as SQLite does (PostgreSQL text holds neither NUL nor a lone surrogate)', async () => {
    expect(pgKey('a\u0000b')).toBe('a%00b');
    expect(pgKey('a%00b')).toBe('a%2500b');
    expect(pgKey('a\ud800b')).toBe('a%ud800b');
    expect(pgKey('\ud83d\ude00')).toBe('\ud83d\ude00');
    const store = await PostgresRecords.open(await freshDatabase());
    const uids = ['a\u0000b', 'a%00b', 'a%2500b', 'a\ud800b', 'a\udbffb', 'a\ufffdb'];
    for (const uid of uids) await store.put({ recordType: 'risk', uid, version: 1, body: { record_uid: uid } }, { subject: uid, nhsNumber: undefined });
    for (const uid of uids) {
      expect((await store.current('risk', uid))?.body).toEqual({ record_uid: uid });
      expect((await store.search({ recordType: 'risk', subject: uid }, 10, 0)).items).toEqual([{ record_uid: uid }]);
    }
    await store.close();
  });

  it.skipIf(!available)('reference-server --db postgres://… serves until stopped and names the database without its password', async () => {
    const db = new URL(await freshDatabase());
    db.password = 'planted-secret-9f3';
    const stop = new AbortController();
    let stdout = '';
    const running = main(['reference-server', '--port', '0', '--db', db.toString(), '--token', 't'], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd: repoRoot, env: {}, signal: stop.signal });
    for (let i = 0; i < 200 && !stdout.includes('listening'); i += 1) await new Promise((r) => setTimeout(r, 50));
    const base = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
    expect(stdout).toContain(`(schema version ${migrations[migrations.length - 1]!.version})`);
    expect(stdout).toMatch(/database: postgres(ql)?:\/\/postgres:\*\*\*@localhost:55432\/asc_mods_ref_/);
    expect(stdout).not.toContain('planted-secret-9f3');
    expect((await fetch(`${base}/capability`, { headers: { Authorization: 'Bearer t' } })).status).toBe(200);
    stop.abort();
    expect(await running).toBe(0);
  });
});

describe('reference-server on a PostgreSQL database it cannot reach', () => {
  it('is exit 2 with the reason, and never shows the password', async () => {
    // Nothing listens on port 1; the URL's password must not reach the message.
    const result = await runCli(['reference-server', '--port', '0', '--db', 'postgres://someone:planted-secret-9f3@127.0.0.1:1/mods', '--token', 't']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^asc-mods reference-server: cannot open the PostgreSQL database postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/mods: .*ECONNREFUSED/);
    expect(`${result.stdout}${result.stderr}`).not.toContain('planted-secret-9f3');
  });
});
