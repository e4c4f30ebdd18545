import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { schemaBase } from '../../src/emit/json-schema/ids.ts';
import { defaultSpecPath } from '../../src/paths.ts';
import { checkSpecFile } from '../../src/pipeline.ts';
import { compareAll, type Agreement } from '../support/agreement.ts';
import { anyRecordDocument, classFileId, hyperjumpJudge, ourJudge, schemaDocuments, type Judge } from '../support/judges.ts';
import { exampleCases, syntheticCases, type ClassCase } from '../support/record-cases.ts';

/**
 * Issue 12: an independent 2020-12 validator, @hyperjump/json-schema, agrees with our precompiled ajv validators on
 * every generated example and on thousands of synthetic records with defects: the same verdict and the same failing
 * keywords at the same paths. The normalisations between the two output formats are each documented where they are
 * made (support/agreement.ts for ajv's side, support/hyperjump.ts for hyperjump's). The schema files are registered
 * by their `$id`s and refer to each other by relative names; nothing is fetched (the .invalid domain must never be).
 */
const model = (await checkSpecFile(defaultSpecPath())).model!;
const base = schemaBase(model);
const fetched: string[] = [];
let ours: Judge;
let theirs: Judge;

beforeAll(async () => {
  vi.stubGlobal('fetch', (url: unknown) => {
    fetched.push(String(url));
    return Promise.reject(new Error(`the tests fetch nothing: ${String(url)}`));
  });
  ours = await ourJudge(model);
  theirs = await hyperjumpJudge(model, [...schemaDocuments(), anyRecordDocument(base)], classFileId(base), `${base}record.schema.json`);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

/** The figures of an agreement and its first few disagreements, for a readable failure. */
function summary(agreement: Agreement) {
  return { compared: agreement.compared, agreed: agreement.agreed, disagreements: agreement.disagreements.slice(0, 5) };
}

function invalidShare(cases: readonly ClassCase[], judge: (c: ClassCase) => unknown): number {
  return cases.filter((c) => judge(c) !== true).length;
}

describe('@hyperjump/json-schema and our validators', () => {
  const examples = exampleCases();
  const synthetic = [...syntheticCases(model, 1), ...syntheticCases(model, 2)];

  it('agree on every generated example, class by class', () => {
    const agreement = compareAll(examples, ours.ofClass, theirs.ofClass);
    expect(summary(agreement)).toEqual({ compared: examples.length, agreed: examples.length, disagreements: [] });
    expect(examples.length).toBeGreaterThan(500);
    expect(invalidShare(examples, ours.ofClass)).toBeGreaterThan(400);
  });

  it('agree on every generated example as any record (the discriminator picking the class)', () => {
    const agreement = compareAll(examples, ours.anyRecord, theirs.anyRecord);
    expect(summary(agreement)).toEqual({ compared: examples.length, agreed: examples.length, disagreements: [] });
  });

  it('agree on thousands of synthetic records with defects, class by class', () => {
    expect(synthetic.length).toBeGreaterThan(6000);
    expect(invalidShare(synthetic, ours.ofClass)).toBeGreaterThan(500);
    const agreement = compareAll(synthetic, ours.ofClass, theirs.ofClass);
    expect(summary(agreement)).toEqual({ compared: synthetic.length, agreed: synthetic.length, disagreements: [] });
  });

  it('agree on the same synthetic records as any record', () => {
    const agreement = compareAll(synthetic, ours.anyRecord, theirs.anyRecord);
    expect(summary(agreement)).toEqual({ compared: synthetic.length, agreed: synthetic.length, disagreements: [] });
  });

  it('see the same kinds of failure (so the agreement is not on trivial cases)', () => {
    const keywords = new Set([...examples, ...synthetic].flatMap((c) => {
      const verdict = theirs.ofClass(c);
      return verdict === true ? [] : verdict.map((f) => f.split(' ').pop()!);
    }));
    expect([...keywords].sort()).toEqual(expect.arrayContaining(['additionalProperties', 'const', 'enum', 'maxLength', 'minItems', 'minimum', 'pattern', 'required', 'type']));
  });

  it('are seen to disagree on a broken schema copy: alert without its required elements', async () => {
    const brokenBase = base.replace('https://asc-mods.invalid/', 'https://broken.asc-mods.invalid/');
    const documents = schemaDocuments({ from: base, to: brokenBase }).map((d) => (d['$id'] === `${brokenBase}alert.schema.json` ? { ...d, required: [] } : d));
    const broken = await hyperjumpJudge(model, documents, classFileId(brokenBase), `${brokenBase}alert.schema.json`);
    const agreement = compareAll([...examples, ...synthetic], ours.ofClass, broken.ofClass);
    expect(agreement.disagreements.length).toBeGreaterThan(0);
    expect(agreement.disagreements.filter((d) => !/^alert |\(alert, /.test(d.label))).toEqual([]);
    expect(agreement.disagreements).toContainEqual({ label: 'alert MODS-AUDIT-001.required', ours: [' required'], theirs: true });
  });

  it('fetched nothing', () => {
    expect(fetched).toEqual([]);
  });
});
