import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validRecord } from '../support.ts';

/** Personal values planted in hostile files: no output of validate may contain them. */
export const planted = ['Zelda', 'Qwertyplant', '9434765919'] as const;
const name = `${planted[0]} ${planted[1]}`;

export interface HostileFile {
  readonly name: string;
  /** Records validate must count in it (non-blank lines of NDJSON). */
  readonly records: number;
}

/** Every string in a record replaced by the planted name, one field at a time: a record per string field. */
function plantedEverywhere(record: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') paths.push(path);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(record, []);
  for (const path of paths) {
    const copy = structuredClone(record);
    let node = copy as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
    node[path.at(-1)!] = `\u001b[31m${name}\u0007`;
    out.push(copy);
  }
  return out;
}

function hostileLines(): string[] {
  const risk = validRecord('risk');
  const soc = validRecord('subject_of_care');
  const line = (r: unknown) => JSON.stringify(r);
  const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
  return [
    line(risk),
    ...[1.5, -1, 1e300, '2', 0, 2 ** 53 + 1].map((v) => line({ ...risk, record_uid: `v-${String(v)}`, version_number: v })),
    line({ ...risk, change_log: Array.from({ length: 3000 }, () => (risk['change_log'] as unknown[])[0]) }),
    line(risk).replace('"free_text":', `"free_text":${deep},"x":`),
    `[${'['.repeat(5000)}${']'.repeat(5000)}]`,
    line({ ...risk, free_text: name.repeat(100_000) }),
    line({ ...risk, record_type: `${name}\u001b]0;${name}\u0007`.repeat(1000) }),
    line({ ...risk, record_type: `\u001b[2J${name}` }),
    line({ ...risk, [name]: name, [`\u001b${name}`]: 1 }),
    line(risk).replace('{', `{"record_type":"${name}",`),
    `{"record_type":"risk","comment":"${name}" ${name}}`,
    `{"record_type":"risk","comment":"${name}`,
    `{"${name}":}`,
    ...plantedEverywhere(risk).map(line),
    ...plantedEverywhere(soc).map(line),
  ];
}

/** Write the corpus into `dir`; returns its files and how many records each holds. */
export function writeHostileCorpus(dir: string): HostileFile[] {
  const lines = hostileLines();
  // In a JSON array an element that is not JSON can swallow the next ones; the array holds the lines that parse.
  const parseable = lines.filter((l) => {
    try {
      return (JSON.parse(l), true);
    } catch {
      return false;
    }
  });
  const invalidUtf8 = Buffer.concat([Buffer.from(`{"record_type":"risk","comment":"${name}`), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
  const files: { name: string; bytes: Buffer; records: number }[] = [
    { name: 'hostile.ndjson', bytes: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`), records: lines.length },
    { name: 'truncated.ndjson', bytes: Buffer.concat([Buffer.from(lines.slice(0, 5).join('\n') + '\n'), invalidUtf8, Buffer.from(`\n\n${lines[0]!.slice(0, 200)}`)]), records: 7 },
    { name: 'hostile.json', bytes: Buffer.from(`\ufeff[${parseable.join(',\r\n')}]`), records: parseable.length },
    { name: 'risk.csv', bytes: Buffer.from(`record_type,${name},comment\r\nrisk,${name},"${name}\u001b"\r\n${name},x,y\r\nrisk,"${name}`), records: 3 },
  ];
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  return files.map(({ name: n, records }) => ({ name: n, records }));
}
