import type { ElementType } from './raw.ts';

/**
 * The data browser's Type wording, verbatim, and the normalised types that follow from each without comment.
 * Any other pairing is a deviation that the element's note must explain (rule type-mismatch).
 */
export const publishedTypes: Readonly<Record<string, readonly ElementType[]>> = {
  Text: ['text'],
  Number: ['integer', 'decimal'],
  Date: ['date'],
  'Date and Time': ['date-time'],
  Time: ['time'],
  'Yes or No': ['boolean'],
  Lookup: ['coded', 'reference', 'component'],
  'Reference code': ['coded', 'reference'],
};

export function isPublishedType(text: string): boolean {
  return Object.hasOwn(publishedTypes, text);
}
