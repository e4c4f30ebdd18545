/**
 * The pipeline, in order. Each stage takes the previous stage's output and returns its own with the findings it made:
 *
 *   load            bytes → YAML document with positions        (source/parse.ts)
 *   validate-shape  document → shape-valid data                 (shape/validate-shape.ts, spec/mods.schema.json;
 *                                                                shape/control-characters.ts)
 *   build-model     data → resolved, composed model             (model/build.ts)
 *   check-rules     model → semantic findings                   (rules/registry.ts)
 *
 *   emit            model → generated files, in memory           (generate.ts, emit/registry.ts: one emitter per artefact)
 *   write           files → generated/, or a drift report        (emit/write.ts: the only stage that writes)
 *
 * A stage runs only when the one before it found no errors, because its input would not be what it expects;
 * within a stage every finding is collected.
 */
import { type Diagnostic, compareDiagnostics, severityOf, type Finding } from './diagnostics/diagnostic.ts';
import { buildModel } from './model/build.ts';
import { indexModel } from './model/index.ts';
import { r4Definitions } from './fhir/definitions.ts';
import type { RawSpec } from './model/raw.ts';
import type { SpecModel } from './model/types.ts';
import { rules } from './rules/registry.ts';
import { loadSpecFile } from './source/load.ts';
import { locate } from './source/locate.ts';
import { parseSpec, type ParseResult } from './source/parse.ts';
import type { SourceFile } from './source/source-file.ts';
import { controlCharacters } from './shape/control-characters.ts';
import { validateShape } from './shape/validate-shape.ts';

export const stages = ['load', 'validate-shape', 'build-model', 'check-rules', 'emit', 'write'] as const;
export type StageName = (typeof stages)[number];

export interface CheckResult {
  /** The model, when the spec got as far as building one. */
  readonly model?: SpecModel;
  /** Every diagnostic, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** The last stage that ran. */
  readonly reached: StageName;
  /** The decoded text of the spec, when it could be read and decoded (for code frames). */
  readonly text?: string;
  /** True when the file could not be read (exit code 2 rather than 1). */
  readonly ioError: boolean;
}

/** Check the spec file at path; displayPath is how messages name it. */
export async function checkSpecFile(path: string, displayPath: string = path): Promise<CheckResult> {
  const loaded = await loadSpecFile(path, displayPath);
  return { ...continueFrom(loaded), ioError: loaded.ioError };
}

/** Check spec bytes already in memory (tests, editors). */
export function checkSpecBytes(file: string, bytes: Uint8Array): CheckResult {
  return { ...continueFrom(parseSpec(file, bytes)), ioError: false };
}

export function checkSpecText(file: string, text: string): CheckResult {
  return checkSpecBytes(file, new TextEncoder().encode(text));
}

function continueFrom(parsed: ParseResult): Omit<CheckResult, 'ioError'> {
  const text = parsed.text === undefined ? {} : { text: parsed.text };
  if (!parsed.source) return { diagnostics: sorted(parsed.diagnostics), reached: 'load', ...text };
  const source = parsed.source;
  const shapeFindings = shapeFindingsOf(parsed.data);
  const shape = shapeFindings.map((f) => toDiagnostic(source, f));
  if (shape.some((d) => d.severity === 'error')) {
    // Shape and semantics in one run: a typo'd key should not hide a bad reference until the next one.
    const semantic = semanticsDespiteShape(parsed.data, source.file, shapeFindings).map((f) => toDiagnostic(source, f));
    return { diagnostics: sorted([...shape, ...semantic]), reached: 'validate-shape', ...text };
  }
  const model = buildModel(parsed.data as RawSpec, source.file);
  const index = indexModel(model);
  const findings = rules.flatMap((rule) => rule.check({ model, index, fhir: r4Definitions }));
  return { model, diagnostics: sorted([...shape, ...findings.map((f) => toDiagnostic(source, f))]), reached: 'check-rules', ...text };
}

function shapeFindingsOf(data: unknown): Finding[] {
  return [...validateShape(data), ...controlCharacters(data)];
}

/**
 * The rules, run on a spec that is not shape-valid, as far as its model can be built at all: the findings of every
 * rule that runs, except those on an object the shape already found wrong (or inside it), where a missing or
 * misspelt key would only echo as a second error. A model that cannot be built, or a rule that throws on it, adds
 * nothing: the shape errors are then all there is to say.
 */
function semanticsDespiteShape(data: unknown, file: string, shape: readonly Finding[]): Finding[] {
  let model: ReturnType<typeof buildModel>;
  try {
    model = buildModel(data as RawSpec, file);
  } catch {
    return [];
  }
  const index = indexModel(model);
  // The object each shape finding is about: a missing key's is the object it points at; any other's (a bad value, an
  // unknown key) the object holding it, since its siblings' rules would echo it (a wrong type, then a misplaced value set).
  const broken = shape.map((f) => (f.code === 'missing-key' ? f.pointer : f.pointer.slice(0, f.pointer.lastIndexOf('/'))));
  const out: Finding[] = [];
  for (const rule of rules) {
    let found: readonly Finding[];
    try {
      found = rule.check({ model, index, fhir: r4Definitions });
    } catch {
      continue;
    }
    for (const f of found) if (!broken.some((b) => b === '' || f.pointer === b || f.pointer.startsWith(`${b}/`) || b.startsWith(`${f.pointer}/`))) out.push(f);
  }
  return out;
}

function toDiagnostic(source: SourceFile, f: Finding): Diagnostic {
  const at = (pointer: string, mode: 'key' | 'value' = 'value') => ({ file: source.file, pointer, range: locate(source, pointer, mode) });
  return {
    code: f.code,
    severity: severityOf(f.code),
    message: f.message,
    source: at(f.pointer, f.at),
    ...(f.related ? { related: f.related.map((r) => ({ message: r.message, source: at(r.pointer, 'key') })) } : {}),
  };
}

function sorted(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** Stages 1–5: check the spec, then emit every artefact in memory (only when the check found no errors). */
