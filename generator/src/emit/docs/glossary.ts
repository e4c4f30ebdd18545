import type { SpecModel } from '../../model/types.ts';
import { provenanceName } from './authority.ts';
import { classHref } from './views.ts';

export interface GlossaryUse {
  readonly href: string;
  readonly text: string;
}

export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  readonly provenance: string;
  readonly uses: readonly GlossaryUse[];
  /** Empty unless there are more uses than listed. */
  readonly moreUses: string;
}

/** Uses listed per term; the rest are counted. */
export const usesPerTerm = 12;

/**
 * The glossary as the site shows it: sorted by term (case and accents aside, the same on every machine), each term
 * linked to the classes and elements that use it, that is whose published name or description holds it as a word
 * (or its plural), classes first.
 */
export function glossaryView(model: SpecModel): GlossaryEntry[] {
  return [...model.glossary]
    .sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((t) => {
      // "Advance decision to refuse treatment (ADRT)" is used as either name.
      const names = [t.term.replace(/\s*\([^)]*\)$/, ''), ...[...t.term.matchAll(/\(([^)]+)\)$/g)].map((m) => m[1]!)];
      const word = new RegExp(`(^|[^\\p{L}\\p{N}])(${names.map(escapeRegExp).join('|')})(s|es)?($|[^\\p{L}\\p{N}])`, 'iu');
      const uses: GlossaryUse[] = [];
      for (const c of model.classes) if (word.test(c.publishedName) || word.test(c.description)) uses.push({ href: classHref(c.name), text: c.publishedName });
      for (const c of model.classes) {
        for (const e of c.ownElements) if (word.test(e.publishedName) || word.test(e.description)) uses.push({ href: `${classHref(c.name)}#el-${e.name}`, text: `${c.publishedName}: ${e.publishedName}` });
      }
      return {
        id: t.id,
        term: t.term,
        definition: t.definition,
        provenance: provenanceName(t.provenance),
        uses: uses.slice(0, usesPerTerm),
        moreUses: uses.length > usesPerTerm ? `and ${uses.length - usesPerTerm} more` : '',
      };
    });
}

function sortKey(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
