import { describe, expect, it } from 'vitest';
import { runCli } from '../../generator/test/support/cli.ts';

const commandsHint = "Run 'asc-mods --help' for the commands.";
const optionsHint = (command: string) => `Run 'asc-mods ${command} --help' for its options.`;

describe('usage errors: one line and a hint on stderr, exit 2, never the help', () => {
  it.each([
    [['valdiate'], 'asc-mods: unknown command "valdiate"; did you mean "validate"?', commandsHint],
    [['chekc', 'spec/mods.yaml'], 'asc-mods: unknown command "chekc"; did you mean "check"?', commandsHint],
    [['frobnicate'], 'asc-mods: unknown command "frobnicate"', commandsHint],
    [['--verison'], 'asc-mods: unknown option --verison; did you mean --version?', commandsHint],
    [['validate', '--formt', 'json'], 'asc-mods validate: unknown option --formt; did you mean --format?', optionsHint('validate')],
    [['validate', '--formt=json', 'x.ndjson'], 'asc-mods validate: unknown option --formt; did you mean --format?', optionsHint('validate')],
    [['conform', '--base-ulr', 'http://x'], 'asc-mods conform: unknown option --base-ulr; did you mean --base-url?', optionsHint('conform')],
    [['check', '--zzzzzz'], 'asc-mods check: unknown option --zzzzzz', optionsHint('check')],
    [['check', '-x'], 'asc-mods check: unknown option -x', optionsHint('check')],
    [['check', '--format'], 'asc-mods check: option --format needs a value', optionsHint('check')],
    [['generate', '--check=yes'], 'asc-mods generate: option --check takes no value', optionsHint('generate')],
    [['conform', '--token', '-x', '--reference'], 'asc-mods conform: option --token needs a value (to give one that starts with a dash, write --token=-value)', optionsHint('conform')],
    [['check', '--format', 'xml'], 'asc-mods check: --format must be human or json, not "xml"', optionsHint('check')],
    [['diff', 'only-one'], 'asc-mods diff: diff needs two specs: <old> <new> (files, or git refs such as v0.1.0 or HEAD~1)', optionsHint('diff')],
  ])('%j', async (args, line, hint) => {
    expect(await runCli(args)).toEqual({ code: 2, stdout: '', stderr: `${line}\n${hint}\n` });
  });

  it('says nothing of a close name when none is close', async () => {
    const { stderr } = await runCli(['xyzzy-plugh']);
    expect(stderr).not.toContain('did you mean');
    const option = await runCli(['validate', '--qqqqqqqq']);
    expect(option.stderr).not.toContain('did you mean');
  });
});
