import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

/**
 * The Node.js lines the package promises (package.json engines, and the current LTS lines): the oldest it allows and
 * the newest 22 and 24. Each comes from the npm registry (node-<platform>-<arch>, the Node.js project's own
 * binaries as npm packages), cached under node_modules/.cache, so the tests need no download from elsewhere.
 */
export const promisedNodeLines = ['20.19.0', '22', '24'] as const;

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const cacheRoot = join(repoRoot, 'node_modules', '.cache', 'asc-mods-node');

/** The path of a node binary of that line, installed from the npm registry on first use. */
export function nodeBinary(line: string): string {
  const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const prefix = join(cacheRoot, line);
  const binary = join(prefix, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(binary)) execFileSync(npm, ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', `${pkg}@${line}`], { stdio: 'pipe' });
  return binary;
}

/** What `node --version` says, to check the binary is the line asked for. */
export function nodeVersion(binary: string): string {
  return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
}
