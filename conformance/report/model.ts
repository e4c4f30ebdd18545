/**
 * The common report model: what both runs (`validate` over record files, `conform` against a live API) become before
 * a test-report format renders them. A report holds suites, a suite holds cases, and a case passes (maybe with
 * output a person reads), is skipped, or fails with located messages. Plain text throughout: each format's writer
 * escapes it, in its one place. The adapters are from-validation.ts and from-conformance.ts.
 */
export interface TestReport {
  /** What ran: the name of the root element. */
  readonly name: string;
  /** How long the run took, when it is timed (a conform run is; validate's output depends on its input alone). */
  readonly ms?: number;
  /** The report that lists every sample, named when a writer cuts samples to keep its own output small. */
  readonly fullReport: string;
  readonly suites: readonly TestSuite[];
}

export interface TestSuite {
  readonly name: string;
  /** Name–value pairs for tools (the verdict and its counts), in order. */
  readonly properties?: readonly (readonly [string, string | number])[];
  readonly cases: readonly TestCase[];
}

export interface TestCase {
  readonly classname: string;
  readonly name: string;
  /** How long the case took, when it is timed; a suite of timed cases takes their sum. */
  readonly ms?: number;
  readonly outcome: CaseOutcome;
}

export type CaseOutcome =
  | { readonly kind: 'pass'; readonly output?: CaseText }
  | { readonly kind: 'skip'; readonly message: string }
  | { readonly kind: 'failure' | 'error'; readonly message: string; readonly type: string; readonly text: CaseText };

/**
 * A case's text: lines always shown, then samples (the located findings: record, line, path), of which a writer may
 * list fewer to stay small; `total` samples exist in all, so listing fewer says "… and N more".
 */
export interface CaseText {
  readonly lines: readonly string[];
  readonly samples?: readonly string[];
  readonly total?: number;
}
