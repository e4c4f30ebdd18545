import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleFile, schemaBase } from '../../src/emit/json-schema/ids.ts';
import { defaultSpecPath } from '../../src/paths.ts';
import { checkSpecFile } from '../../src/pipeline.ts';
import { compareAll } from '../support/agreement.ts';
import { hyperjumpValidator, registerDocuments, type Json } from '../support/hyperjump.ts';
import { hyperjumpJudge, ourJudge, schemaDir, type Judge } from '../support/judges.ts';
import { exampleCases, syntheticCases } from '../support/record-cases.ts';

/**
 * Issue 12: the bundle (mods.bundle.schema.json, every class and value-set schema embedded under $defs with its own
 * `$id`) is usable on its own. Registered alone with @hyperjump/json-schema (in this file, apart from the standalone
 * files the agreement test registers under the same `$id`s), every relative reference resolves inside it, and it
 * judges records as our validators do. Nothing is fetched; a bundle missing one embedded schema is seen to need the
 * network, which the stub refuses.
 */
const model = (await checkSpecFile(defaultSpecPath())).model!;
const base = schemaBase(model);
const bundleText = readFileSync(join(schemaDir, bundleFile), 'utf8');
const fetched: string[] = [];
let ours: Judge;

/**
 * A class's schema as the bundle holds it, by a pointer into the bundle: hyperjump knows an embedded schema's `$id`
 * only while it reads the document that embeds it, so the bundle is entered by its own URI.
 */
const inBundle = (at: string) => (className: string): string => `${at}${bundleFile}#/$defs/${className}`;
let bundle: Judge;

beforeAll(async () => {
  vi.stubGlobal('fetch', (url: unknown) => {
    fetched.push(String(url));
    return Promise.reject(new Error(`the tests fetch nothing: ${String(url)}`));
  });
  ours = await ourJudge(model);
  bundle = await hyperjumpJudge(model, [JSON.parse(bundleText) as Record<string, Json>], inBundle(base), `${base}${bundleFile}`);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('the bundle on its own in @hyperjump/json-schema', () => {
  const cases = [...exampleCases(), ...syntheticCases(model, 3)];

  it('resolves every embedded schema and agrees with our validators, class by class and as any record', () => {
    for (const judge of ['ofClass', 'anyRecord'] as const) {
      const agreement = compareAll(cases, ours[judge], bundle[judge]);
      expect({ ...agreement, disagreements: agreement.disagreements.slice(0, 5) }).toEqual({ compared: cases.length, agreed: cases.length, disagreements: [] });
    }
    expect(fetched).toEqual([]);
  });

  it('is seen to need the network when an embedded schema is missing', async () => {
    const brokenBase = base.replace('https://asc-mods.invalid/', 'https://broken.asc-mods.invalid/');
    const broken = JSON.parse(bundleText.replaceAll(`"$id": "${base}`, `"$id": "${brokenBase}`)) as { $defs: Record<string, unknown> };
    delete broken.$defs['change_log'];
    const schemas = registerDocuments([broken as unknown as Record<string, Json>]);
    await expect(hyperjumpValidator(inBundle(brokenBase)('alert'), schemas)).rejects.toThrow(/Unable to load resource/);
    expect(fetched).toContain(`${brokenBase}change_log.schema.json`);
  });
});
