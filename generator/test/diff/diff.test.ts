import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffModels } from '../../../cli/diff.ts';
import { bumpSatisfied, requiredBump, type Change } from '../../src/diff/classify.ts';
import { markdownChangelog, plainChangelog } from '../../src/diff/render.ts';
import { checkSpecText } from '../../src/pipeline.ts';
import { runCli } from '../support/cli.ts';
import { fixturesDir } from '../support/paths.ts';

const minimal = readFileSync(join(fixturesDir, 'minimal.yaml'), 'utf8');
const model = (text: string) => {
  const r = checkSpecText('spec.yaml', text);
  if (!r.model || r.diagnostics.some((d) => d.severity === 'error')) throw new Error(`does not check: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.model;
};
const edit = (...pairs: [string, string][]) => pairs.reduce((text, [from, to]) => {
  if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
  return text.replace(from, to);
}, minimal);
const changes = (after: string): readonly Change[] => diffModels('old', model(minimal), 'new', model(after)).changes;
const only = (after: string) => changes(after).map((c) => ({ kind: c.kind, subject: c.subject, ...c.impacts }));

describe('spec diffs: every change classified, with whom it breaks', () => {
  it('no change, no bump', () => {
    expect(changes(minimal)).toEqual([]);
    expect(requiredBump([])).toBe('none');
  });

  it('an optional element added is additive for receivers and consumers; a minor release', () => {
    const after = edit(['      - name: nhs_number\n', '      - name: nickname\n        published_name: Nickname\n        description: What they like to be called.\n        published_type: Text\n        occurs: Could occur once\n        type: text\n        sensitivity: personal\n        provenance: asc-mods\n      - name: nhs_number\n']);
    expect(only(after)).toEqual([{ kind: 'element-added', subject: 'person.nickname', sender: 'none', receiver: 'additive', consumer: 'additive' }]);
    expect(requiredBump(changes(after))).toBe('minor');
  });

  it('a FHIR mapping added is additive for receivers (through the FHIR transforms); changed or removed, it breaks them', () => {
    const mapped = edit(
      ['    legislation: [test_act]\n    elements:', '    legislation: [test_act]\n    fhir: { resource: Patient, provenance: asc-mods }\n    elements:'],
      ['        constraints: { format: nhs-number }\n', "        constraints: { format: nhs-number }\n        fhir: { path: \"identifier.where(system = 'https://fhir.nhs.uk/Id/nhs-number').value\" }\n"],
    );
    expect(only(mapped)).toEqual([
      { kind: 'class-fhir-mapped', subject: 'person', sender: 'none', receiver: 'additive', consumer: 'none' },
      { kind: 'element-fhir-mapped', subject: 'person.nhs_number', sender: 'none', receiver: 'additive', consumer: 'none' },
    ]);
    expect(requiredBump(changes(mapped))).toBe('minor');
    const moved = mapped.replace("system = 'https://fhir.nhs.uk/Id/nhs-number').value", "system = 'https://example.org/id').value");
    expect(diffModels('old', model(mapped), 'new', model(moved)).changes.map((c) => [c.kind, c.impacts.receiver])).toEqual([['element-fhir-mapping-changed', 'breaking']]);
    expect(diffModels('old', model(mapped), 'new', model(minimal)).changes.map((c) => [c.kind, c.impacts.receiver])).toEqual([['class-fhir-mapping-removed', 'breaking'], ['element-fhir-mapping-removed', 'breaking']]);
    // What a round trip loses, newly said, moves nothing: editorial, a patch.
    const noted = mapped.replace("system = 'https://fhir.nhs.uk/Id/nhs-number').value\" }", "system = 'https://fhir.nhs.uk/Id/nhs-number').value\", lossy: spaces are not kept }");
    expect(noted).not.toBe(mapped);
    const notes = diffModels('old', model(mapped), 'new', model(noted)).changes;
    expect(notes.map((c) => [c.kind, c.impacts])).toEqual([['element-fhir-notes-changed', { sender: 'none', receiver: 'none', consumer: 'none' }]]);
    expect(requiredBump(notes)).toBe('patch');
  });

  it('a class whose asc- id becomes its data-browser classId is one class with a new id, not a removal and an addition', () => {
    const after = edit(['  - id: "100"\n    name: person\n', '  - id: "4711"\n    name: person\n']);
    expect(only(after)).toEqual([{ kind: 'class-id-changed', subject: 'person', sender: 'none', receiver: 'none', consumer: 'breaking' }]);
  });

  it('a mandatory element whose authority rises to published is enforced by default, which breaks senders; the reverse is additive', () => {
    const mandatory = edit(['        published_type: Lookup\n        occurs: Could occur once\n', '        published_type: Lookup\n        occurs: Must occur once\n']);
    const published = mandatory.replace('        value_set: colour\n        sensitivity: personal\n        provenance: asc-mods\n', '        value_set: colour\n        sensitivity: personal\n        provenance: nhs-data-browser\n');
    expect(only(published).find((c) => c.kind.startsWith('element-authority'))).toEqual({ kind: 'element-authority-published', subject: 'person.favourite_colour', sender: 'breaking', receiver: 'none', consumer: 'none' });
    expect(diffModels('old', model(published), 'new', model(mandatory)).changes.map((c) => [c.kind, c.impacts.sender])).toContainEqual(['element-authority-modelled', 'none']);
  });

  it('an element removed breaks senders and consumers; a major release', () => {
    const text = minimal.replace(/      - name: favourite_colour[\s\S]*?provenance: asc-mods\n/, '');
    expect(only(text)).toEqual([{ kind: 'element-removed', subject: 'person.favourite_colour', sender: 'breaking', receiver: 'none', consumer: 'breaking' }]);
    expect(requiredBump(changes(text))).toBe('major');
  });

  it('an element renamed (same published name) is a rename, which breaks everyone', () => {
    expect(only(edit(['      - name: favourite_colour', '      - name: preferred_colour']))).toEqual([{ kind: 'element-renamed', subject: 'person.preferred_colour', sender: 'breaking', receiver: 'breaking', consumer: 'breaking' }]);
  });

  it('a class renamed keeps its id: a rename, not a removal and an addition', () => {
    const text = minimal.replace(/name: person\n/, 'name: individual\n').replace('applies_to: [person.nhs_number]', 'applies_to: [individual.nhs_number]').replace('related: [person]', 'related: [individual]');
    expect(changes(text).map((c) => c.kind)).toEqual(['class-renamed', 'requirement-changed']);
  });

  it('cardinality tightened breaks senders; loosened breaks receivers and consumers', () => {
    expect(only(edit(['        occurs: Could occur once\n        type: coded', '        occurs: Must occur once\n        type: coded']))).toEqual([{ kind: 'element-cardinality-tightened', subject: 'person.favourite_colour', sender: 'breaking', receiver: 'none', consumer: 'none' }]);
    expect(only(edit(['        occurs: Could occur once\n        type: coded', '        occurs: Could occur once or more\n        type: coded']))).toEqual([{ kind: 'element-cardinality-loosened', subject: 'person.favourite_colour', sender: 'none', receiver: 'breaking', consumer: 'breaking' }]);
  });

  it('a type changed breaks everyone', () => {
    expect(only(edit(['        type: text\n        constraints: { format: nhs-number }', '        type: integer']))).toContainEqual({ kind: 'element-type-changed', subject: 'person.nhs_number', sender: 'breaking', receiver: 'breaking', consumer: 'breaking' });
  });

  it('codes: added to a required value set breaks receivers; removed breaks senders and consumers; relabelled is for consumers', () => {
    expect(only(edit(['      - code: blue\n', '      - code: green\n        display: Green\n      - code: blue\n']))).toEqual([{ kind: 'code-added', subject: 'colour#green', sender: 'none', receiver: 'breaking', consumer: 'additive' }]);
    expect(only(edit(['      - code: blue\n        display: Blue\n', '']))).toEqual([{ kind: 'code-removed', subject: 'colour#blue', sender: 'breaking', receiver: 'none', consumer: 'breaking' }]);
    expect(only(edit(['display: Red', 'display: Scarlet']))).toEqual([{ kind: 'code-relabelled', subject: 'colour#red', sender: 'none', receiver: 'none', consumer: 'additive' }]);
  });

  it('a binding loosened breaks receivers and consumers', () => {
    expect(only(edit(['    binding: required\n    provenance: asc-mods\n    codes:', '    binding: extensible\n    provenance: asc-mods\n    codes:']))).toEqual([{ kind: 'binding-loosened', subject: 'colour', sender: 'none', receiver: 'breaking', consumer: 'breaking' }]);
  });

  it('requirements: a MUST added or strengthened binds systems; wording alone is editorial (a patch)', () => {
    expect(only(edit(['    level: MUST', '    level: SHOULD'])).map((c) => c.kind)).toEqual(['requirement-weakened']);
    const reworded = edit(['text: NHS numbers carry a valid check digit.', 'text: Every NHS number carries a valid check digit.']);
    expect(only(reworded)).toEqual([{ kind: 'requirement-changed', subject: 'MODS-TEST-001', sender: 'none', receiver: 'none', consumer: 'none' }]);
    expect(requiredBump(changes(reworded))).toBe('patch');
  });

  it('the release must rise as much as the changes call for (before 1.0.0, a minor rise may break)', () => {
    expect(bumpSatisfied('1.0.0', '2.0.0', 'major')).toBe(true);
    expect(bumpSatisfied('1.0.0', '1.1.0', 'major')).toBe(false);
    expect(bumpSatisfied('1.0.0', '1.0.1', 'minor')).toBe(false);
    expect(bumpSatisfied('1.2.3', '1.3.0', 'minor')).toBe(true);
    expect(bumpSatisfied('0.1.0', '0.2.0', 'major')).toBe(true);
    expect(bumpSatisfied('0.1.0', '0.1.1', 'major')).toBe(false);
    const diff = diffModels('old', model(minimal), 'new', model(edit(['      - code: blue\n        display: Blue\n', ''])));
    expect(diff).toMatchObject({ bump: 'major', releaseOk: false });
  });

  it('the changelog lists breaking changes first, says whom each breaks, and escapes Markdown', () => {
    const text = minimal.replace(/      - name: favourite_colour[\s\S]*?provenance: asc-mods\n/, '').replace('display: Red', 'display: Red *bold* [link](x)').replace('release: 1.0.0', 'release: 2.0.0');
    const md = markdownChangelog(diffModels('old', model(minimal), 'new', model(text)));
    expect(md).toContain('they call for a **major** release (breaking for systems that send MODS data, consumers of reports)');
    expect(md.indexOf('## Breaking')).toBeLessThan(md.indexOf('## Additions'));
    expect(md).toContain('- person.favourite\\_colour removed `element-removed` — breaks systems that send MODS data, consumers of reports');
    expect(md).toContain('Red \\*bold\\* \\[link\\](x)');
    expect(md).not.toContain('does not rise enough');
  });
});

describe('asc-mods diff', () => {
  it('compares two spec files: a changelog, and exit 1 with --fail-on breaking when something breaks', async () => {
    const ok = await runCli(['diff', join(fixturesDir, 'minimal.yaml'), join(fixturesDir, 'minimal.yaml')]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain('No changes.');
    const json = await runCli(['diff', join(fixturesDir, 'minimal.yaml'), join(fixturesDir, 'kitchen-sink.yaml'), '--format', 'json', '--fail-on', 'breaking']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).bump).toBe('major');
  });

  it('reads a side from git (a ref), and --release-check passes for the shipped spec', async () => {
    const head = await runCli(['diff', 'HEAD', 'spec/mods.yaml']);
    expect(head.code, head.stderr).toBe(0);
    expect(head.stdout).toMatch(/^# Changes from [0-9]+\.[0-9]+\.[0-9]+ \(HEAD:spec\/mods\.yaml\) to/);
    const check = await runCli(['diff', '--release-check']);
    expect(check.code, check.stderr).toBe(0);
  });

  it('reads a release number that is no git tag from spec/releases/, as the README writes it', async () => {
    const run = await runCli(['diff', 'v0.1.0', 'HEAD', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const diff = JSON.parse(run.stdout) as { from: { label: string; release: string }; bump: string; releaseOk: boolean };
    expect(diff.from).toEqual({ label: 'spec/releases/0.1.0.yaml', release: '0.1.0' });
    // Before 1.0.0 a breaking change calls for a minor rise (README), not a major one.
    expect(diff.bump).toBe('minor');
    expect(diff.releaseOk).toBe(true);
  });

  it('prints plain text on a terminal: no Markdown markup, nothing escaped', () => {
    const from = model(minimal);
    const to = model(edit(['      - code: blue\n        display: Blue\n', '']));
    const diff = diffModels('a', from, 'b', to);
    const text = plainChangelog(diff);
    expect(text).toContain('Breaking (1):');
    expect(text).not.toMatch(/\*\*|\\_|`|^#/m);
    expect(markdownChangelog(diff)).toMatch(/^## Breaking \(1\)$/m);
  });

  it('usage mistakes and unreadable sides exit 2', async () => {
    expect((await runCli(['diff', 'only-one'])).code).toBe(2);
    const missing = await runCli(['diff', 'no-such-ref-xyz', 'spec/mods.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"no-such-ref-xyz" is neither a file, a git ref holding spec/mods.yaml, nor a release kept in spec/releases/');
    expect((await runCli(['diff', 'a', 'b', '--format', 'html'])).code).toBe(2);
  });
});

