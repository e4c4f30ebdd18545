import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { formatPatterns } from '../../src/emit/json-schema/formats.ts';
import { duckdb, postgres, type SqlDialect } from '../../src/emit/sql/dialects.ts';
import { jsWhitespace, portablePattern } from '../../src/emit/sql/patterns.ts';

/** The blank pattern as checks.sql writes it for a dialect. */
const blankFor = (d: SqlDialect) => `[${jsWhitespace.map((w) => (typeof w === 'number' ? d.regexCodePoint(w) : `${d.regexCodePoint(w[0])}-${d.regexCodePoint(w[1])}`)).join('')}]*`;

/** The code points up to U+FFFF (no surrogates) that JavaScript's \S finds nothing in: blank, as validate judges. */
const jsBlank: number[] = [];
for (let i = 1; i < 65536; i += 1) if ((i < 0xd800 || i > 0xdfff) && !/\S/u.test(String.fromCodePoint(i))) jsBlank.push(i);

describe('the patterns checks.sql carries', () => {
  it('takes the pattern of every named format, and the spec\'s own patterns', () => {
    for (const [format, pattern] of Object.entries(formatPatterns)) expect(portablePattern(pattern), format).toBe(pattern.slice(1, -1));
    expect(portablePattern('^1-[0-9]{6,12}$')).toBe('1-[0-9]{6,12}');
    expect(portablePattern('^[0-9]+(\\.[0-9]+)*$')).toBe('[0-9]+(\\.[0-9]+)*');
  });

  it('leaves to validate what some engine reads otherwise than JavaScript does', () => {
    for (const pattern of ['\\S', '^\\s*$', '^\\d+$', '^\\w+$', '^a.b$', '^(?:ab)$', '^a*?$', '^a++$', '^[[:alpha:]]+$', '^[a-z&&[^x]]$', '^a\\bb$', '^[]a]$', '^(a$', '^a)$', '^[a-z$', '^a{1,5000}$', 'abc', '^abc', '^a\\$']) {
      expect(portablePattern(pattern), pattern).toBeUndefined();
    }
  });

  it('judges blank text as JavaScript\'s \\S does, in DuckDB (RE2), for every white-space character and none other', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    // Every code point up to U+FFFF but the surrogates, each alone: blank in SQL exactly when \S finds nothing.
    const char = "CASE WHEN i BETWEEN 55296 AND 57343 THEN 'x' ELSE chr(CAST(i AS INTEGER)) END";
    const rows = await c.runAndReadAll(`SELECT i FROM range(1, 65536) t(i) WHERE ${duckdb.fullMatch(char, blankFor(duckdb))} ORDER BY i`);
    expect(rows.getRowObjectsJS().map((r) => Number(r['i']))).toEqual(jsBlank);
    c.closeSync();
    instance.closeSync();
  });

  const url = process.env['ASC_MODS_TEST_POSTGRES'];
  it.skipIf(url === undefined)('judges blank text as JavaScript does in PostgreSQL too (skipped without ASC_MODS_TEST_POSTGRES, the server .ci/run starts)', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const char = "CASE WHEN i BETWEEN 55296 AND 57343 THEN 'x' ELSE chr(i) END";
      const { rows } = await client.query<{ i: number }>(`SELECT i FROM generate_series(1, 65535) i WHERE ${postgres.fullMatch(char, blankFor(postgres))} ORDER BY i`);
      expect(rows.map((r) => Number(r.i))).toEqual(jsBlank);
    } finally {
      await client.end();
    }
  });
});
