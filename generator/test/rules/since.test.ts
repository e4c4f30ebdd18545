import { describe, expect, it } from 'vitest';
import { sinceRelease } from '../../src/rules/since.ts';
import { compareSemver } from '../../src/text/semver.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(sinceRelease, [
  { name: 'a class added after the release', edit: (d) => (d.classes[3].since = '1.0.1'), want: [{ code: 'since-after-release', pointer: '/classes/3/since' }] },
  { name: 'an element added after the release', edit: (d) => (d.classes[3].elements[1].since = '2.0.0'), want: [{ code: 'since-after-release', pointer: '/classes/3/elements/1/since' }] },
  { name: 'a pre-release of the current version is earlier', edit: (d) => (d.classes[3].since = '1.0.0-rc.1'), want: [] },
]);

describe('compareSemver', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.0', '1.0.1', -1],
    ['1.10.0', '1.9.0', 1],
    ['2.0.0', '10.0.0', -1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0', '1.0.0-rc.1', 1],
    ['1.0.0-alpha', '1.0.0-beta', -1],
  ])('%s vs %s is %i', (a, b, want) => expect(compareSemver(a, b)).toBe(want));
});
