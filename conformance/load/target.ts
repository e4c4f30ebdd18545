import type { SqlModel, SqlTable } from '../../generator/src/kit.ts';

/** A record refused, as the rejects table holds it. */
export interface RejectRow {
  readonly sha256: string;
  readonly file: string;
  readonly line: number | undefined;
  readonly record: number;
  readonly recordType: string | undefined;
  readonly recordUid: string | undefined;
  readonly version: number | undefined;
  readonly findings: readonly { readonly check: string; readonly requirement?: string; readonly path: string; readonly message: string }[];
}

/**
 * A valid record of a batch: its place in the batch (from 1), its class's tables, its identity, and either its JSON
 * text as UTF-8 (documents.ts's `documentOf`) or its value, as its target `keeps` it (each target takes both).
 */
export type BatchRecord = {
  readonly seq: number;
  readonly tables: SqlModel['records'][number];
  readonly uid: string;
  readonly version: number;
} & ({ readonly document: Uint8Array } | { readonly value: Readonly<Record<string, unknown>> });

/** One batch for a table: its rows, each the record's place in the batch and then its cells (text or null) in the table's column order. */
export interface TableBatch {
  readonly table: SqlTable;
  readonly rows: readonly (readonly (string | null)[])[];
  /** A record table (its current flags follow what is loaded), or a child table. */
  readonly kind: 'record' | 'child';
}

/** What a batch changed: rows new to each record table, and rejects new to the rejects table. */
export interface BatchOutcome {
  readonly loaded: number;
  readonly rejected: number;
}

/** A database the records load into (DuckDB, PostgreSQL): it makes its schema where absent, then takes batches. */
export interface LoadTarget {
  /** Where it is, for the summary (no password). */
  readonly shown: string;
  /**
   * What a batch keeps of each valid record until it is loaded: its JSON text, for an engine that flattens the text
   * itself (DuckDB: a batch's object graphs, held in the old generation, make its major collections slower; a load of
   * 101 MB took a median 8.9 s against 9.5 s over six paired rounds), or its value, for one given rows made in
   * JavaScript (PostgreSQL: parsing the text again cost 0.9–2.7 s more in two paired rounds).
   */
  readonly keeps: 'document' | 'value';
  /** Create the schema where it is absent; true when it was created. */
  ensureSchema(): Promise<boolean>;
  /**
   * Insert what is not there yet (by record uid and version), move the current flags, and keep the rejects. A batch
   * holds each record uid and version of a class at most once (load.ts refuses the second). `last`: no batch follows
   * in this load (an engine may write its files then rather than at close).
   */
  loadBatch(records: readonly BatchRecord[], rejects: readonly RejectRow[], last?: boolean): Promise<BatchOutcome>;
  close(): Promise<void>;
}

/** A reject's cells in the rejects table's column order, its place in the batch first (as every staged row). */
export function rejectCells(r: RejectRow, i: number): (string | null)[] {
  return [String(i + 1), r.sha256, r.file, r.line === undefined ? null : String(r.line), String(r.record), r.recordType ?? null, r.recordUid ?? null, r.version === undefined ? null : String(r.version), JSON.stringify(r.findings)];
}

/**
 * A batch the database refused (rolled back): the batches before it stay loaded. Its message is the engine's words
 * only as far as the first colon or quote, since past them an engine quotes the value it could not take, which may be
 * personal (DuckDB's JSON reader quotes the whole record), plus PostgreSQL's SQLSTATE code where there is one.
 */
export class BatchRefused extends Error {
  override readonly name = 'BatchRefused';

  constructor(readonly batch: number, cause: unknown) {
    super(engineWords(cause));
  }
}

function engineWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const words = message.split(/[:"'\n]/, 1)[0]!.trim().slice(0, 120) || 'an error';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? `${words}, SQLSTATE ${code}` : words;
}