describe('the changelog from kept releases', () => {
  it('lists what each release changed, and what the spec changes since the last one, newest first', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { releaseNotes } = await import('../../src/diff/changelog.ts');
    const dir = mkdtempSync(join(tmpdir(), 'asc-mods-releases-'));
    mkdirSync(join(dir, 'releases'));
    writeFileSync(join(dir, 'releases', '1.0.0.yaml'), minimal);
    const v2 = edit(['      - code: blue\n        display: Blue\n', ''], ['release: 1.0.0', 'release: 2.0.0']);
    writeFileSync(join(dir, 'releases', '2.0.0.yaml'), v2);
    const now = edit(['      - code: blue\n        display: Blue\n', ''], ['release: 1.0.0', 'release: 2.0.0'], ['display: Red', 'display: Scarlet']);
    const notes = releaseNotes(join(dir, 'mods.yaml'), now, model(now));
    expect(notes.map((n) => [n.title, n.bump])).toEqual([
      ['Unreleased changes (the spec says 2.0.0)', 'minor'],
      ['Release 2.0.0', 'major'],
      ['Release 1.0.0', 'first'],
    ]);
    expect(notes[1]!.breaking).toEqual(['value set colour: code blue (Blue) removed (breaks systems that send MODS data, consumers of reports)']);
    expect(notes.map((n) => n.id)).toEqual(['unreleased', '2-0-0', '1-0-0']);
    expect(notes[0]!.additions).toEqual([expect.stringContaining('Scarlet')]);
    // When the spec is its last release, there is nothing unreleased.
    expect(releaseNotes(join(dir, 'mods.yaml'), v2, model(v2)).map((n) => n.title)).toEqual(['Release 2.0.0', 'Release 1.0.0']);
  });
});
