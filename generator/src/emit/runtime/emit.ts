import { basename } from 'node:path';
import { compareStrings } from '../../diagnostics/diagnostic.ts';
import type { SpecModel } from '../../model/types.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import { toCompactJson } from '../json.ts';
import { runtimeModelFile, runtimeModelFormat, type RuntimeModelFile } from '../../runtime/model.ts';

/**
 * The compiled runtime model: the checked model as compact JSON, next to the precompiled validators, so that the
 * commands that run on records (validate, examples, conform, reference-server) start from it instead of parsing the
 * YAML and running the checker. The spec's file is named without its folder, so the bytes do not depend on where the
 * spec was generated; keys are sorted, since parts of the model keep the order they had in the YAML, and the same
 * spec must give the same bytes however its keys are ordered.
 */
export function emitRuntimeModel(model: SpecModel): GeneratedFile {
  const file: RuntimeModelFile = { $comment: bannerText, format: runtimeModelFormat, model: { ...model, file: basename(model.file) } };
  return { path: runtimeModelFile, content: toCompactJson(sortedKeys(file)) };
}

/** A copy of a JSON value with every object's keys in code-point order (arrays keep theirs). */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => compareStrings(a, b));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedKeys(v)]));
}
