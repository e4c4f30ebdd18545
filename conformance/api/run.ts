import { apiChecks } from './checks/api-tests.ts';
import { classChecks } from './checks/class-tests.ts';
import { Verdict, type Outcome } from './checks/outcome.ts';
import { pathOf, type RunContext } from './context.ts';
import { keepListOf, withoutCredentials } from '../report/keep.ts';
import { HttpClient, type Exchange } from './http.ts';
import { RunIdentities } from './remap.ts';
import { byClass, type Attestation, type AttestationFinding, type ConformanceResult, type ConformProfile, type TestResult } from './result.ts';
import { isAdvisory, requirementResults, summarise } from './verdict.ts';
import { loadSuite, type SuiteDefinition, type SuiteTestDefinition } from './suite.ts';

export interface Manifest {
  /** Per class: the optional elements it holds, and for coded elements how its codes relate to the value set (exact: the set's own codes; mapped: local codes mapped to them). */
  readonly classes: readonly { readonly record_type: string; readonly elements?: readonly string[]; readonly terminology?: Readonly<Record<string, 'exact' | 'mapped'>> }[];
}

export interface ConformOptions {
  readonly baseUrl: string;
  readonly token: string | undefined;
  /** generated/conformance. */
  readonly suiteDir: string;
  readonly kitVersion: string;
  /** Only these classes (of those the system declares). */
  readonly classes?: readonly string[];
  /** What the system supports, when it has no capability endpoint. */
  readonly manifest?: Manifest;
  readonly requestTimeoutMs?: number;
  readonly runTimeoutMs?: number;
  readonly maxResponseBytes?: number;
  /** Classes tested at the same time. */
  readonly concurrency?: number;
  readonly onTest?: (result: TestResult, done: number, total: number) => void;
  /** Which obligations decide: 'published' (the default) or 'full'. */
  readonly profile?: ConformProfile;
  /** Valid attestations, by requirement id, and what was wrong with the file they came from. */
  readonly attestations?: { readonly file?: string; readonly valid: ReadonlyMap<string, Attestation>; readonly findings: readonly AttestationFinding[] };
  /** Stops the run (Ctrl-C): requests in flight end, and every test not finished is an error, "interrupted". */
  readonly signal?: AbortSignal;
}

/** The system could not be asked anything: not running, wrong address, or it refuses the token. */
export class SystemUnavailable extends Error {}

