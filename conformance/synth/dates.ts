/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC), with their ISO text cached: synthetic records need
 * many dates, and Date objects are slow to make by the million.
 */
const msPerDay = 86_400_000;

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / msPerDay);
}

const cache = new Map<number, string>();

/** YYYY-MM-DD of a day number. */
export function isoDate(day: number): string {
  let text = cache.get(day);
  if (text === undefined) {
    text = new Date(day * msPerDay).toISOString().slice(0, 10);
    if (cache.size < 100_000) cache.set(day, text);
  }
  return text;
}

const two = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** YYYY-MM-DDThh:mm:00Z of a day and a minute of that day. */
export function isoDateTime(day: number, minute: number): string {
  return `${isoDate(day)}T${two[Math.floor(minute / 60) % 24]}:${two[minute % 60]}:00Z`;
}

/** hh:mm of a minute of the day. */
export function isoTime(minute: number): string {
  return `${two[Math.floor(minute / 60) % 24]}:${two[minute % 60]}`;
}

/**
 * The window synthetic data lives in: 2023 to 2025, all in the past. Context records (the subjects of care, workers
 * and consents others refer to) are made first, in May and June 2023, the other records after; a record's dates go
 * back at most 120 days before it is made (so not before 2023) and forward at most 60 (so not after 2025).
 */
export const window = {
  contextFirst: dayOf('2023-05-01'),
  contextLast: dayOf('2023-06-30'),
  recordFirst: dayOf('2023-07-01'),
  recordLast: dayOf('2025-10-31'),
  bornFirst: dayOf('1925-01-01'),
  bornLast: dayOf('2004-12-31'),
  /** A day certainly in the future, for the not-in-future defect. */
  future: dayOf('2099-06-15'),
} as const;
