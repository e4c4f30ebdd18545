import { auditFields } from '../../model/audit-fields.ts';
import type { ClassModel } from '../../model/types.ts';
import { exampleObject, syntheticUid, type ValueContext } from './values.ts';

/**
 * A valid synthetic record of a class: every element filled, version 1, and a change log whose single entry
 * ("created") agrees with the record's uid and version.
 */
export function exampleRecord(cls: ClassModel, context: ValueContext): Record<string, unknown> {
  const body = exampleObject(cls, context, 0) ?? {};
  const uid = syntheticUid(cls.name, 1);
  const record: Record<string, unknown> = { [context.model.conventions.record_type_field]: cls.name, ...body };
  if (auditFields.recordUid in record) record[auditFields.recordUid] = uid;
  if (auditFields.versionNumber in record) record[auditFields.versionNumber] = 1;
  const log = record[auditFields.changeLog];
  if (Array.isArray(log)) {
    // Only the fields the change-log class has: the entry of the first version says the record was created.
    record[auditFields.changeLog] = log.map((entry: Record<string, unknown>) => {
      const fixed = { ...entry };
      if (auditFields.entryRecordUid in fixed) fixed[auditFields.entryRecordUid] = uid;
      if (auditFields.entryVersion in fixed) fixed[auditFields.entryVersion] = 1;
      const changeType = fixed[auditFields.entryChangeType];
      if (changeType && typeof changeType === 'object') fixed[auditFields.entryChangeType] = { ...changeType, code: 'created', ...('display' in changeType ? { display: 'Created' } : {}) };
      return fixed;
    });
  }
  return record;
}
