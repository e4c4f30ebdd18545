import { initialDevelopment, type Bump, type Change } from './classify.ts';

export interface DiffResult {
  readonly from: { readonly label: string; readonly release: string };
  readonly to: { readonly label: string; readonly release: string };
  readonly bump: Bump;
  /** Whether to's release rises at least as much as the changes call for. */
  readonly releaseOk: boolean;
  readonly changes: readonly Change[];
}

const audiences = ['sender', 'receiver', 'consumer'] as const;
const audienceNames = { sender: 'systems that send MODS data', receiver: 'systems that receive and store it', consumer: 'consumers of reports' } as const;

export function isBreaking(change: Change): boolean {
  return audiences.some((a) => change.impacts[a] === 'breaking');
}

/** The changes in three groups: breaking (with whom each breaks), additions, editorial; each change in one. */
export function groupChanges(changes: readonly Change[]): { breaking: Change[]; additive: Change[]; editorial: Change[] } {
  const breaking = changes.filter(isBreaking);
  const additive = changes.filter((c) => !isBreaking(c) && audiences.some((a) => c.impacts[a] === 'additive'));
  const editorial = changes.filter((c) => !breaking.includes(c) && !additive.includes(c));
  return { breaking, additive, editorial };
}

/** Whom a breaking change breaks, in words. */
export function breaksWhom(change: Change): string {
  return audiences.filter((a) => change.impacts[a] === 'breaking').map((a) => audienceNames[a]).join(', ');
}

/** The sentence that says what the changes call for, with the 0.x rule said where it applies. */
function summary(diff: DiffResult, strong: (t: string) => string): string {
  const breaking = diff.changes.filter(isBreaking);
  const hit = audiences.filter((a) => breaking.some((c) => c.impacts[a] === 'breaking')).map((a) => audienceNames[a]);
  const rule = breaking.length > 0 && initialDevelopment(diff.from.release) ? '; before 1.0.0 a minor rise may carry breaking changes' : '';
  return `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}; they call for a ${strong(diff.bump)} release${hit.length > 0 ? ` (breaking for ${hit.join(', ')}${rule})` : ''}.`;
}

/** The changelog as Markdown (for a pull request or CHANGES.md): breaking changes first, then additions, then editorial. */
export function markdownChangelog(diff: DiffResult): string {
  const lines = [`# Changes from ${diff.from.release} (${diff.from.label}) to ${diff.to.release} (${diff.to.label})`, ''];
  if (diff.changes.length === 0) return `${lines.join('\n')}No changes.\n`;
  lines.push(summary(diff, (t) => `**${t}**`));
  if (!diff.releaseOk) lines.push('', `**The release number does not rise enough**: ${diff.from.release} → ${diff.to.release} for changes that call for a ${diff.bump} release.`);
  const { breaking, additive, editorial } = groupChanges(diff.changes);
  const section = (title: string, list: readonly Change[], withWho: boolean) => {
    if (list.length === 0) return;
    lines.push('', `## ${title} (${list.length})`, '');
    for (const c of list) lines.push(`- ${escapeMarkdown(c.message)} \`${c.kind}\`${withWho ? ` — breaks ${breaksWhom(c)}` : ''}`);
  };
  section('Breaking', breaking, true);
  section('Additions', additive, false);
  section('Editorial', editorial, false);
  return `${lines.join('\n')}\n`;
}

/** The changelog as plain text for a terminal: the same content, no markup and nothing escaped. */
export function plainChangelog(diff: DiffResult): string {
  const lines = [`Changes from ${diff.from.release} (${diff.from.label}) to ${diff.to.release} (${diff.to.label})`, ''];
  if (diff.changes.length === 0) return `${lines.join('\n')}No changes.\n`;
  lines.push(summary(diff, (t) => t));
  if (!diff.releaseOk) lines.push('', `The release number does not rise enough: ${diff.from.release} -> ${diff.to.release} for changes that call for a ${diff.bump} release.`);
  const { breaking, additive, editorial } = groupChanges(diff.changes);
  const section = (title: string, list: readonly Change[], withWho: boolean) => {
    if (list.length === 0) return;
    lines.push('', `${title} (${list.length}):`);
    for (const c of list) lines.push(`  - ${plain(c.message)} [${c.kind}]${withWho ? ` (breaks ${breaksWhom(c)})` : ''}`);
  };
  section('Breaking', breaking, true);
  section('Additions', additive, false);
  section('Editorial', editorial, false);
  return `${lines.join('\n')}\n`;
}

/** Spec text for a terminal: control characters (an escape sequence could rewrite the screen) shown as U+FFFD. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

export function jsonDiff(diff: DiffResult): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

/** Text from the spec in a Markdown list item: characters that would start markup are escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);
}
