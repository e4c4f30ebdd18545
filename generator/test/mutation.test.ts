import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/diagnostics/catalogue.ts';
import { checkSpecBytes } from '../src/pipeline.ts';
import { realSpecPath } from './support/paths.ts';
import { random } from './support/random.ts';


const text = readFileSync(realSpecPath, 'utf8');
const lines = text.split('\n');
const noise = [':', '-', "'", '"', '[', ']', '{', '}', '\t', ' ', '#', '*', '&', '!', '|', '>', '%', '@', '`', '?', ',', '\u00e9', '\uFFFD'];

type Mutation = (r: () => number) => { what: string; bytes: Uint8Array };
const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const lineIndex = (r: () => number) => Math.floor(r() * lines.length);
const encode = (s: string) => new TextEncoder().encode(s);
const withLines = (edit: (copy: string[]) => void) => {
  const copy = [...lines];
  edit(copy);
  return copy.join('\n');
};

const mutations: Mutation[] = [
  (r) => { const i = lineIndex(r); return { what: `delete line ${i + 1}`, bytes: encode(withLines((c) => c.splice(i, 1))) }; },
  (r) => { const i = lineIndex(r); return { what: `duplicate line ${i + 1}`, bytes: encode(withLines((c) => c.splice(i, 0, c[i]!))) }; },
  (r) => { const i = lineIndex(r); return { what: `tab-indent line ${i + 1}`, bytes: encode(withLines((c) => (c[i] = '\t' + c[i]!.trimStart()))) }; },
  (r) => { const i = lineIndex(r); const n = 1 + Math.floor(r() * 4); return { what: `indent line ${i + 1} by ${n}`, bytes: encode(withLines((c) => (c[i] = ' '.repeat(n) + c[i]))) }; },
  (r) => { const i = lineIndex(r); const j = lineIndex(r); return { what: `swap lines ${i + 1} and ${j + 1}`, bytes: encode(withLines((c) => ([c[i], c[j]] = [c[j]!, c[i]!]))) }; },
  (r) => { const at = Math.floor(r() * text.length); const ch = pick(r, noise); return { what: `insert ${JSON.stringify(ch)} at ${at}`, bytes: encode(text.slice(0, at) + ch + text.slice(at)) }; },
  (r) => { const at = Math.floor(r() * text.length); return { what: `delete character ${at}`, bytes: encode(text.slice(0, at) + text.slice(at + 1)) }; },
  (r) => { const at = Math.floor(r() * text.length); return { what: `truncate at ${at}`, bytes: encode(text.slice(0, at)) }; },
  (r) => {
    const keyed = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*-?\s*[a-z_]+:/.test(l));
    const [, i] = pick(r, keyed);
    return { what: `misspell the key on line ${i + 1}`, bytes: encode(withLines((c) => (c[i] = c[i]!.replace(/([a-z_]+):/, (_m, k: string) => `${k.slice(1)}${k[0]}:`)))) };
  },
  (r) => {
    const valued = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s+(target|value_set|group|extends|name|occurs|published_type|type|since):\s+\S/.test(l));
    const [, i] = pick(r, valued);
    return { what: `corrupt the value on line ${i + 1}`, bytes: encode(withLines((c) => (c[i] = c[i]!.replace(/:\s+(\S.*)$/, (_m, v: string) => `: ${v}X`)))) };
  },
  (r) => { const at = Math.floor(r() * text.length); const raw = encode(text); const copy = new Uint8Array(raw.length + 1); copy.set(raw.subarray(0, at)); copy[at] = 0xff; copy.set(raw.subarray(at), at + 1); return { what: `insert byte 0xff at ${at}`, bytes: copy }; },
];

const count = 300;
const cases = Array.from({ length: count }, (_, n) => {
  const r = random(20261124 + n);
  const { what, bytes } = pick(r, mutations)(r);
  return { n, what, bytes };
});

/** In batches of 50, each a test with its own time limit, so that a loaded machine does not fail the whole lot. */
const batches = Array.from({ length: count / 50 }, (_, i) => [i * 50, cases.slice(i * 50, i * 50 + 50)] as const);

describe(`${count} random mutations of the real spec`, () => {
  it.each(batches)('from #%i: never crash the checker, and every finding has a code, a message and a position inside the file', (_first, batch) => {
    const problems: string[] = [];
    let withFindings = 0;
    for (const { n, what, bytes } of batch) {
      let result;
      try {
        result = checkSpecBytes('mods.yaml', bytes);
      } catch (error) {
        problems.push(`#${n} ${what}: threw ${error instanceof Error ? error.stack : String(error)}`);
        continue;
      }
      const lineCount = new TextDecoder().decode(bytes).split('\n').length;
      if (result.diagnostics.length > 0) withFindings += 1;
      for (const d of result.diagnostics) {
        const { line, column } = d.source.range.start;
        if (!(d.code in catalogue)) problems.push(`#${n} ${what}: unknown code ${d.code}`);
        if (!d.message) problems.push(`#${n} ${what}: ${d.code} has no message`);
        if (d.source.file !== 'mods.yaml') problems.push(`#${n} ${what}: ${d.code} names file ${d.source.file}`);
        if (!(line >= 1 && line <= lineCount && column >= 1)) problems.push(`#${n} ${what}: ${d.code} at ${line}:${column} is outside the file`);
      }
    }
    expect(problems).toEqual([]);
    // Most mutations break something; if none were noticed the test would be checking nothing.
    expect(withFindings).toBeGreaterThan(batch.length / 2);
  });
});
