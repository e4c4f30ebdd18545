import { plural } from '../../generator/src/kit.ts';
import type { ConformanceResult, MustCount } from '../api/result.ts';

const verdictWords = { conformant: 'CONFORMANT', 'not-conformant': 'NOT CONFORMANT', incomplete: 'INCOMPLETE' } as const;

/** The three counts and the verdict, in words: what decides, what was attested and what is missing. */
export function verdictLines(result: ConformanceResult): string[] {
  const s = result.summary;
  const counted = (c: MustCount) => `${c.met} met, ${c.attested} attested, ${c.failed} failed, ${c.missing} neither tested nor attested${c.notApplicable > 0 ? `, ${c.notApplicable} with nothing published to test` : ''}, of ${c.must}`;
  const ids = (list: readonly string[]) => (list.length === 0 ? 'none' : list.join(', '));
  const why =
    s.verdict === 'conformant'
      ? `every ${s.profile === 'published' ? 'published ' : ''}MUST requirement is tested and passes, or is attested${s.published.notApplicable > 0 && s.profile === 'published' ? ` (${s.published.notApplicable} has nothing published to test)` : ''}`
      : s.verdict === 'not-conformant'
        ? `a ${s.profile === 'published' ? 'published ' : ''}MUST requirement fails`
        : `none fails, but ${plural(s.missingMusts.length, 'MUST requirement')} ${s.missingMusts.length === 1 ? 'is' : 'are'} neither tested nor attested`;
  return [
    `  profile: ${s.profile}${s.profile === 'published' ? ' (the verdict rests on what the published standard requires; --profile full for the whole asc-mods model)' : ' (every MUST of the asc-mods model decides)'}`,
    `  published MUST requirements: ${counted(s.published)}`,
    `  asc-mods exchange API profile (our design, not MODS): ${counted(s.exchangeApi)}`,
    `  modelled obligations (asc-mods model): MUST requirements ${counted(s.modelled)}; ${s.modelled.testsFailed} of ${s.modelled.tests} tests failed${s.profile === 'published' ? ' (advisory)' : ''}`,
    `  attested: ${ids(s.attestedMusts)}; missing: ${ids(s.missingMusts)}`,
    // A stopped run's verdict would rest on tests that never finished: it is said to be what it is.
    result.interrupted
      ? `  INTERRUPTED (${result.interrupted.reason}): the run was stopped before every test finished, so this is no verdict (the counts would say ${verdictWords[s.verdict]}); run it to the end`
      : `  ${verdictWords[s.verdict]}: ${why}`,
  ];
}

