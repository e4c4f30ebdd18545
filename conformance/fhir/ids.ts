import { createHash } from 'node:crypto';

/** FHIR's id: letters, digits, '-' and '.', 1 to 64 of them. */
const idPattern = /^[A-Za-z0-9\-.]{1,64}$/;

/**
 * A record's FHIR resource id: its uid itself when that is a valid FHIR id (a UUID is), otherwise a digest of it
 * (the uid is then kept in the resource's identifier, and in each reference's identifier, so nothing is lost).
 */
export function fhirId(uid: string): string {
  return idPattern.test(uid) ? uid : `h-${createHash('sha256').update(uid, 'utf8').digest('hex').slice(0, 60)}`;
}

/** Whether fhirId keeps the uid as it is. */
export function idIsUid(uid: string): boolean {
  return idPattern.test(uid);
}
