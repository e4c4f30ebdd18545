// semver's own precedence rules (pre-release identifiers compare numerically: rc.10 comes after rc.2).
import compareSemver from 'semver/functions/compare.js';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/** Nothing claims to have been added in a release later than the spec's own. */
export const sinceRelease: Rule = {
  name: 'since-release',
  codes: ['since-after-release'],
  check({ model }) {
    const release = model.standard.release;
    const findings: Finding[] = [];
    const later = (since: string) => compareSemver(since, release) > 0;
    for (const cls of model.classes) {
      if (later(cls.since)) findings.push(finding('since-after-release', `class "${cls.name}" says it was added in ${cls.since}, after this spec's release ${release}`, joinPointer(cls.pointer, 'since')));
      for (const element of cls.ownElements) {
        if (element.since !== cls.since && later(element.since)) {
          findings.push(finding('since-after-release', `element "${element.name}" of class "${cls.name}" says it was added in ${element.since}, after this spec's release ${release}`, joinPointer(element.pointer, 'since')));
        }
      }
    }
    return findings;
  },
};
