import type { DataFinding } from '../result.ts';

/** A finding about one record, before the engine adds where the record is and its class. */
export type RecordFinding = Omit<DataFinding, 'location' | 'recordType'>;
