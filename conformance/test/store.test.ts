import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../reference/migrations.ts';
import { DatabaseInUse, ownerFile } from '../reference/owner-lock.ts';
import { RecordStore } from '../reference/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'asc-mods-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the reference supplier store', () => {
  it('migrates a new database file to the latest schema, and keeps records across a restart', () => {
    const file = join(dir, 'ref.db');
    const first = new RecordStore(file);
    expect(first.schemaVersion).toBe(migrations[migrations.length - 1]!.version);
    first.put({ recordType: 'risk', uid: 'u1', version: 1, body: { record_uid: 'u1', version_number: 1 } }, { subject: 's1', nhsNumber: undefined });
    first.put({ recordType: 'risk', uid: 'u1', version: 2, body: { record_uid: 'u1', version_number: 2 } }, { subject: 's1', nhsNumber: undefined });
    first.close();
    const again = new RecordStore(file);
    expect(again.current('risk', 'u1')?.version).toBe(2);
    expect(again.version('risk', 'u1', 1)).toEqual({ record_uid: 'u1', version_number: 1 });
    expect(again.history('risk', 'u1', 10, 0).items.map((b) => b['version_number'])).toEqual([1, 2]);
    expect(again.search({ recordType: 'risk', subject: 's1' }, 10, 0).items).toHaveLength(1);
    again.close();
  });

  it('refuses a second copy of a version, and leaves nothing half-written', () => {
    const store = new RecordStore(undefined);
    store.put({ recordType: 'risk', uid: 'u', version: 1, body: { a: 1 } }, { subject: undefined, nhsNumber: undefined });
    expect(() => store.put({ recordType: 'risk', uid: 'u', version: 1, body: { a: 2 } }, { subject: undefined, nhsNumber: undefined })).toThrow();
    expect(store.current('risk', 'u')?.body).toEqual({ a: 1 });
    store.close();
  });
});

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('the reference supplier store after a crash', () => {
  const put = (store: RecordStore, uid: string, version: number) => store.put({ recordType: 'risk', uid, version, body: { record_uid: uid, version_number: version } }, { subject: undefined, nhsNumber: undefined });

  it('opens a database whose SQLite lock a killed process left behind, with its records', () => {
    const file = join(dir, 'stale.db');
    const first = new RecordStore(file);
    put(first, 'u1', 1);
    first.close();
    // What kill -9 leaves: node-sqlite3-wasm's lock directory, and the claim of a process that no longer runs.
    mkdirSync(`${file}.lock`);
    writeFileSync(ownerFile(file), JSON.stringify({ pid: deadPid(), host: hostname() }));
    const again = new RecordStore(file);
    expect(again.current('risk', 'u1')?.version).toBe(1);
    put(again, 'u1', 2);
    again.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(existsSync(ownerFile(file))).toBe(false);
  });

  it('opens a database with a lock and no claim (a crash before the claim was written whole)', () => {
    const file = join(dir, 'unclaimed.db');
    new RecordStore(file).close();
    mkdirSync(`${file}.lock`);
    writeFileSync(ownerFile(file), '{"pid":');
    const again = new RecordStore(file);
    expect(again.schemaVersion).toBe(migrations[migrations.length - 1]!.version);
    again.close();
  });

  it('opens a database whose claim names a killed process not yet reaped (a zombie)', async () => {
    const file = join(dir, 'zombie.db');
    new RecordStore(file).close();
    // The child exits at once, and its parent never reaps it. (A shell's `sleep 0 & exec sleep 20` raced: under load
    // the shell could reap its child before it became sleep, and the zombie was gone.) Perl is in every Debian base.
    const parent = spawn('perl', ['-e', '$| = 1; my $pid = fork(); exit 0 if $pid == 0; print "$pid\n"; sleep 20'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(await new Promise<string>((r) => parent.stdout.once('data', (d: Buffer) => r(d.toString()))));
      while (!/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) await new Promise((r) => setTimeout(r, 10));
      const start = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19];
      writeFileSync(ownerFile(file), JSON.stringify({ pid, host: hostname(), start }));
      // Before, kill(pid, 0) succeeding and the start time matching made it the live owner: "in use by process N".
      const again = new RecordStore(file);
      again.close();
    } finally {
      parent.kill();
    }
  });

  it('refuses a database a live process holds, naming it, and leaves that process its lock', () => {
    const file = join(dir, 'live.db');
    const holder = new RecordStore(file);
    expect(() => new RecordStore(file)).toThrow(DatabaseInUse);
    expect(() => new RecordStore(file)).toThrow(new RegExp(`in use by process ${process.pid}`));
    put(holder, 'u1', 1);
    expect(holder.current('risk', 'u1')?.version).toBe(1);
    holder.close();
    new RecordStore(file).close();
  });

  it('lets exactly one of eight servers started at once take over a stale claim, round after round', async () => {
    // Before, two of them could each remove the other's fresh claim, and both ran on the file (1 round in 5).
    const rounds = 20;
    const racers = 8;
    const race = join(dir, 'race');
    mkdirSync(race);
    for (let round = 0; round < rounds; round += 1) writeFileSync(ownerFile(join(race, `round-${round}.db`)), JSON.stringify({ pid: deadPid(), host: hostname() }));
    // Time for every racer to start (tsx compiles on the way) before the first round.
    const start = Date.now() + 4000;
    const children = Array.from({ length: racers }, () =>
      spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'claim-racer.ts'), race, String(start), String(rounds), '150'], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    const ended = children.map((child) => new Promise((r) => child.on('close', r)));
    // Every racer's lines, once it has done every round (or ended): only then may any of them end.
    const said = await Promise.all(
      children.map(
        (child) =>
          new Promise<string[]>((resolve) => {
            let out = '';
            const lines = () => out.trim().split('\n').filter(Boolean);
            child.stdout.on('data', (d: Buffer) => {
              out += d.toString('utf8');
              if (lines().length >= rounds) resolve(lines());
            });
            child.on('close', () => resolve(lines()));
          }),
      ),
    );
    for (const child of children) child.stdin.end();
    await Promise.all(ended);
    const winners = Array.from({ length: rounds }, (_, round) => said.filter((lines) => lines.includes(`${round} claimed`)).length);
    expect(said.flat()).toHaveLength(rounds * racers);
    expect(said.flat().filter((l) => !/ (claimed|DatabaseInUse)$/.test(l))).toEqual([]);
    expect(winners).toEqual(Array.from({ length: rounds }, () => 1));
  }, 60_000);

  it('keeps a file in write-ahead-log mode, so that recovery never depends on the lock directory', () => {
    const store = new RecordStore(join(dir, 'wal.db'));
    expect(store.journalMode).toBe('wal');
    store.close();
  });
});
