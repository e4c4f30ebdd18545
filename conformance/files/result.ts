/**
 * The one result model of a validation run. The console summary, the JSON report (canonical), JUnit XML and the
 * HTML scorecard are all rendered from it. Nothing in it holds the value of a personal or special-category element:
 * findings carry where, which rule and a masked value.
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

/** Where a record came from: the file, its 1-based record number in the file, and its line (JSON, NDJSON) or row (CSV). */
export interface RecordLocation {
  readonly file: string;
  readonly record: number;
  readonly line?: number;
  readonly row?: number;
}

export interface DataFinding {
  /** Stable id of the check: `schema.<keyword>` for the schemas, a data-rule id, or `input.<problem>` for unreadable input. */
  readonly check: string;
  /** The MODS requirement it verifies, where one applies. */
  readonly requirement?: string;
  readonly severity: FindingSeverity;
  readonly location: RecordLocation;
  /** The record's class, when it could be read. */
  readonly recordType?: string;
  /**
   * The record's uid, so that the list of failing records can go back to the provider: shown when it has the shape of
   * a UUID or a ULID (which cannot spell a name), otherwise described by its length (mask.ts, shownUid).
   */
  readonly uid?: string;
  /** JSON Pointer into the record ('' for the record itself). */
  readonly path: string;
  /** Plain English: what is wrong. Never the value of a personal element. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /** The offending value, masked where the element is personal or special-category (e.g. "9*******19" or "***"). */
  readonly value?: string;
  /** 'modelled' when the obligation is ours, not the published standard's (a warning under the published profile). */
  readonly authority?: 'modelled';
}

/** All findings of one check, counted, with the first ones kept in full (a run over millions of records keeps memory flat). */
export interface CheckSummary {
  readonly check: string;
  readonly requirement?: string;
  /** 'modelled' for the findings of a check on obligations of the asc-mods model that the published standard does not make. */
  readonly authority?: 'modelled';
  readonly severity: FindingSeverity;
  readonly count: number;
  /** Records with at least one finding of this check. */
  readonly records: number;
  readonly samples: readonly DataFinding[];
}

export interface FileSummary {
  readonly file: string;
  readonly format: 'json' | 'ndjson' | 'csv';
  readonly bytes: number;
  readonly records: number;
  readonly valid: number;
  readonly invalid: number;
  readonly unreadable: number;
  /** Findings per check in this file (for JUnit: one test case per check per file). */
  readonly checks: Readonly<Record<string, number>>;
}

/** Completeness and validity of one element of one class, for one provider or for all. */
export interface ElementScore {
  readonly element: string;
  readonly publishedName: string;
  /** 'must' when the element must occur (its absence is an error), 'could' otherwise. */
  readonly obligation: 'must' | 'could';
  /** Whether that obligation is the published standard's or the asc-mods model's (advisory under the published profile). */
  readonly authority: 'published' | 'modelled';
  /** Records of the class that hold the element. */
  readonly present: number;
  /** Of those, records whose value for the element raised no error. */
  readonly valid: number;
}

export interface ClassScore {
  readonly recordType: string;
  readonly publishedName: string;
  readonly records: number;
  readonly validRecords: number;
  readonly elements: readonly ElementScore[];
}

export interface ProviderScore {
  /** The provider's ODS code when the batch or `--provider` says it, otherwise the file it came from. */
  readonly provider: string;
  readonly by: 'ods-code' | 'file';
  /** Every record and line read from the provider: valid + invalid + unreadable. */
  readonly records: number;
  readonly valid: number;
  readonly invalid: number;
  readonly unreadable: number;
  readonly errors: number;
  readonly warnings: number;
  /** Errors by the requirement they break ('' for those of no requirement, such as unreadable input), sorted by id. */
  readonly errorsByRequirement: Readonly<Record<string, number>>;
  readonly classes: readonly ClassScore[];
}

/** One input of a run, as read: its name in the reports, its size and the SHA-256 of its bytes (as `sha256sum` prints it). */
export interface InputStamp {
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * When and on what a run was made, so that monthly figures can be compared: the time it started (ISO 8601, UTC), the
 * tool's version, the spec's release and the inputs' hashes. Reports carry it; generated/ never does.
 */
export interface RunStamp {
  readonly at: string;
  readonly toolVersion: string;
  readonly specRelease: string;
  readonly inputs: readonly InputStamp[];
}

export interface ValidationResult {
  readonly tool: { readonly name: 'asc-mods'; readonly spec: string; readonly release: string };
  /** Set by the command that ran it (absent from a result made in process without one). */
  readonly run?: RunStamp;
  /** Which obligations failed a record: 'published' (the default; modelled ones are warnings) or 'full'. */
  readonly profile: 'published' | 'full';
  readonly totals: {
    /** Every record and line read: valid + invalid + unreadable. */
    readonly records: number;
    readonly valid: number;
    readonly invalid: number;
    readonly unreadable: number;
    readonly bytes: number;
  };
  readonly findings: { readonly errors: number; readonly warnings: number; readonly infos: number };
  readonly files: readonly FileSummary[];
  /** Sorted by severity, then count (descending), then check id. */
  readonly checks: readonly CheckSummary[];
  readonly scorecard: readonly ClassScore[];
  readonly providers: readonly ProviderScore[];
  /** Present when the run was stopped part way (SIGINT, SIGTERM): why, and the files not read at all. */
  readonly interrupted?: { readonly reason: string; readonly unread: readonly string[] };
}
