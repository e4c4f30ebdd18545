import type { Bump, Change } from './classify.ts';

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

/** The changelog: breaking changes first (with whom each breaks), then additions, then editorial changes. */
export function markdownChangelog(diff: DiffResult): string {
  const lines = [`# Changes from ${diff.from.release} (${diff.from.label}) to ${diff.to.release} (${diff.to.label})`, ''];
  if (diff.changes.length === 0) return `${lines.join('\n')}No changes.\n`;
  const breaking = diff.changes.filter(isBreaking);
  const additive = diff.changes.filter((c) => !isBreaking(c) && audiences.some((a) => c.impacts[a] === 'additive'));
  const editorial = diff.changes.filter((c) => !breaking.includes(c) && !additive.includes(c));
  const hit = audiences.filter((a) => breaking.some((c) => c.impacts[a] === 'breaking')).map((a) => audienceNames[a]);
  lines.push(`${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}; they call for a **${diff.bump}** release${hit.length > 0 ? ` (breaking for ${hit.join(', ')})` : ''}.`);
  if (!diff.releaseOk) lines.push('', `**The release number does not rise enough**: ${diff.from.release} → ${diff.to.release} for changes that call for a ${diff.bump} release.`);
  const section = (title: string, list: readonly Change[], withWho: boolean) => {
    if (list.length === 0) return;
    lines.push('', `## ${title} (${list.length})`, '');
    for (const c of list) {
      const who = withWho ? ` — breaks ${audiences.filter((a) => c.impacts[a] === 'breaking').map((a) => audienceNames[a]).join(', ')}` : '';
      lines.push(`- ${escapeMarkdown(c.message)} \`${c.kind}\`${who}`);
    }
  };
  section('Breaking', breaking, true);
  section('Additions', additive, false);
  section('Editorial', editorial, false);
  return `${lines.join('\n')}\n`;
}

export function jsonDiff(diff: DiffResult): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

/** Text from the spec in a Markdown list item: characters that would start markup are escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);
}
