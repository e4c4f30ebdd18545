import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from '../../generator/test/support/paths.ts';
import { main } from '../main.ts';
import { colorWanted } from '../io.ts';

/**
 * Colour: the diagnostics of check and generate are the only coloured output (the progress lines of validate and
 * conform use a terminal code only to clear their line, and only on a terminal). One helper decides it.
 */
describe('colorWanted', () => {
  it.each([
    // env, stdout is a terminal, --no-color, want
    [{}, true, false, true],
    [{}, false, false, false],
    [{}, undefined, false, false],
    [{ NO_COLOR: '1' }, true, false, false],
    [{ NO_COLOR: 'anything' }, true, false, false],
    [{ NO_COLOR: '' }, true, false, true],
    [{ FORCE_COLOR: '1' }, false, false, true],
    [{ FORCE_COLOR: 'true' }, false, false, true],
    [{ FORCE_COLOR: '3' }, false, false, true],
    [{ FORCE_COLOR: '0' }, true, false, false],
    [{ FORCE_COLOR: 'false' }, true, false, false],
    [{ FORCE_COLOR: '' }, false, false, false],
    [{ FORCE_COLOR: '' }, true, false, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, false, true],
    [{ FORCE_COLOR: '0', NO_COLOR: '' }, true, false, false],
    [{ FORCE_COLOR: '1' }, true, true, false],
    [{}, true, true, false],
  ] as const)('env %j, terminal %s, --no-color %s: %s', (env, isTTY, flag, want) => {
    expect(colorWanted(env, isTTY, flag)).toBe(want);
  });
});

async function check(env: Record<string, string>, isTTY: boolean, ...flags: string[]): Promise<string> {
  let stdout = '';
  await main(['check', join(fixturesDir, 'diagnostics', 'duplicate-code.yaml'), ...flags], { stdout: { write: (t: string) => (stdout += t), isTTY }, stderr: { write: () => true }, cwd: repoRoot, env });
  return stdout;
}

const escape = '\u001b[';

describe('check colours its diagnostics as the helper says', () => {
  it('on a terminal, and with FORCE_COLOR when piped', async () => {
    expect(await check({}, true)).toContain(`${escape}31merror${escape}0m`);
    expect(await check({ FORCE_COLOR: '1' }, false)).toContain(`${escape}31merror${escape}0m`);
  });

  it('not when piped, nor with NO_COLOR, FORCE_COLOR=0 or --no-color on a terminal', async () => {
    for (const out of [await check({}, false), await check({ NO_COLOR: '1' }, true), await check({ FORCE_COLOR: '0' }, true), await check({ FORCE_COLOR: '1' }, true, '--no-color')]) {
      expect(out).toContain('error duplicate-code');
      expect(out).not.toContain(escape);
    }
  });
});
