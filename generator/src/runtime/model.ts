import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SpecModel } from '../model/types.ts';
import { packageRoot } from '../paths.ts';

/** Where the compiled runtime model is, under generated/. */
export const runtimeModelFile = 'typescript/model.json';

/** The layout of the file: raised when what it holds changes shape, so that an old file is refused, not misread. */
export const runtimeModelFormat = 1;

export interface RuntimeModelFile {
  readonly $comment: string;
  readonly format: number;
  readonly model: SpecModel;
}

/** The runtime model could not be read: the package's generated/ is missing, damaged or from another version. */
export class RuntimeModelUnreadable extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`the compiled model ${path} ${reason}; run \`asc-mods generate\` (or reinstall the package)`);
    this.name = 'RuntimeModelUnreadable';
  }
}

/**
 * The model of the standard as this package ships it, compiled by `generate`: what validate, examples, conform and
 * the reference supplier run on. It is the checked model of spec/mods.yaml (a test holds them equal), read in
 * milliseconds, with nothing of the YAML parser or the checker loaded.
 */
export async function loadRuntimeModel(root: string = packageRoot()): Promise<SpecModel> {
  const path = join(root, 'generated', runtimeModelFile);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RuntimeModelUnreadable(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'an I/O error'})`);
  }
  let file: Partial<RuntimeModelFile>;
  try {
    file = JSON.parse(text) as Partial<RuntimeModelFile>;
  } catch {
    throw new RuntimeModelUnreadable(path, 'is not JSON');
  }
  if (file.format !== runtimeModelFormat || typeof file.model !== 'object' || file.model === null) throw new RuntimeModelUnreadable(path, `is not a runtime model of format ${runtimeModelFormat}`);
  return { ...file.model, file: join(root, 'spec', 'mods.yaml') };
}
