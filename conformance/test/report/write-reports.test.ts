import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReports, writeReports } from '../../report/write-reports.ts';
import { fixture } from './result-fixture.ts';

describe('reports', () => {
  it('renders the JSON report, JUnit XML and the scorecard in memory', async () => {
    const files = await renderReports(fixture);
    expect(files.map((f) => f.path)).toEqual(['report.json', 'report.junit.xml', 'scorecard.html']);
    expect(files.map((f) => f.content.slice(0, 15))).toEqual(['{\n  "report": "', '<?xml version="', '<!doctype html>']);
  });

  it('writes them into a directory it makes, returning the paths', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'asc-mods-reports-')), 'nested', 'out');
    const written = await writeReports(dir, fixture);
    expect(written).toEqual(['report.json', 'report.junit.xml', 'scorecard.html'].map((name) => join(dir, name)));
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'report.junit.xml', 'scorecard.html']);
    for (const file of await renderReports(fixture)) expect(readFileSync(join(dir, file.path), 'utf8')).toBe(file.content);
  });
});
