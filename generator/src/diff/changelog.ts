import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SpecModel } from '../model/types.ts';
import { checkSpecText } from '../pipeline.ts';
import { classifyChanges, requiredBump, type Bump } from './classify.ts';
import { isBreaking } from './render.ts';
import { releaseFiles } from './releases.ts';

/** One entry of the site's changelog. */
export interface ReleaseNote {
  readonly version: string;
  readonly title: string;
  readonly bump: Bump | 'first';
  readonly breaking: readonly string[];
  readonly other: readonly string[];
}

/**
 * The changelog from the releases kept in spec/releases/ beside the spec: what each release changed from the one
 * before, and what the spec being generated changes since the last release (when it differs). Newest first.
 */
export function releaseNotes(specPath: string, specText: string, current: SpecModel): ReleaseNote[] {
  const releases = releaseFiles(dirname(specPath));
  const notes: ReleaseNote[] = [];
  let previous: { version: string; model: SpecModel } | undefined;
  let lastText: string | undefined;
  const modelOf = (path: string, text: string) => checkSpecText(path, text).model;
  for (const r of releases) {
    const text = readFileSync(r.path, 'utf8');
    lastText = text;
    // The last release, when it is the spec itself, needs no second parse.
    const model = text === specText ? current : modelOf(r.path, text);
    if (!model) continue;
    notes.push(note(r.version, previous?.model, model, `Release ${r.version}`));
    previous = { version: r.version, model };
  }
  if (lastText !== specText) notes.push(note(current.standard.release, previous?.model, current, `Unreleased changes (the spec says ${current.standard.release})`));
  return notes.reverse();
}

function note(version: string, before: SpecModel | undefined, after: SpecModel, title: string): ReleaseNote {
  if (!before) return { version, title, bump: 'first', breaking: [], other: [`First release: ${after.classes.length} classes, ${after.valueSets.length} value sets, ${after.requirements.length} requirements.`] };
  const changes = classifyChanges(before, after);
  return { version, title, bump: requiredBump(changes), breaking: changes.filter(isBreaking).map((c) => c.message), other: changes.filter((c) => !isBreaking(c)).map((c) => c.message) };
}
