import type { CardinalityText } from './raw.ts';
import type { Cardinality } from './types.ts';

/** The data browser's Occurs wording, verbatim, and the cardinality each one means. */
export const occursVocabulary: Readonly<Record<string, Cardinality>> = {
  'Must occur once': { min: 1, max: 1 },
  'Must occur once or more': { min: 1, max: '*' },
  'Could occur once': { min: 0, max: 1 },
  'Could occur once or more': { min: 0, max: '*' },
};

export function cardinalityFromOccurs(occurs: string): Cardinality | undefined {
  return Object.hasOwn(occursVocabulary, occurs) ? occursVocabulary[occurs] : undefined;
}

export function parseCardinality(text: CardinalityText): Cardinality {
  const [min, max] = text.split('..');
  return { min: min === '1' ? 1 : 0, max: max === '*' ? '*' : 1 };
}

export function formatCardinality(cardinality: Cardinality): CardinalityText {
  return `${cardinality.min}..${cardinality.max}` as CardinalityText;
}
