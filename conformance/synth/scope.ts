import type { ClassModel } from '../../generator/src/kit.ts';
import type { Random } from './random.ts';

/** The record being made: its class, identity, the day it is recorded, whose it is and what it may point at. */
export interface RecordScope {
  readonly random: Random;
  readonly cls: ClassModel;
  readonly index: number;
  /** The day the record is made (its change log's first date); dates it records are no later. */
  readonly anchor: number;
  /** The subject of care the record is about (an index into the pool), when the pool has subjects. */
  readonly subject: number | undefined;
  /** Optional references may point only at pool classes before this position (Infinity for requested records). */
  readonly poolLimit: number;
}
