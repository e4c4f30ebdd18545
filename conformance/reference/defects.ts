/**
 * Realistic supplier bugs the reference server can be started with (--defect NAME), so that the suite can be shown
 * to catch each one. `caughtBy` lists test ids (or id patterns ending in *) the suite must fail under the defect.
 */
export const defects = {
  'drops-optional-elements': { description: 'Stores only the mandatory elements of a record and silently drops the rest.', caughtBy: ['*.round-trip'] },
  'accepts-any-code': { description: 'Does not check coded values against their value sets.', caughtBy: ['*.reject.value-set.*'] },
  'no-check-digit': { description: 'Accepts an NHS number whose check digit is wrong.', caughtBy: ['subject_of_care.reject.nhs-number'] },
  'no-version-increment': { description: 'An update overwrites the current version instead of adding the next.', caughtBy: ['*.update'] },
  'loses-change-log': { description: 'Keeps only the first change-log entry when a record is updated.', caughtBy: ['*.update.change-log'] },
  'accepts-stale-updates': { description: 'Ignores If-Match, so an update can overwrite a newer version.', caughtBy: ['*.update.stale'] },
  'ignores-token': { description: 'Answers requests whatever their bearer token.', caughtBy: ['api.auth.missing-token', 'api.auth.wrong-token'] },
  'server-error-on-bad-input': { description: 'Answers a record that breaks the standard with 500 instead of a 4xx problem.', caughtBy: ['*.reject.*'] },
  'stores-rejected': { description: 'Refuses an invalid record with a problem, but has already stored it.', caughtBy: ['*.reject.*'] },
  'wrong-content-type': { description: 'Sends JSON bodies as text/plain.', caughtBy: ['api.capability', '*.create'] },
  'accepts-dangling-references': { description: 'Accepts references to records that do not exist.', caughtBy: ['*.reject.reference.*'] },
  'no-paging': { description: 'Ignores page_size: every match comes back in one page.', caughtBy: ['api.paging'] },
  'drops-modelled-elements': { description: 'Built to the published standard alone: stores none of the elements only the asc-mods model makes mandatory.', caughtBy: ['*.round-trip'] },
  'accepts-duplicates': { description: 'Stores a second copy of a record version that already exists.', caughtBy: ['*.duplicate'] },
} as const;

export type DefectName = keyof typeof defects;

export const defectNames = Object.keys(defects) as DefectName[];

export function isDefectName(name: string): name is DefectName {
  return Object.hasOwn(defects, name);
}
