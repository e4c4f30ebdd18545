import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { typeName } from '../../../generator/src/emit/naming.ts';
import { packageRoot } from '../../../generator/src/paths.ts';

/**
 * A supplier's client project in a temporary folder: the types openapi-typescript generates from an OpenAPI document
 * (api.ts), the conformance fixtures as typed constants (records.ts) and the committed client (fixture/client.ts),
 * compiled by the repository's tsc under --strict and run by node.
 */
const root = packageRoot();
const suiteClasses = join(root, 'generated', 'conformance', 'classes');

/** The records the client sends, under the names it imports them by; references point at the minimal records. */
export const clientRecords = [
  { name: 'subjectOfCare', recordType: 'subject_of_care', variant: 'minimal' },
  { name: 'location', recordType: 'location', variant: 'minimal' },
  { name: 'alert', recordType: 'alert', variant: 'full' },
  { name: 'occupancy', recordType: 'occupancy', variant: 'minimal' },
] as const;

function recordsModule(): string {
  const lines = ['// The conformance fixtures (generated/conformance/classes), each typed as its class.', "import type { components } from './api.js';"];
  for (const { name, recordType, variant } of clientRecords) {
    const fixtures = JSON.parse(readFileSync(join(suiteClasses, `${recordType}.json`), 'utf8')) as Record<string, unknown>;
    lines.push(`export const ${name}: components['schemas'][${JSON.stringify(typeName(recordType))}] = ${JSON.stringify(fixtures[variant], null, 2)};`);
  }
  return `${lines.join('\n')}\n`;
}

/** Lay out the project for a document: openapi-typescript runs as a process, as a supplier would run it. */
export function clientProject(documentFile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'asc-mods-typed-client-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'typed-client', private: true, type: 'module' }));
  const generate = spawnSync(process.execPath, [join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'), documentFile, '-o', join(dir, 'api.ts')], { encoding: 'utf8' });
  if (generate.status !== 0) throw new Error(`openapi-typescript failed: ${generate.stderr}`);
  writeFileSync(join(dir, 'records.ts'), recordsModule());
  copyFileSync(join(root, 'conformance', 'test', 'typed-client', 'fixture', 'client.ts'), join(dir, 'client.ts'));
  const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'out', rootDir: '.', types: ['node'], skipLibCheck: true };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['client.ts'] }));
  return dir;
}

/** Compile the project with tsc --strict; returns tsc's report, empty when it compiles clean. */
export function compile(dir: string): string {
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir, '--strict'], { encoding: 'utf8' });
  return (run.stdout + run.stderr).trim();
}

/** Run the compiled client against a server (asynchronously: the server answers from this process). */
export async function runClient(dir: string, baseUrl: string, token: string): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'out', 'client.js'), baseUrl, token], { encoding: 'utf8' });
  return JSON.parse(stdout);
}
