import { describe, expect, it } from 'vitest';
import { runCli } from '../../generator/test/support/cli.ts';
import { outputFormat, UsageError } from '../io.ts';
import { commandHelp } from '../usage.ts';

/**
 * One --format vocabulary. Before, check, validate and conform took human or json, and diff markdown or json for
 * the same two things (its form for people, a Markdown changelog, and the machine form); now every command takes
 * human or json, and diff still takes markdown, as another name for human.
 */
describe('the --format vocabulary', () => {
  it.each([
    [undefined, {}, 'human'],
    ['human', {}, 'human'],
    ['json', {}, 'json'],
    ['markdown', { markdown: 'human' as const }, 'human'],
  ])('%j (aliases %j) is %s', (given, aliases, want) => {
    expect(outputFormat(given, aliases)).toBe(want);
  });

  it.each([['markdown'], ['text'], ['JSON'], ['']])('%j is refused where no alias says otherwise', (given) => {
    expect(() => outputFormat(given)).toThrow(new UsageError(`--format must be human or json, not "${given}"`));
  });

  it('every command with a --format documents the same names', () => {
    const withFormat = Object.entries(commandHelp).filter(([, h]) => h.options.includes('--format'));
    expect(withFormat.map(([name]) => name)).toEqual(['check', 'validate', 'load', 'conform', 'diff']);
    for (const [, help] of withFormat) expect(help.options).toMatch(/^ {2}--format <f> +human \(default\) or json/m);
  });

  it.each([['check'], ['validate', 'generated/examples/care_team.json'], ['load', 'generated/examples/care_team.json'], ['conform', '--reference'], ['diff', 'spec/mods.yaml', 'spec/mods.yaml']])('%s refuses an unknown format with the same words', async (...args) => {
    const { code, stderr } = await runCli([...args, '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`asc-mods ${args[0]}: --format must be human or json, not "xml"`);
  });

  it('check and validate give people text with human, and JSON with json', async () => {
    const human = await runCli(['check', '--format', 'human']);
    expect(human.stdout).toMatch(/^spec\/mods\.yaml: no problems/);
    expect(JSON.parse((await runCli(['check', '--format', 'json'])).stdout)).toMatchObject({ ok: true });
    const file = 'generated/examples/care_team.json';
    expect((await runCli(['validate', file, '--format', 'human'])).stdout).toMatch(/^Read 1 record from 1 file/);
    expect(JSON.parse((await runCli(['validate', file, '--format', 'json'])).stdout)).toHaveProperty('totals');
  });

  it('diff: human is the Markdown changelog, as before, and markdown, its old name, still gives it', async () => {
    const sides = ['diff', 'spec/mods.yaml', 'spec/mods.yaml'];
    const byDefault = await runCli(sides);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toMatch(/^# Changes from /);
    expect(await runCli([...sides, '--format', 'human'])).toEqual(byDefault);
    expect(await runCli([...sides, '--format', 'markdown'])).toEqual(byDefault);
    expect(JSON.parse((await runCli([...sides, '--format', 'json'])).stdout)).toHaveProperty('changes');
    // The alias is diff's alone: no other command ever took markdown.
    expect((await runCli(['check', '--format', 'markdown'])).code).toBe(2);
  });
});
