import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../src/emit/files.ts';
import JSZip from 'jszip';
import { isMap, parseDocument, visit } from 'yaml';
import { emitAll } from '../../src/emit/registry.ts';
import { checkSpecText } from '../../src/pipeline.ts';
import { kitchenSinkPath, realSpecPath } from '../support/paths.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const reorderKeys = (text: string) => {
  const doc = parseDocument(text);
  visit(doc, { Map: (_k, node) => void (isMap(node) && node.items.reverse()) });
  return doc.toString();
};

/** A file's text: itself, or for a zip (a workbook) every entry's text, each after its name. */
async function textOf(file: GeneratedFile): Promise<string> {
  if (typeof file.content === 'string') return file.content;
  const zip = await JSZip.loadAsync(file.content);
  const parts: string[] = [];
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.push(`${entry.name}\n${await entry.async('string')}`);
  return parts.join('\n');
}

describe.each([
  ['the real spec', realSpecPath],
  ['the kitchen sink', kitchenSinkPath],
])('emitting %s', (_name, path) => {
  const text = readFileSync(path, 'utf8');
  const model = checkSpecText('spec.yaml', text).model!;
  let files: GeneratedFile[];
  beforeAll(async () => {
    files = await emitAll(model);
  });

  it('gives identical bytes every time', async () => {
    expect(await emitAll(checkSpecText('spec.yaml', text).model!)).toEqual(files);
  });

  it('does not change the model', async () => {
    const frozen = deepFreeze(checkSpecText('spec.yaml', text).model!);
    expect(await emitAll(frozen)).toEqual(files);
  });

  it('gives the same files whatever the order of keys in the YAML', async () => {
    expect(await emitAll(checkSpecText('spec.yaml', reorderKeys(text)).model!)).toEqual(files);
  });

  it('writes no timestamps or machine paths, ends every text file with one newline, and uses LF only', async () => {
    for (const file of files) {
      const text = await textOf(file);
      expect(text, file.path).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\b/);
      expect(text, file.path).not.toMatch(/\/(work|home|tmp|Users)\/|[A-Z]:\\\\/);
      if (typeof file.content !== 'string') continue;
      expect(file.content.endsWith('\n') && !file.content.endsWith('\n\n'), file.path).toBe(true);
      expect(file.content.includes('\r'), file.path).toBe(false);
    }
  });

  it('carries the "do not edit" banner in every file (a CSV template, whose first row must be its header, through its folder README; a workbook in its properties)', async () => {
    for (const file of files) expect(await textOf(file), file.path).toContain(file.path.startsWith('csv/') && file.path.endsWith('.csv') ? '' : 'Do not edit');
    if (files.some((f) => f.path.startsWith('csv/'))) expect(files.find((f) => f.path === 'csv/README.md')!.content).toContain('Do not edit');
  });
});

describe('hostile text from the spec is escaped once per target', () => {
  const model = checkSpecText('ks.yaml', readFileSync(kitchenSinkPath, 'utf8')).model!;
  let files: Map<string, string>;
  beforeAll(async () => {
    files = new Map(await Promise.all((await emitAll(model)).map(async (f) => [f.path, await textOf(f)] as const)));
  });

  it('cannot close a comment early in TypeScript', () => {
    const types = files.get('typescript/types.ts')!;
    expect(types).toContain('Every element type and constraint: *\\/ {{x}} ${y} "z".');
    // Every */ in the file ends a comment that the generator opened.
    const closers = types.match(/\*\//g)!.length;
    const openers = types.match(/\/\*\*/g)!.length;
    expect(closers).toBe(openers);
  });

  it('cannot open a script or break a JSON string', () => {
    for (const [path, content] of files) {
      if (!path.endsWith('.json')) continue;
      expect(content, path).not.toContain('</script>');
      expect(() => JSON.parse(content), path).not.toThrow();
    }
    expect(files.get('json-schema/widget.schema.json')).toContain('\\u003c/script\\u003e');
  });

  it('keeps the text itself: JSON parses back to exactly what the spec says', () => {
    const widget = JSON.parse(files.get('json-schema/widget.schema.json')!);
    expect(widget.title).toBe('Widget </script>');
    expect(widget.description).toBe('Every element type and constraint: */ {{x}} ${y} "z".');
  });
});
