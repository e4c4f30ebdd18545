import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBinary, nodeVersion, promisedNodeLines } from '../support/node-lines.ts';
import { repoRoot } from '../support/paths.ts';

/**
 * The package as a supplier installs it: `npm pack`, the tarball installed into a fresh folder (from the npm cache
 * CI's `npm ci` filled), then an ES module project and a CommonJS project that type-check against it with tsc and
 * run, on each Node.js line the package promises (20.19.0, the oldest its engines allow, and the newest 22 and 24).
 * CommonJS consumers rely on Node's require() of ES modules (Node 20.19 and later) and TypeScript's
 * `module: nodenext`.
 */
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-consumers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const program = `import type { Risk } from 'asc-mods/types';
import { isRisk, validateRisk } from 'asc-mods/validators';
import { dataRuleIds, isValidNhsNumber, isValidOdsCode } from 'asc-mods';
const record: unknown = JSON.parse(process.argv[2] ?? '{}');
const issues = validateRisk(record);
const risk: Risk | undefined = isRisk(record) ? record : undefined;
const rules = { nhsNumber: isValidNhsNumber('9434765919'), badNhsNumber: isValidNhsNumber('9434765918'), odsCode: isValidOdsCode('RR8') };
console.log(JSON.stringify({ valid: risk !== undefined, issues: issues.length, rules: dataRuleIds.length, ...rules, node: process.version }));
`;

function project(name: string, type: 'module' | 'commonjs'): string {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name, private: true, type }));
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, outDir: 'out', types: ['node'], typeRoots: [join(repoRoot, 'node_modules', '@types')], skipLibCheck: false } }));
  writeFileSync(join(root, 'index.ts'), program);
  return root;
}

function typeCheckAndRun(root: string, record: unknown, node = process.execPath): { tsc: ReturnType<typeof spawnSync>; run?: ReturnType<typeof spawnSync> } {
  const checked = spawnSync(process.execPath, [tsc, '-p', root], { encoding: 'utf8' });
  if (checked.status !== 0) return { tsc: checked };
  return { tsc: checked, run: spawnSync(node, [join(root, 'out', 'index.js'), JSON.stringify(record)], { encoding: 'utf8' }) };
}

const valid = JSON.parse(readFileSync(join(repoRoot, 'generated', 'examples', 'risk.json'), 'utf8')).valid;

beforeAll(() => {
  execFileSync(npm, ['pack', '--pack-destination', dir], { cwd: repoRoot, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumers', private: true }));
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, tarball)], { cwd: dir, stdio: 'pipe' });
}, 240_000);

const cases = promisedNodeLines.flatMap((line) => (['module', 'commonjs'] as const).map((type) => [type, line] as const));
/** Each project type-checked once (tsc's verdict does not depend on the Node that runs it), then run on each line. */
const checkedProjects = new Map<string, { root: string; tsc: ReturnType<typeof spawnSync> }>();
function checkedProject(type: 'module' | 'commonjs') {
  if (!checkedProjects.has(type)) {
    const root = project(`consumer-${type}`, type);
    checkedProjects.set(type, { root, tsc: typeCheckAndRun(root, valid).tsc });
  }
  return checkedProjects.get(type)!;
}

describe('the installed package', () => {
  it.each(cases)('type-checks and runs in a fresh %s project on Node %s', (type, line) => {
    const node = nodeBinary(line);
    expect(nodeVersion(node).startsWith(`v${line}`)).toBe(true);
    const { root, tsc: checked } = checkedProject(type);
    expect(checked.status, String(checked.stdout) + String(checked.stderr)).toBe(0);
    const run = spawnSync(node, [join(root, 'out', 'index.js'), JSON.stringify(valid)], { encoding: 'utf8' });
    expect(run.status, String(run.stderr)).toBe(0);
    expect(JSON.parse(String(run.stdout))).toMatchObject({ valid: true, issues: 0, nhsNumber: true, badNhsNumber: false, odsCode: true, node: nodeVersion(node) });
    const bad = spawnSync(node, [join(root, 'out', 'index.js'), '{}'], { encoding: 'utf8' });
    expect(JSON.parse(bad.stdout).issues).toBeGreaterThan(0);
  }, 240_000);

  it('a CommonJS project is seen to fail without the default export condition (the error suppliers met)', () => {
    const root = project('consumer-cjs-broken', 'commonjs');
    const manifest = join(dir, 'node_modules', 'asc-mods', 'package.json');
    const original = readFileSync(manifest, 'utf8');
    try {
      const pkg = JSON.parse(original) as { exports: Record<string, Record<string, string> | string> };
      for (const entry of Object.values(pkg.exports)) if (typeof entry === 'object') delete entry['default'];
      writeFileSync(manifest, JSON.stringify(pkg));
      const { tsc: checked, run } = typeCheckAndRun(root, valid);
      expect(checked.status).toBe(0);
      expect(run!.status).not.toBe(0);
      expect(String(run!.stderr)).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    } finally {
      writeFileSync(manifest, original);
    }
  }, 120_000);
});
