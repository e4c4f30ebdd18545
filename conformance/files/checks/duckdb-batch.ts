import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import type { DataFinding, RecordLocation } from '../result.ts';
import { batchFinding, duplicateFix, duplicateMessage, gapFix, gapMessage, highestTrackedVersion, unresolvedFix, unresolvedMessage, type BatchConclusion, type BatchRules, type LateDuplicate, type ProviderKey, type RecordContext } from './batch-rules.ts';
import { Interner } from './growable.ts';
import { fingerprint } from './hash.ts';
import { PositionLog } from './positions.ts';

/**
 * DuckDB's memory limit unless told otherwise. Past it DuckDB spills to its file, so this bounds what it holds: a
 * short run never reaches it, a long one fills it, so it is what a run's peak grows by. Measured on the synthetic
 * mix (`validate`, peak RSS of the whole process, 101 MB and 1.01 GB of NDJSON), with the queries grouping a part of
 * the uids at a time (`rowsPerPart`): 64MB 236 and 282 MB (1.20); 32MB 235 and 249-260 MB (1.05-1.11, three runs);
 * 24MB 231 and 242-254 MB (1.02-1.10, three runs). 24MB also ran 974 MB of records that are every one invalid, and
 * 16MB the 97 MB of them. Before the parts, grouping every uid at once ran out of memory at 32MB.
 */
export const defaultEngineMemory = '24MB';

/** DuckDB failed (out of its memory limit, out of disk): a user's problem to act on, not a crash. */
export class EngineFailed extends Error {
  constructor(readonly reason: string) {
    super(`the DuckDB engine failed: ${reason}`);
    this.name = 'EngineFailed';
  }
}

/** Run a DuckDB step; its failure as EngineFailed with DuckDB's first line (its message names no record value). */
async function engineStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new EngineFailed(String((error as Error).message ?? error).split('\n')[0]!);
  }
}

type Requirements = { readonly forRule: (rule: string) => string | undefined };

/** A version the bits of versions track: a whole number from 1 to 31 (anything else turns gap checking off for the uid, as in memory). */
const tracked = `version >= 1 AND version <= ${highestTrackedVersion} AND version = floor(version)`;

const schema = `
  CREATE TABLE recs (ordinal UBIGINT, hi UINTEGER, lo UINTEGER, version DOUBLE, type USMALLINT, errors BOOLEAN, provider UINTEGER, scored BOOLEAN);
  CREATE TABLE refs (seq UBIGINT, hi UINTEGER, lo UINTEGER, type USMALLINT, ordinal UBIGINT, src USMALLINT, path VARCHAR);
`;

/**
 * Record rows a query groups at a time, at most: the rows are split by their uid's fingerprint into as many parts as
 * that takes, so that what DuckDB holds to group them does not grow with the batch. Measured on 786,000 uids, peak RSS
 * over the queries, DuckDB at 64MB: in one part 36 MB more than before them, in four 16 MB, in eight 6 MB, and no
 * slower (438, 450 and 525 ms); held to 24MB, grouping every uid at once ran out of memory.
 */
export const rowsPerPart = 100_000;

/** Where the three queries put what they find, part by part, to be read back in the order of the reading. */
const foundSchema = `
  CREATE TABLE found_duplicates (ordinal UBIGINT, type USMALLINT, version DOUBLE, errors BOOLEAN, provider UINTEGER, scored BOOLEAN);
  CREATE TABLE found_gaps (first UBIGINT, type USMALLINT, bits UBIGINT);
  CREATE TABLE found_unresolved (seq UBIGINT, ordinal UBIGINT, type USMALLINT, src USMALLINT, path VARCHAR);
`;

/** One part of the rows, by uid fingerprint: the rows of `table` (an alias) whose uid falls in part k of n. */
const inPart = (table: string, k: number, n: number) => (n === 1 ? 'TRUE' : `${table}.hi % ${n} = ${k}`);

// A group per uid and version seen twice (an aggregate DuckDB spills to disk, unlike a window over every row), then
// every copy but the first.
const duplicatesPart = (k: number, n: number) => `
  INSERT INTO found_duplicates
  WITH twice AS (SELECT hi, lo, version, min(ordinal) AS kept FROM recs WHERE ${tracked} AND ${inPart('recs', k, n)} GROUP BY hi, lo, version HAVING count(*) > 1)
  SELECT r.ordinal, r.type, r.version, r.errors, r.provider, r.scored FROM recs r JOIN twice t ON t.hi = r.hi AND t.lo = r.lo AND t.version = r.version
  WHERE ${inPart('r', k, n)} AND r.ordinal <> t.kept`;

