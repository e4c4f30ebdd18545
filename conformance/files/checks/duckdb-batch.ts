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
 * DuckDB's memory limit unless told otherwise. Measured on the synthetic mix (validate, peak RSS of the whole
 * process): 256MB let DuckDB's part grow to 290 MB on 1 GB of NDJSON, 64MB to 185 MB; 32MB and 16MB ran out on some
 * runs (an operator that cannot spill). Past the limit DuckDB spills to its file, so this bounds what it holds.
 */
export const defaultEngineMemory = '64MB';

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

// A group per uid and version seen twice (an aggregate DuckDB spills to disk, unlike a window over every row), then
// every copy but the first.
const duplicatesQuery = `
  WITH twice AS (SELECT hi, lo, version, min(ordinal) AS kept FROM recs WHERE ${tracked} GROUP BY hi, lo, version HAVING count(*) > 1)
  SELECT r.ordinal, r.type, r.version, r.errors, r.provider, r.scored FROM recs r JOIN twice t ON t.hi = r.hi AND t.lo = r.lo AND t.version = r.version
  WHERE r.ordinal <> t.kept ORDER BY r.ordinal`;

const gapsQuery = `
  SELECT first, type, bits FROM (
    SELECT min(ordinal) AS first, arg_min(type, ordinal) AS type,
      coalesce(bit_or(CAST(1 AS UBIGINT) << CAST(version - 1 AS INTEGER)) FILTER (WHERE ${tracked}), 0) AS bits,
      bool_or(NOT (${tracked})) AS overflow
    FROM recs GROUP BY hi, lo
  ) WHERE NOT overflow AND bits <> 0 AND (bits & (bits + 1)) <> 0 ORDER BY first`;

const unresolvedQuery = `
  WITH firsts AS (SELECT hi, lo, arg_min(type, ordinal) AS type FROM recs GROUP BY hi, lo)
  SELECT r.ordinal, r.type, r.src, r.path FROM refs r LEFT JOIN firsts f ON f.hi = r.hi AND f.lo = r.lo
  WHERE f.type IS NULL OR f.type <> r.type ORDER BY r.seq`;

/**
 * The rules across records with their memory on disk: each record's uid fingerprint, version and counts, and each
 * reference, appended to a DuckDB file in a temporary folder; duplicates, version gaps and unresolved references
 * are then three queries, streamed back in the order the in-memory engine (`BatchState`) gives them, and the folder
 * is removed. DuckDB keeps under its memory limit by spilling to that file, so memory stays flat however many
 * records there are; what stays here is the position log (an entry per file) and the class and provider names.
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
  ) {}

  /** A new DuckDB file in a temporary folder (in `parent`, the system's by default), DuckDB held to `memoryLimit`. */
  static async open(requirements: Requirements, options: { parent?: string; memoryLimit?: string } = {}): Promise<DuckDbBatchState> {
    // Loaded only by validate --engine duckdb.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const dir = mkdtempSync(join(options.parent ?? tmpdir(), 'asc-mods-batch-'));
    try {
      const settings = { memory_limit: options.memoryLimit ?? defaultEngineMemory, temp_directory: join(dir, 'spill'), preserve_insertion_order: 'false' };
      const instance = await engineStep(() => DuckDBInstance.create(join(dir, 'batch.duckdb'), settings));
      const connection = await instance.connect();
      await engineStep(() => connection.run(schema));
      return new DuckDbBatchState(requirements, dir, instance, connection, await connection.createAppender('recs'), await connection.createAppender('refs'));
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
    return { duplicates: this.duplicates(), findings: this.rest() };
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
