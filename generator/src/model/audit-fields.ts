/**
 * The element names the audit rules rely on, in the versioned record and in a change-log entry. They are the
 * technical names of published MODS elements (Record uid, Version number; Change log's Record uid, Record version,
 * Date, Change type, Committer, System identifier).
 */
export const auditFields = {
  recordUid: 'record_uid',
  versionNumber: 'version_number',
  changeLog: 'change_log',
  entryRecordUid: 'record_uid',
  entryVersion: 'record_version',
  entryDate: 'date',
  entryChangeType: 'change_type',
  entryCommitter: 'committer',
  entrySystem: 'system_identifier',
} as const;