const gapsPart = (k: number, n: number) => `
  INSERT INTO found_gaps
  SELECT first, type, bits FROM (
    SELECT min(ordinal) AS first, arg_min(type, ordinal) AS type,
      coalesce(bit_or(CAST(1 AS UBIGINT) << CAST(version - 1 AS INTEGER)) FILTER (WHERE ${tracked}), 0) AS bits,
      bool_or(NOT (${tracked})) AS overflow
    FROM recs WHERE ${inPart('recs', k, n)} GROUP BY hi, lo
  ) WHERE NOT overflow AND bits <> 0 AND (bits & (bits + 1)) <> 0`;

const unresolvedPart = (k: number, n: number) => `
  INSERT INTO found_unresolved
  WITH firsts AS (SELECT hi, lo, arg_min(type, ordinal) AS type FROM recs WHERE ${inPart('recs', k, n)} GROUP BY hi, lo)
  SELECT r.seq, r.ordinal, r.type, r.src, r.path FROM refs r LEFT JOIN firsts f ON f.hi = r.hi AND f.lo = r.lo
  WHERE ${inPart('r', k, n)} AND (f.type IS NULL OR f.type <> r.type)`;

const duplicatesQuery = 'SELECT ordinal, type, version, errors, provider, scored FROM found_duplicates ORDER BY ordinal';
const gapsQuery = 'SELECT first, type, bits FROM found_gaps ORDER BY first';
const unresolvedQuery = 'SELECT ordinal, type, src, path FROM found_unresolved ORDER BY seq';

/**
 * The rules across records with their memory on disk: each record's uid fingerprint, version and counts, and each
 * reference, appended to a DuckDB file in a temporary folder; duplicates, version gaps and unresolved references
 * are then three queries, run on a part of the uids at a time (`rowsPerPart`), whose findings are streamed back in
 * the order the in-memory engine (`BatchState`) gives them, and the folder is removed. DuckDB keeps under its memory
 * limit by spilling to that file, so memory stays flat however many records there are; what stays here is the
 * position log (an entry per file) and the class and provider names.
 */
export class DuckDbBatchState implements BatchRules {
  private readonly positions = new PositionLog();
  private readonly types = new Interner();
  private readonly providers = new Interner();
  private readonly providerKeys: ProviderKey[] = [];
  private refSeq = 0n;
  private closed = false;
  /** The first append that failed (out of disk): no more are tried, and conclude reports it. */
  private failure: EngineFailed | undefined;

  private constructor(
    private readonly requirements: Requirements,
    private readonly dir: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly recs: DuckDBAppender,
    private readonly refs: DuckDBAppender,
    private readonly partRows: number,
  ) {}

