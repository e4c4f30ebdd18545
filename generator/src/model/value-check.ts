import { datePattern, dateTimePattern, formatPatterns, timePattern } from '../emit/json-schema/formats.ts';
import type { ElementModel } from './types.ts';

/**
 * Why a single value is not valid for an element's type and constraints, or undefined when it is.
 * Used to check the spec's own examples; coded, reference and component values are structured and not checked here.
 */
export function valueProblem(element: ElementModel, value: unknown): string | undefined {
  const c = element.constraints;
  switch (element.type) {
    case 'text': {
      if (typeof value !== 'string') return 'it is not text';
      const length = [...value].length;
      if (c.min_length !== undefined && length < c.min_length) return `it is shorter than ${c.min_length}`;
      if (c.max_length !== undefined && length > c.max_length) return `it is longer than ${c.max_length}`;
      if (c.pattern !== undefined && !safeTest(c.pattern, value)) return `it does not match the pattern ${c.pattern}`;
      if (c.format !== undefined && !new RegExp(formatPatterns[c.format], 'u').test(value)) return `it is not a valid ${c.format}`;
      return undefined;
    }
    case 'integer':
    case 'decimal':
      if (typeof value !== 'number' || !Number.isFinite(value) || (element.type === 'integer' && !Number.isInteger(value))) return `it is not ${element.type === 'integer' ? 'a whole number' : 'a number'}`;
      if (c.minimum !== undefined && value < c.minimum) return `it is below ${c.minimum}`;
      if (c.maximum !== undefined && value > c.maximum) return `it is above ${c.maximum}`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'it is not true or false';
    case 'date':
      return typeof value === 'string' && new RegExp(datePattern).test(value) ? undefined : 'it is not a date (YYYY, YYYY-MM or YYYY-MM-DD)';
    case 'date-time':
      return typeof value === 'string' && new RegExp(dateTimePattern).test(value) ? undefined : 'it is not a date-time with a time zone';
    case 'time':
      return typeof value === 'string' && new RegExp(timePattern).test(value) ? undefined : 'it is not a time (hh:mm or hh:mm:ss)';
    default:
      return 'examples are given only for text, number, boolean, date and time elements';
  }
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return true; // an invalid pattern is reported by the constraints rule
  }
}
