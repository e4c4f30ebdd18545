import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeName } from '../../generator/src/emit/naming.ts';
import { packageRoot } from '../../generator/src/paths.ts';
import { loadValidators } from '../files/engine.ts';
import { loadSuite, type ClassFixtureFile, type SuiteDefinition } from '../api/suite.ts';
import type { ConformanceResult } from '../api/result.ts';
import { startPrismProxy, type ProxiedExchange } from './prism.ts';
import { conform, suiteDir, withReferenceServer } from './support.ts';

/**
 * Prism, Stoplight's validating proxy, between the conformance suite and the reference supplier: a third party's
 * reading of the OpenAPI document checks every request and every response. It finds no response that breaks the
 * document; every request it finds wrong is one of the suite's deliberate negatives, accounted for one by one: a
 * refused record draws a violation exactly when our schemas refuse it (at the field the test names), a record only a
 * data rule refuses (a dangling reference, a date in the future, a wrong check digit) draws none, and the request
 * without a token breaks the document's security scheme.
 */
const documentFile = join(packageRoot(), 'generated', 'openapi', 'mods.openapi.json');
const validators = await loadValidators(packageRoot());
const { suite, fixtures } = await loadSuite(suiteDir);

async function throughPrism(document: string, classes?: string[]): Promise<{ result: ConformanceResult; exchanges: readonly ProxiedExchange[] }> {
  return withReferenceServer({}, async (upstream) => {
    const proxy = await startPrismProxy(document, upstream);
    try {
      const result = await conform(proxy.url, { profile: 'full', ...(classes ? { classes } : {}) });
      return { result, exchanges: proxy.exchanges };
    } finally {
      await proxy.close();
    }
  });
}

interface Accounting {
  /** Violations of responses: there must be none. */
  readonly responses: string[];
  /** Request violations that no deliberate negative explains. */
  readonly unexplained: string[];
  /** Negatives our schemas refuse that Prism let through, or the other way round. */
  readonly disagreements: string[];
  /** How many negatives Prism saw as our schemas do, refused and accepted. */
  readonly agreed: { refused: number; accepted: number };
}

/** Whether a violation is at the field a negative test names (required: the parent, naming the property). */
function atPointer(violation: { location: readonly string[]; code: string | number; message: string }, pointer: string): boolean {
  const at = `/${violation.location.slice(2).join('/')}`.replace(/^\/$/, '');
  if (violation.code === 'required') return `${at}/${/'([^']+)'/.exec(violation.message)?.[1] ?? ''}` === pointer;
  return at === pointer || at.startsWith(`${pointer}/`);
}

function account(suiteDefinition: SuiteDefinition, fixtureFiles: ReadonlyMap<string, ClassFixtureFile>, exchanges: readonly ProxiedExchange[]): Accounting {
  const tests = new Map(suiteDefinition.tests.map((t) => [t.id, t]));
  const out: Accounting = { responses: [], unexplained: [], disagreements: [], agreed: { refused: 0, accepted: 0 } };
  const negatives = new Map<string, ProxiedExchange[]>();
  for (const exchange of exchanges) {
    const test = tests.get(exchange.test);
    for (const v of exchange.violations) {
      const where = `${exchange.test || '(no test)'} ${exchange.method} ${exchange.url}: ${v.location.join('.')} ${v.code} ${v.message}`;
      if (v.location[0] === 'response') out.responses.push(where);
      else if (test?.kind === 'auth-missing' && v.code === 401) continue;
      else if (test?.kind !== 'reject') out.unexplained.push(where);
    }
    if (test?.kind === 'reject' && exchange.method === 'POST') negatives.set(test.id, [...(negatives.get(test.id) ?? []), exchange]);
  }
  for (const [id, sent] of negatives) {
    const test = tests.get(id)!;
    const variant = fixtureFiles.get(test.class!)!.negative.find((n) => n.variant === test.variant)!;
    const ours = !validators[`validate${typeName(test.class!)}`]!(variant.record);
    const theirs = sent.flatMap((e) => e.violations).filter((v) => v.location[0] === 'request');
    if (ours && theirs.length > 0 && theirs.every((v) => atPointer(v, variant.pointer))) out.agreed.refused++;
    else if (!ours && theirs.length === 0) out.agreed.accepted++;
    else out.disagreements.push(`${id}: our schemas ${ours ? 'refuse' : 'accept'} it (${variant.pointer}); Prism found ${theirs.map((v) => `${v.location.join('.')} ${v.code}`).join(', ') || 'nothing'}`);
  }
  return out;
}

describe('Prism as a validating proxy while the conformance suite runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asc-mods-prism-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let run: Awaited<ReturnType<typeof throughPrism>>;
  beforeAll(async () => {
    run = await throughPrism(documentFile);
  }, 300_000);

  it('is transparent: the reference supplier passes every test through it', () => {
    expect(run.result.tests.filter((t) => t.verdict !== 'pass').map((t) => `${t.id}: ${t.message}`)).toEqual([]);
    expect(run.exchanges.length).toBeGreaterThan(suite.tests.length);
  });

  it('finds no response that breaks the document, and no request violation the suite does not mean', () => {
    const accounting = account(suite, fixtures, run.exchanges);
    expect(accounting.responses).toEqual([]);
    expect(accounting.unexplained).toEqual([]);
    expect(accounting.disagreements).toEqual([]);
  });

  it('compiles the schema of every record class: each class has a refused negative Prism sees', () => {
    const refusedBy = new Set(run.exchanges.filter((e) => e.violations.some((v) => v.location[1] === 'body')).map((e) => suite.tests.find((t) => t.id === e.test)?.class));
    expect(suite.classes.map((c) => c.record_type).filter((c) => !refusedBy.has(c))).toEqual([]);
    const accounting = account(suite, fixtures, run.exchanges);
    expect(accounting.agreed.refused).toBeGreaterThan(suite.classes.length);
    expect(accounting.agreed.accepted).toBeGreaterThan(0);
  });

  it('is seen to fail on a broken copy: schemas by $ref to the files, each with its $id, validate nothing', async () => {
    // The document as it was before the schemas were inlined: components that $ref the standalone files.
    cpSync(join(packageRoot(), 'generated', 'json-schema'), join(dir, 'json-schema'), { recursive: true });
    const doc = JSON.parse(readFileSync(documentFile, 'utf8')) as { components: { schemas: Record<string, unknown> } };
    for (const cls of suite.classes) doc.components.schemas[typeName(cls.record_type)] = { $ref: `../json-schema/${cls.record_type}.schema.json` };
    const broken = join(dir, 'openapi', 'mods.openapi.json');
    cpSync(documentFile, broken);
    writeFileSync(broken, JSON.stringify(doc));
    const classes = ['subject_of_care', 'risk', 'problem'];
    const { exchanges } = await throughPrism(broken, classes);
    const accounting = account(suite, fixtures, exchanges);
    expect(accounting.disagreements.length).toBeGreaterThan(classes.length);
  }, 300_000);
});
