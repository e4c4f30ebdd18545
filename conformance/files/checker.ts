import { auditFields, type SpecModel, typeName, startEndPairs } from '../../generator/src/kit.ts';
import type { CheckedRecord } from './checked.ts';
import { AuthorityJudge, type Profile } from './checks/authority.ts';
import { consentFindings, consentLinks } from './checks/consent.ts';
import { clockAt, recordRuleFindings, type Clock } from './checks/record-rules.ts';
import { requirementLookup, type RequirementLookup } from './checks/requirements.ts';
import { schemaFindings } from './checks/schema-findings.ts';
import type { RecordInput } from './input/record-input.ts';
import { planClass, type ClassPlan, type CompiledValidator } from './plan.ts';
import type { DataFinding } from './result.ts';
import { fingerprint, pushFingerprint } from './checks/hash.ts';
import type { RecordFinding } from './checks/finding.ts';
import { capFindings } from './checks/cap.ts';
import { uncheckable } from './checks/uncheckable.ts';
import { dataKeepList, maskName, maskPath, shownUid } from './mask.ts';
import type { KeepList } from '../report/keep.ts';

/** Checks one record on its own: readable, a known class, the schema, the record rules. Pure: no state across records. */
export class RecordChecker {
  readonly plans = new Map<string, ClassPlan>();
  /** Class names by their index in the model (the encoding between threads uses the index). */
  readonly classNames: readonly string[];
  readonly classIndex: ReadonlyMap<string, number>;
  readonly requirements: RequirementLookup;
  private readonly consent: Map<string, string[]>;
  private readonly typeField: string;
  private readonly clock: Clock;
  private readonly judge: AuthorityJudge;
  private readonly keep: KeepList;
  /** The findings of a record the schema accepts, gathered in one list reused for every record (checkRecord). */
  private readonly scratch: RecordFinding[] = [];

  constructor(
    model: SpecModel,
    validators: Readonly<Record<string, CompiledValidator>>,
    now: Date,
    private readonly className: string | undefined,
    profile: Profile = 'published',
  ) {
    this.judge = new AuthorityJudge(model, profile);
    this.keep = dataKeepList(model);
    this.requirements = requirementLookup(model);
    this.clock = clockAt(now);
    const pairs = startEndPairs(model, 'start-before-end');
    for (const cls of model.classes.filter((c) => c.kind === 'record')) {
      const validate = validators[`validate${typeName(cls.name)}`];
      if (validate) this.plans.set(cls.name, planClass(model, cls, validate, validators[`accepts${typeName(cls.name)}`], pairs));
    }
    this.consent = consentLinks(model);
    this.typeField = model.conventions.record_type_field;
    this.classNames = model.classes.map((c) => c.name);
    this.classIndex = new Map(this.classNames.map((name, i) => [name, i]));
  }

  /**
   * Check one record. Whatever goes wrong while checking it (a bug, a value no rule foresaw) becomes a finding for
   * that record, located like any other, and the run goes on with the next.
   */
  check(input: RecordInput): CheckedRecord {
    try {
      return this.checkRecord(input);
    } catch (error) {
      return uncheckable(input, error);
    }
  }

