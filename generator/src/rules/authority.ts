import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { nhsPublished } from '../model/authority.ts';
import { joinPointer } from '../source/pointer.ts';
import type { Rule } from './rule.ts';

/** What claims published authority has an NHS source for it; what the data browser says must occur stays published. */
export const authorityClaims: Rule = {
  name: 'authority-claims',
  codes: ['authority-unsupported', 'published-obligation-relaxed'],
  check({ model }) {
    const findings: Finding[] = [];
    const unsupported = (what: string, provenance: string, source: string | undefined, pointer: string) => {
      const why = !nhsPublished.has(provenance as never) ? `its provenance ${provenance} is not an NHS publication` : source === undefined ? 'it names no source page' : undefined;
      if (why) findings.push(finding('authority-unsupported', `${what} claims published authority, but ${why}`, joinPointer(pointer, 'authority')));
    };
    for (const cls of model.classes) {
      for (const element of cls.ownElements) {
        if (!element.authorityDeclared) continue;
        const what = `element "${element.name}" of class "${cls.name}"`;
        if (element.authority === 'published') unsupported(what, element.provenance, element.source, element.pointer);
        else if (element.provenance === 'nhs-data-browser' && element.occurs?.startsWith('Must')) {
          findings.push(finding('published-obligation-relaxed', `${what} is published as "${element.occurs}" but marked as modelled`, joinPointer(element.pointer, 'authority')));
        }
      }
    }
    for (const vs of model.valueSets) {
      if (vs.authorityDeclared && vs.authority === 'published') unsupported(`value set "${vs.id}"`, vs.provenance, vs.source, vs.pointer);
    }
    for (const r of model.requirements) {
      if (!r.authorityDeclared || r.authority !== 'published') continue;
      if (r.profile === 'exchange-api') findings.push(finding('authority-unsupported', `requirement ${r.id} is part of the exchange-api profile, our own design, and cannot claim published authority`, joinPointer(r.pointer, 'authority')));
      else unsupported(`requirement ${r.id}`, r.provenance, r.source, r.pointer);
    }
    return findings;
  },
};