/** Run the suite against a live system and return the one result model every report is written from. */
export async function runConformance(options: ConformOptions): Promise<ConformanceResult> {
  const started = performance.now();
  const date = new Date().toISOString();
  const profile = options.profile ?? 'published';
  const deadline = Date.now() + (options.runTimeoutMs ?? 15 * 60_000);
  const { suite, fixtures } = await loadSuite(options.suiteDir);
  const client = new HttpClient({ baseUrl: options.baseUrl, token: options.token, timeoutMs: options.requestTimeoutMs ?? 10_000, maxResponseBytes: options.maxResponseBytes ?? 8 * 1024 * 1024, ...(options.signal ? { signal: options.signal } : {}) });
  const { declared, source } = options.manifest ? { declared: fromManifest(options.manifest), source: 'manifest' as const } : { declared: await fromCapability(client.forTest('setup'), suite), source: 'capability' as const };
  const wanted = new Set(options.classes ?? [...declared.keys()]);
  const tested = suite.classes.map((c) => c.record_type).filter((c) => declared.has(c) && wanted.has(c));
  const ids = new RunIdentities();
  const context: RunContext = {
    client,
    suite,
    fixtures: new Map([...fixtures].map(([name, f]) => [name, ids.apply(f)])),
    ids,
    declared,
    mandatory: new Map([...fixtures].map(([name, f]) => [name, mandatoryUnder(profile, Object.keys(f.minimal), suite.classes.find((c) => c.record_type === name)?.modelledMandatory)])),
    state: new Map(),
    keep: keepListOf(suite, fixtures.values()),
  };
  const total = suite.tests.length;
  const results = new Map<string, TestResult>();
  const record = (result: TestResult) => {
    results.set(result.id, result);
    options.onTest?.(result, results.size, total);
  };
  const run = async (test: SuiteTestDefinition, why?: { verdict: 'skip' | 'error'; message: string; evidence?: readonly Exchange[] }) => {
    const t0 = performance.now();
    const executed: Outcome = why ? { verdict: why.verdict, message: why.message, evidence: why.evidence ?? [] } : Date.now() > deadline ? { verdict: 'error', message: 'the run reached its time limit before this test', evidence: [] } : options.signal?.aborted ? interrupted : await execute(test, context);
    // A test that was running when the run was stopped saw its requests cut short: its verdict would say nothing.
    const outcome = options.signal?.aborted && executed.verdict !== 'skip' ? interrupted : executed;
    record({ id: test.id, title: test.title, ...(test.class ? { class: test.class } : {}), requirements: test.requirements, level: test.level, authority: test.authority, profile: test.profile, advisory: isAdvisory(test, profile), verdict: outcome.verdict, message: outcome.message, ...(outcome.detail ? { detail: outcome.detail } : {}), evidence: outcome.evidence, ms: Math.round(performance.now() - t0) });
  };

  for (const test of suite.tests.filter((t) => !t.class)) await run(test);
  const setup = await createAnchors(context, tested);
  const queue = [...tested];
  const worker = async () => {
    for (let cls = queue.shift(); cls !== undefined; cls = queue.shift()) {
      const failed = setup.get(cls);
      for (const test of suite.tests.filter((t) => t.class === cls && t.kind !== 'paging')) {
        await run(test, failed ? { verdict: 'error', message: failed.message, evidence: failed.evidence } : undefined);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  for (const test of suite.tests.filter((t) => t.kind === 'paging')) await run(test, tested.includes(test.class!) ? undefined : { verdict: 'skip', message: `the system does not hold ${test.class}, the class paging is tested with` });
  for (const test of suite.tests) if (!results.has(test.id)) await run(test, { verdict: 'skip', message: declared.has(test.class ?? '') ? 'not selected (--classes)' : `the system does not declare ${test.class}` });

  const tests = suite.tests.map((t) => results.get(t.id)!);
  const requirements = requirementResults(suite.coverage, tests, options.attestations?.valid ?? new Map(), profile);
  return {
    kit: { name: 'asc-mods', version: options.kitVersion },
    spec: { standard: suite.standard, release: suite.release },
    date,
    system: { baseUrl: options.baseUrl, declared: [...declared.keys()], source, capabilities: Object.fromEntries([...declared].map(([k, v]) => [k, [...v]])) },
    classesTested: tested,
    summary: summarise(requirements, tests, profile, Math.round(performance.now() - started)),
    requirements,
    classes: byClass(tests),
    tests,
    attestations: { ...(options.attestations?.file === undefined ? {} : { file: options.attestations.file }), findings: options.attestations?.findings ?? [] },
    created: ids.created,
    ...(options.signal?.aborted ? { interrupted: { reason: String(options.signal.reason ?? 'aborted') } } : {}),
  };
}

const interrupted: Outcome = { verdict: 'error', message: 'interrupted: the run was stopped before this test finished', evidence: [] };

/** The elements the round trip demands back: the mandatory ones, less those only the asc-mods model makes mandatory under 'published'. */
function mandatoryUnder(profile: ConformProfile, minimal: readonly string[], modelled: readonly string[] | undefined): Set<string> {
  const skip = new Set(profile === 'published' ? (modelled ?? []) : []);
  return new Set(minimal.filter((name) => !skip.has(name)));
}

async function execute(test: SuiteTestDefinition, context: RunContext): Promise<Outcome> {
  const check = test.class && test.kind !== 'paging' ? classChecks[test.kind] : apiChecks[test.kind];
  if (!check) return { verdict: 'skip', message: `this kit has no check for tests of kind ${test.kind}`, evidence: [] };
  const evidence: Exchange[] = [];
  try {
    const passed = await check(test, { ...context, client: context.client.forTest(test.id) }, evidence);
    return typeof passed === 'string' ? { verdict: 'pass', message: passed, evidence } : { verdict: 'pass', ...passed, evidence };
  } catch (error) {
    if (error instanceof Verdict) return { verdict: error.verdict, message: error.message, ...(error.detail ? { detail: error.detail } : {}), evidence };
    return { verdict: 'error', message: `the check itself failed: ${(error as Error).message}`, evidence };
  }
}

/**
 * Create the minimal record of every class the tested classes' fixtures refer to, each after those it refers to.
 * Returns, per tested class, why it cannot be tested when one of its records could not be made.
 */
async function createAnchors(context: RunContext, tested: readonly string[]): Promise<Map<string, { message: string; evidence: Exchange[] }>> {
  const needsOf = (name: string): readonly string[] => context.suite.classes.find((c) => c.record_type === name)?.refersTo ?? [];
  // Every class the fixtures refer to, declared or not: a system that holds risks holds their subjects of care even
  // if its manifest leaves them out. Only a failure for a declared class blocks its dependants; an undeclared class
  // the system will not create may be one it treats as external.
  const needed = new Set<string>();
  const visit = (name: string) => {
    for (const n of needsOf(name)) if (!needed.has(n)) (needed.add(n), visit(n));
  };
  for (const c of tested) visit(c);
  const failedAnchors = new Map<string, { message: string; evidence: Exchange[] }>();
  for (const name of context.suite.anchorOrder.filter((n) => needed.has(n))) {
    const minimal = context.fixtures.get(name)!.minimal;
    const exchange = await context.client.forTest('setup').send('POST', pathOf(context, name), { body: minimal });
    if (exchange.response?.status !== 201 && context.declared.has(name)) failedAnchors.set(name, { message: `setup: the minimal ${name} record the fixtures refer to could not be created (${exchange.error ?? `status ${exchange.response?.status}`})`, evidence: [exchange] });
  }
  const out = new Map<string, { message: string; evidence: Exchange[] }>();
  for (const c of tested) {
    const blocker = needsOf(c).find((n) => failedAnchors.has(n));
    if (blocker) out.set(c, failedAnchors.get(blocker)!);
  }
  return out;
}

function fromManifest(manifest: Manifest): Map<string, Set<string>> {
  return new Map(manifest.classes.map((c) => [c.record_type, new Set(c.elements ?? [])]));
}

/**
 * What the system declares on /capability. Only MODS record classes and their element names are taken (and so can
 * reach a report); anything else the system lists is left out, and the capability test counts it.
 */
async function fromCapability(client: HttpClient, suite: SuiteDefinition): Promise<Map<string, Set<string>>> {
  const exchange = await client.send('GET', '/capability');
  const where = withoutCredentials(client.baseUrl);
  if (!exchange.response) throw new SystemUnavailable(`${where}: ${exchange.error ?? 'no response'}`);
  const { status, body } = exchange.response;
  if (status === 401) throw new SystemUnavailable(`${where} refused the token (401): pass the right one with --token`);
  const classes = status === 200 && body && typeof body === 'object' ? (body as { classes?: unknown }).classes : undefined;
  if (!Array.isArray(classes)) throw new SystemUnavailable(`${where}/capability did not answer with a capability statement (status ${status}): pass --manifest FILE to say what the system holds`);
  const known = new Map(suite.classes.map((c) => [c.record_type, new Set((c.elements ?? []).map((e) => e.name))]));
  const declared = new Map<string, Set<string>>();
  for (const c of classes as { record_type?: unknown; elements?: unknown }[]) {
    const names = typeof c?.record_type === 'string' ? known.get(c.record_type) : undefined;
    if (names === undefined) continue;
    const elements = Array.isArray(c.elements) ? c.elements.filter((e): e is string => typeof e === 'string' && (names.size === 0 || names.has(e))) : [];
    declared.set(c.record_type as string, new Set(elements));
  }
  return declared;
}