  private checkRecord(input: RecordInput): CheckedRecord {
    const location = input.location;
    const provider = input.provider;
    const problem = input.problem ? located({ check: input.problem.check, severity: 'error', path: '', message: input.problem.message, fix: 'Export one record per line or row, in UTF-8, in the layout the spec defines.' }, location) : undefined;
    // A problem without a value leaves nothing to check; with one (a CSV header with unknown columns) the record is still checked.
    if (problem && input.value === undefined) return { location, provider, unreadable: true, findings: [problem] };
    const value = input.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { location, provider, unreadable: true, findings: [located({ check: 'input.not-a-record', severity: 'error', path: '', message: 'this is JSON but not a record (a record is a JSON object)', fix: 'Export each record as a JSON object.' }, location)] };
    }
    const record = value as Record<string, unknown>;
    const stated = record[this.typeField];
    const recordType = typeof stated === 'string' ? stated : this.className;
    const plan = recordType === undefined ? undefined : this.plans.get(recordType);
    if (!plan) {
      const message = recordType === undefined ? `the record does not say its class (${this.typeField})` : `${maskName(recordType, this.keep, 'an unknown record type')} is not a MODS record class`;
      return { location, provider, unreadable: false, findings: [located({ check: 'input.unknown-class', severity: 'error', path: `/${this.typeField}`, message, fix: `Set ${this.typeField} to the class of the record, or pass --class.` }, location)] };
    }
    const subject = typeof stated === 'string' ? record : { [this.typeField]: recordType, ...record };
    // Most records are valid: the yes-or-no answer settles them, and ajv, which collects every error, runs for the rest.
    // A valid record's findings are gathered in a list reused from record to record (emptied here first).
    let own = plan.accepts(subject) || plan.validate(subject) ? this.scratch : schemaFindings(plan, plan.validate.errors ?? [], subject, this.requirements);
    if (own === this.scratch && own.length !== 0) own.length = 0;
    recordRuleFindings(plan, subject, this.clock, this.requirements, own);
    const links = this.consent.get(plan.cls.name);
    if (links) own.push(...consentFindings(subject, links, this.requirements.forRule('consent-before-care-plan')));
    own = capFindings(own);
    if (own.length > 0) this.judge.apply(plan.cls.name, own);
    const uid = subject[auditFields.recordUid];
    const version = subject[auditFields.versionNumber];
    const shown = own.length === 0 || typeof uid !== 'string' ? undefined : shownUid(uid);
    const findings: DataFinding[] = own.length === 0 ? [] : own.map((f) => (shown === undefined ? { ...f, path: maskPath(f.path, this.keep), location, recordType: plan.cls.name } : { ...f, path: maskPath(f.path, this.keep), location, recordType: plan.cls.name, uid: shown }));
    if (this.scratch.length !== 0) this.scratch.length = 0;
    if (problem) findings.push(problem);
    const refs: string[] = [];
    const refHashes: number[] = [];
    this.references(plan, subject, refs, refHashes);
    const versioned = typeof uid === 'string' && typeof version === 'number';
    // One object shape for every checked record (absent fields are undefined), which keeps the code that reads them fast.
    return {
      location,
      provider,
      unreadable: false,
      findings,
      recordType: plan.cls.name,
      uid: versioned ? uid : undefined,
      version: versioned ? version : undefined,
      uidHash: versioned ? fingerprint(uid, 0) : undefined,
      refs,
      refHashes,
      elements: elementStates(plan, subject, findings),
    };
  }

  /** The findings of the rules across records, with their authority applied as for a record's own. */
  *judged(findings: Iterable<DataFinding>): Generator<DataFinding> {
    for (const f of findings) {
      if (f.recordType === undefined || f.severity !== 'error') yield f;
      else yield this.judge.apply(f.recordType, [f])[0] as DataFinding;
    }
  }

  /** The record's references as [class, uid, pointer] triples in refs, and each uid's fingerprint in hashes. */
  private references(plan: ClassPlan, record: Record<string, unknown>, refs: string[], hashes: number[]): void {
    const typeField = this.typeField;
    for (const ref of plan.references) {
      const path = ref.path;
      const n = path.collect(record);
      for (let k = 0; k < n; k += 1) {
        const t = path.value(k) as Record<string, unknown> | null;
        if (t && typeof t[typeField] === 'string' && typeof t['record_uid'] === 'string') {
          const uid = t['record_uid'];
          // A record type that is no class of the model is data, not a name: it is kept as '' (and can never resolve).
          refs.push(this.classIndex.has(t[typeField]) ? t[typeField] : '', uid, path.pointer(k));
          pushFingerprint(uid, 0, hashes);
        }
      }
      path.release();
    }
  }
}

function located(f: Omit<DataFinding, 'location'>, location: DataFinding['location']): DataFinding {
  return { ...f, location };
}

/** For the scorecard: each element of the class absent (0), present and valid (1), or present with an error (2). */
function elementStates(plan: ClassPlan, record: Record<string, unknown>, findings: readonly DataFinding[]): number[] {
  const broken = findings.length === 0 ? undefined : new Set(findings.filter((f) => f.severity === 'error').map((f) => f.path.split('/')[1]));
  const list = plan.elementList;
  const out = new Array<number>(list.length);
  for (let i = 0; i < list.length; i += 1) {
    const name = list[i]!.name;
    const value = record[name];
    out[i] = value === undefined || value === null || (Array.isArray(value) && value.length === 0) ? 0 : broken?.has(name) ? 2 : 1;
  }
  return out;
}
