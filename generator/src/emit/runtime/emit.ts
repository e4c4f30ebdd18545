import { basename } from 'node:path';
import type { SpecModel } from '../../model/types.ts';
import { bannerText, type GeneratedFile } from '../files.ts';
import { toCompactJson } from '../json.ts';
import { runtimeModelFile, runtimeModelFormat, type RuntimeModelFile } from '../../runtime/model.ts';

/**
 * The compiled runtime model: the checked model as compact JSON, next to the precompiled validators, so that the
 * commands that run on records (validate, examples, conform, reference-server) start from it instead of parsing the
 * YAML and running the checker. The spec's file is named without its folder, so the bytes do not depend on where the
 * spec was generated.
 */
export function emitRuntimeModel(model: SpecModel): GeneratedFile {
  const file: RuntimeModelFile = { $comment: bannerText, format: runtimeModelFormat, model: { ...model, file: basename(model.file) } };
  return { path: runtimeModelFile, content: toCompactJson(file) };
}
