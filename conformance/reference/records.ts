/** A stored version of a record. */
export interface StoredRecord {
  readonly recordType: string;
  readonly uid: string;
  readonly version: number;
  readonly body: Record<string, unknown>;
}

/** What a search matches: a class, and optionally the subject of care's uid or NHS number. */
export interface SearchQuery {
  readonly recordType: string;
  readonly subject?: string;
  readonly nhsNumber?: string;
}

/** What a search returns: a page of bodies, the sequence number of its last, and whether more follow. */
export interface SearchPage {
  readonly items: Record<string, unknown>[];
  readonly last: number | undefined;
  readonly more: boolean;
}

/** What a search by subject and NHS number needs of a stored record. */
export interface SearchKeys {
  readonly subject: string | undefined;
  readonly nhsNumber: string | undefined;
}

/** The version being stored is there already: another update won the race to it. */
export class VersionTaken extends Error {
  constructor(readonly uid: string, readonly version: number) {
    super(`version ${version} of ${uid} is already stored`);
    this.name = 'VersionTaken';
  }
}

/**
 * Where the reference supplier keeps records: SQLite in a file or in memory (`SqliteRecords`), or PostgreSQL
 * (`PostgresRecords`). Every version is kept, the newest is current, and a version is stored at most once.
 */
export interface Records {
  /** Where the records are, to show (a PostgreSQL URL without its password). */
  readonly shown: string;
  schemaVersion(): Promise<number>;
  current(recordType: string, uid: string): Promise<StoredRecord | undefined>;
  /** Whether any record, of any class, has this uid. */
  exists(uid: string): Promise<{ recordType: string } | undefined>;
  version(recordType: string, uid: string, version: number): Promise<Record<string, unknown> | undefined>;
  /** Store a version and make it current, in one transaction; VersionTaken when it is stored already. */
  put(record: StoredRecord, search: SearchKeys): Promise<void>;
  /** Replace a version's body in place (only a defect mode does this). */
  overwrite(record: StoredRecord): Promise<void>;
  search(query: SearchQuery, pageSize: number, after: number): Promise<SearchPage>;
  history(recordType: string, uid: string, pageSize: number, after: number): Promise<{ items: Record<string, unknown>[]; more: boolean }>;
  close(): Promise<void>;
}

/** Whether a --db names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}
