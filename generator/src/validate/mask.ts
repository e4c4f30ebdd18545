import type { Sensitivity } from '../model/raw.ts';

/**
 * The one place a value from checked data becomes text for a report. Values of personal elements keep only their
 * shape (the first character and the last two of a long string, so a reader can tell records apart); special-category
 * values are hidden entirely. Values of other elements are shown, shortened.
 */
export function maskValue(value: unknown, sensitivity: Sensitivity): string {
  if (sensitivity === 'special-category') return '***';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (sensitivity === 'personal') {
    if (typeof value !== 'string' || text.length < 8) return '***';
    return `${text[0]}${'*'.repeat(Math.min(text.length - 3, 12))}${text.slice(-2)}`;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
