import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { describePointer } from './describe.ts';
import { joinPointer } from '../source/pointer.ts';

/**
 * Characters no text of the standard may hold: C0 controls but tab and line feed, DEL, C1 controls, the line and
 * paragraph separators, and the bidirectional overrides and isolates (text that reads one way and runs another).
 * They would be copied into every artefact (types.ts, the schemas, the site), where no reader can see them.
 */
const forbidden = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** Part of stage 2: every key and string value of the document, each refused at its own position. */
export function controlCharacters(data: unknown): readonly Finding[] {
  const findings: Finding[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (typeof value === 'string') {
      const bad = forbidden.exec(value);
      if (bad) findings.push(finding('control-character', message(data, pointer, 'text', bad[0], bad.index), pointer));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const at = joinPointer(pointer, key);
      const bad = forbidden.exec(key);
      if (bad) findings.push(finding('control-character', message(data, at, 'key', bad[0], bad.index), at, { at: 'key' }));
      visit(child, at);
    }
  };
  visit(data, '');
  return findings;
}

function message(data: unknown, pointer: string, what: 'text' | 'key', char: string, index: number): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const context = describePointer(data, pointer);
  return `${context ? `${context}: ` : ''}the ${what} holds ${code}, an invisible control character, at character ${index + 1}`;
}
