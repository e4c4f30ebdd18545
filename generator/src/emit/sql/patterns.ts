import type { SqlDialect } from './dialects.ts';

/**
 * Which of the schemas' patterns (JavaScript regular expressions, as ajv runs them) every engine reads the same way:
 * RE2 (DuckDB), PostgreSQL's advanced regular expressions and Java's (Spark SQL). A pattern is taken only when it is
 * anchored at both ends and uses nothing but literals, bracket expressions of literals and ranges, groups,
 * alternation, the greedy quantifiers ? * + {m} {m,} {m,n}, and backslash before a character that is itself special.
 * That subset means the same in all four, and a whole-string match does not depend on how an engine chooses among
 * alternatives (leftmost-first or leftmost-longest). Anything else (\s, \d, \w, \b, a dot, (?…), lazy or possessive
 * quantifiers, [[:alpha:]], Java's &&) is left to validate, and the README says so.
 */

const special = new Set(['.', '\\', '+', '*', '?', '(', ')', '[', ']', '{', '}', '|', '^', '$', '/', '-']);

/** The pattern's body between its ^ and $, when it is in the portable subset; undefined otherwise. */
export function portablePattern(pattern: string): string | undefined {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$') || pattern.length < 2) return undefined;
  const body = pattern.slice(1, -1);
  let inBracket = false;
  let depth = 0;
  let afterQuantifier = false;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (ch === '\\') {
      const next = body[i + 1];
      if (next === undefined || !special.has(next)) return undefined;
      i += 1;
      afterQuantifier = false;
      continue;
    }
    if (inBracket) {
      if (ch === ']') inBracket = false;
      // A nested bracket ([[:alpha:]]) or Java's intersection (&&) is read differently by some engine.
      else if (ch === '[' || (ch === '&' && body[i + 1] === '&')) return undefined;
      continue;
    }
    if (afterQuantifier && (ch === '?' || ch === '+')) return undefined;
    afterQuantifier = false;
    switch (ch) {
      case '[':
        inBracket = true;
        // An empty class, or a ] first, is read differently across engines.
        if (body[i + 1] === ']' || (body[i + 1] === '^' && body[i + 2] === ']')) return undefined;
        break;
      case '(':
        if (body[i + 1] === '?') return undefined;
        depth += 1;
        break;
      case ')':
        if ((depth -= 1) < 0) return undefined;
        break;
      case '?':
      case '*':
      case '+':
        afterQuantifier = true;
        break;
      case '{': {
        const bound = /^\{[0-9]{1,3}(,[0-9]{0,3})?\}/.exec(body.slice(i));
        if (!bound) return undefined;
        i += bound[0].length - 1;
        afterQuantifier = true;
        break;
      }
      // A dot matches a line break in PostgreSQL but not in RE2, Java or JavaScript; ^ and $ inside mean lines in some.
      case '.':
      case '^':
      case '$':
      case '}':
      case ']':
        return undefined;
      default:
        break;
    }
  }
  return inBracket || depth !== 0 ? undefined : body;
}

/**
 * What JavaScript's \s matches (ECMAScript WhiteSpace and LineTerminator): a text value made only of these, or empty,
 * fails the schemas' non-blank pattern \S.
 */
export const jsWhitespace: readonly (number | readonly [number, number])[] = [[0x09, 0x0d], 0x20, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** Text with nothing but what JavaScript's \s matches (or nothing at all): what the non-blank pattern \S refuses. */
export function blankPattern(d: SqlDialect): string {
  const cp = d.regexCodePoint;
  return `[${jsWhitespace.map((w) => (typeof w === 'number' ? cp(w) : `${cp(w[0])}-${cp(w[1])}`)).join('')}]*`;
}
