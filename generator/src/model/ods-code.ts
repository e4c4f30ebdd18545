/** The form of an Organisation Data Service code: 3 to 12 upper-case letters and digits (e.g. a GP practice, A81001). */
export const odsCodePattern = '^[A-Z0-9]{3,12}$';

const odsCode = new RegExp(odsCodePattern);

/** Whether a value has the form of an ODS code. It does not say the organisation exists: ODS itself says that. */
export function isValidOdsCode(value: string): boolean {
  return odsCode.test(value);
}
