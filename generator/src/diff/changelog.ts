import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SpecModel } from '../model/types.ts';
import { checkSpecText } from '../pipeline.ts';
import { classifyChanges, requiredBump, type Bump } from './classify.ts';
import { breaksWhom, groupChanges } from './render.ts';
import { readReleaseStatuses, releaseFiles, type ReleaseStatus } from './releases.ts';

/** One entry of the site's changelog. */
export interface ReleaseNote {
  readonly version: string;
  /** Unique on the page: the version, or "unreleased" for the changes since the last release. */
  readonly id: string;
  readonly title: string;
  /** The release's status (spec/releases/status.yaml), or 'unreleased' for the changes since the last release. */
  readonly status: ReleaseStatus | 'unreleased';
  readonly bump: Bump | 'first';
  /** Each breaking change, with whom it breaks. */
  readonly breaking: readonly string[];
  readonly additions: readonly string[];
  readonly editorial: readonly string[];
}

/**
 * The changelog from the releases kept in spec/releases/ beside the spec: what each release changed from the one
 * before, and what the spec being generated changes since the last release (when it differs). Newest first.
 */
export function releaseNotes(specPath: string, specText: string, current: SpecModel): ReleaseNote[] {
  const releases = releaseFiles(dirname(specPath));
  const statuses = readReleaseStatuses(dirname(specPath));
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
    notes.push(note(r.version, r.version, statuses.get(r.version) ?? 'published', previous?.model, model, `Release ${r.version}`));
    previous = { version: r.version, model };
  }
  if (lastText !== specText) notes.push(note(current.standard.release, 'unreleased', 'unreleased', previous?.model, current, `Unreleased changes (the spec says ${current.standard.release})`));
  return notes.reverse();
}

function note(version: string, id: string, status: ReleaseNote['status'], before: SpecModel | undefined, after: SpecModel, title: string): ReleaseNote {
  const base = { version, id: id.replaceAll('.', '-'), status };
  if (!before) return { ...base, title, bump: 'first', breaking: [], additions: [], editorial: [`First release: ${after.classes.length} classes, ${after.valueSets.length} value sets, ${after.requirements.length} requirements.`] };
  const changes = classifyChanges(before, after);
  const { breaking, additive, editorial } = groupChanges(changes);
  return {
    ...base,
    title,
    bump: requiredBump(changes, before.standard.release),
    breaking: breaking.map((c) => `${c.message} (breaks ${breaksWhom(c)})`),
    additions: additive.map((c) => c.message),
    editorial: editorial.map((c) => c.message),
  };
}
