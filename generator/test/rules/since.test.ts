import { sinceRelease } from '../../src/rules/since.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(sinceRelease, [
  { name: 'a class added after the release', edit: (d) => (d.classes[3].since = '1.0.1'), want: [{ code: 'since-after-release', pointer: '/classes/3/since' }] },
  { name: 'an element added after the release', edit: (d) => (d.classes[3].elements[1].since = '2.0.0'), want: [{ code: 'since-after-release', pointer: '/classes/3/elements/1/since' }] },
  { name: 'a pre-release of the current version is earlier', edit: (d) => (d.classes[3].since = '1.0.0-rc.1'), want: [] },
  // Before, our own comparison compared pre-release identifiers as text, and took rc.10 for earlier than rc.2.
  {
    name: 'a later pre-release, numbered past 9, is later',
    edit: (d) => ((d.standard.release = '1.1.0-rc.2'), (d.classes[3].since = '1.1.0-rc.10')),
    want: [{ code: 'since-after-release', pointer: '/classes/3/since' }],
  },
  { name: 'an earlier pre-release, by its number, is earlier', edit: (d) => ((d.standard.release = '1.1.0-rc.10'), (d.classes[3].since = '1.1.0-rc.2')), want: [] },
  { name: 'a minor version past 9 compares as a number', edit: (d) => ((d.standard.release = '1.10.0'), (d.classes[3].since = '1.9.0')), want: [] },
]);