  /** A new DuckDB file in a temporary folder (in `parent`, the system's by default), DuckDB held to `memoryLimit`. */
  static async open(requirements: Requirements, options: { parent?: string; memoryLimit?: string; rowsPerPart?: number } = {}): Promise<DuckDbBatchState> {
    // Loaded only by validate --engine duckdb.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const dir = mkdtempSync(join(options.parent ?? tmpdir(), 'asc-mods-batch-'));
    try {
      const settings = { memory_limit: options.memoryLimit ?? defaultEngineMemory, temp_directory: join(dir, 'spill'), preserve_insertion_order: 'false' };
      const instance = await engineStep(() => DuckDBInstance.create(join(dir, 'batch.duckdb'), settings));
      const connection = await instance.connect();
      await engineStep(() => connection.run(schema));
      return new DuckDbBatchState(requirements, dir, instance, connection, await connection.createAppender('recs'), await connection.createAppender('refs'), options.rowsPerPart ?? rowsPerPart);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  note(location: RecordLocation): void {
    this.positions.note(location);
  }

  /** Appended; a duplicate is found by conclude, with what it needs to correct the counts. */
  addRecord(recordType: string, uid: string, version: number, location: RecordLocation, given: readonly [number, number] | undefined, context: RecordContext): undefined {
    if (this.failure) return undefined;
    const hash = given ?? fingerprint(uid, 0);
    try {
      this.appendRecord(hash, version, recordType, location, context);
    } catch (error) {
      this.failure = new EngineFailed(String((error as Error).message).split('\n')[0]!);
    }
    return undefined;
  }

  private appendRecord(hash: readonly [number, number], version: number, recordType: string, location: RecordLocation, context: RecordContext): void {
    const a = this.recs;
    a.appendUBigInt(BigInt(this.positions.note(location)));
    a.appendUInteger(hash[0]);
    a.appendUInteger(hash[1]);
    a.appendDouble(version);
    a.appendUSmallInt(this.types.id(recordType));
    a.appendBoolean(context.errors);
    a.appendUInteger(this.provider(context.provider));
    a.appendBoolean(context.scored);
    a.endRow();
  }

  addHashedReference(targetType: string, h: number, l: number, location: RecordLocation, recordType: string, path: string): void {
    if (this.failure) return;
    try {
      this.appendReference(targetType, h, l, location, recordType, path);
    } catch (error) {
      this.failure = new EngineFailed(String((error as Error).message).split('\n')[0]!);
    }
  }

  private appendReference(targetType: string, h: number, l: number, location: RecordLocation, recordType: string, path: string): void {
    const a = this.refs;
    a.appendUBigInt(this.refSeq);
    this.refSeq += 1n;
    a.appendUInteger(h);
    a.appendUInteger(l);
    a.appendUSmallInt(this.types.id(targetType));
    a.appendUBigInt(BigInt(this.positions.note(location)));
    a.appendUSmallInt(this.types.id(recordType));
    a.appendVarchar(path);
    a.endRow();
  }

  async conclude(): Promise<BatchConclusion> {
    if (this.failure) throw this.failure;
    await engineStep(async () => {
      this.recs.flushSync();
      this.recs.closeSync();
      this.refs.flushSync();
      this.refs.closeSync();
    });
    await this.findAll();
    return { duplicates: this.duplicates(), findings: this.rest() };
  }

  /** Run the three queries part by part (`rowsPerPart`), into the found_ tables. */
  private async findAll(): Promise<void> {
    await engineStep(async () => {
      const counted = await this.connection.runAndReadAll('SELECT count(*) FROM recs');
      const parts = Math.max(1, Math.ceil(Number(counted.getRows()[0]![0]) / this.partRows));
      await this.connection.run(foundSchema);
      for (const query of [duplicatesPart, gapsPart, unresolvedPart]) for (let k = 0; k < parts; k += 1) await this.connection.run(query(k, parts));
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.connection.closeSync();
      this.instance.closeSync();
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private async *duplicates(): AsyncGenerator<LateDuplicate> {
    for await (const [ordinal, type, version, errors, provider, scored] of this.rows(duplicatesQuery)) {
      const recordType = this.types.values[Number(type)]!;
      const finding = batchFinding(this.requirements, 'unique-record-version', this.positions.locate(Number(ordinal)), recordType, '/version_number', duplicateMessage(Number(version)), duplicateFix);
      yield { finding, context: { errors: errors === true, provider: this.providerKeys[Number(provider)]!, scored: scored === true } };
    }
  }

  private async *rest(): AsyncGenerator<DataFinding> {
    for await (const [first, type, bits] of this.rows(gapsQuery)) {
      yield batchFinding(this.requirements, 'version-sequence', this.positions.locate(Number(first)), this.types.values[Number(type)]!, '/version_number', gapMessage(Number(bits)), gapFix);
    }
    for await (const [ordinal, type, src, path] of this.rows(unresolvedQuery)) {
      const f = batchFinding(this.requirements, 'reference-resolves', this.positions.locate(Number(ordinal)), this.types.values[Number(src)]!, String(path), unresolvedMessage(this.types.values[Number(type)]!), unresolvedFix);
      yield { ...f, severity: 'warning' };
    }
  }

  /** A query's rows, a chunk at a time (however many findings there are, only a chunk is held). */
  private async *rows(sql: string): AsyncGenerator<DuckDBValue[]> {
    const result = await engineStep(() => this.connection.stream(sql));
    for (;;) {
      const chunk = await engineStep(() => result.fetchChunk());
      if (!chunk || chunk.rowCount === 0) return;
      yield* chunk.getRows();
    }
  }

  private provider(key: ProviderKey): number {
    const id = this.providers.id(`${key.by}\u0000${key.name}`);
    if (id === this.providerKeys.length) this.providerKeys.push(key);
    return id;
  }
}
