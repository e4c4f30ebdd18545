import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Another live process holds the database file; nothing was opened. */
export class DatabaseInUse extends Error {
  constructor(
    readonly file: string,
    readonly owner: Owner,
  ) {
    super(`the database ${file} is in use by process ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}; stop that server first, or use another --db`);
    this.name = 'DatabaseInUse';
  }
}

export interface Owner {
  readonly pid: number;
  readonly host: string;
  /** When the process started (clock ticks after boot, from /proc), so that a reused pid is not taken for the owner. */
  readonly start: string | undefined;
}

/** The file that names the process owning a database: `<db>.owner`, beside it. */
export function ownerFile(db: string): string {
  return `${db}.owner`;
}

/**
 * Claim a database file for this process, before SQLite opens it. node-sqlite3-wasm locks with a `<db>.lock`
 * directory that a killed process leaves behind, and that directory alone cannot say whether its maker is alive.
 * So the claim is our own file naming the owner, created atomically (a hard link fails if the name exists); a claim
 * whose process is gone is taken over, and then any SQLite lock directory is stale and removed. A live owner is
 * refused with DatabaseInUse. Returns the function that releases the claim.
 */
export function claimDatabase(db: string): () => void {
  const file = ownerFile(db);
  const me: Owner = { pid: process.pid, host: hostname(), start: processStat(process.pid)?.start };
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, `${JSON.stringify(me)}\n`);
  try {
    if (!linked(draft, file)) takeOver(db, draft, file);
  } finally {
    removeIfPresent(draft);
  }
  rmSync(`${db}.lock`, { recursive: true, force: true });
  return () => {
    if (readOwner(file)?.pid === me.pid) removeIfPresent(file);
  };
}

/** How long a start waits for another start that is taking over the same claim (it takes milliseconds). */
const takeoverWaitMs = 5000;

/**
 * Replace a claim whose owner is gone. Reading the claim, judging its owner dead, removing it and linking ours are
 * four steps, and two servers started at once on the same stale claim could each remove the other's fresh claim
 * between them, and both then ran on one file. So a takeover is done under a second claim, `<db>.owner.takeover`,
 * made the same way: only its holder removes a claim, and it removes only the claim it judged (no other process can replace a claim, only link one where there is none, which the
 * holder then finds alive). A takeover claim left by a process killed in those milliseconds is itself stale, and
 * removed.
 */
function takeOver(db: string, draft: string, file: string): void {
  const guard = `${file}.takeover`;
  const until = Date.now() + takeoverWaitMs;
  while (!linked(draft, guard)) {
    const holder = readOwner(guard);
    if (holder && !isAlive(holder)) removeIfPresent(guard);
    else if (Date.now() > until) throw new DatabaseInUse(db, holder ?? { pid: 0, host: hostname(), start: undefined });
    else pause(10);
  }
  try {
    while (!linked(draft, file)) {
      const owner = readOwner(file);
      if (owner && isAlive(owner)) throw new DatabaseInUse(db, owner);
      removeIfPresent(file);
    }
  } finally {
    removeIfPresent(guard);
  }
}

/** Link `draft` to `name`: false if `name` exists. */
function linked(draft: string, name: string): boolean {
  try {
    linkSync(draft, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readOwner(file: string): Owner | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Owner>;
    return typeof value.pid === 'number' && typeof value.host === 'string' ? { pid: value.pid, host: value.host, start: typeof value.start === 'string' ? value.start : undefined } : undefined;
  } catch {
    // Unreadable or torn: no live owner wrote it (a claim is written whole before it is linked into place).
    return undefined;
  }
}

/** Whether the owner may still be running: always, if it is on another host (its pid cannot be checked from here). */
function isAlive(owner: Owner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const stat = processStat(owner.pid);
  // A killed process its parent has not yet reaped (a zombie) still answers kill(pid, 0), but holds nothing: a
  // server killed with -9 under a supervisor, or in a container whose first process never reaps, stays one a while.
  if (stat?.state === 'Z' || stat?.state === 'X') return false;
  return owner.start === undefined || stat?.start === undefined || stat.start === owner.start;
}

/**
 * Fields 3 (the state: R, S, Z for a zombie ...) and 22 (the start time) of /proc/<pid>/stat, read after the
 * parenthesised command name, which may hold spaces; undefined where there is no /proc.
 */
function processStat(pid: number): { state: string | undefined; start: string | undefined } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], start: fields[19] };
  } catch {
    return undefined;
  }
}

function removeIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
