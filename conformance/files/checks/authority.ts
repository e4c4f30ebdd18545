import { presenceAuthority, type Authority, type ClassModel, type ElementModel, type SpecModel } from '../../../generator/src/kit.ts';
import type { RecordFinding } from './finding.ts';

/**
 * Which obligations fail a record. 'published' (the default): only what the NHS publishes; an unmet modelled
 * obligation is a warning. 'full': the whole asc-mods model, every obligation an error.
 */
export type Profile = 'published' | 'full';
export const profiles: readonly Profile[] = ['published', 'full'];

const advisory = ' (not required by the published standard; required by the asc-mods model)';
const enforced = ' (required by the asc-mods model, not by the published standard)';

/** Schema keywords that check a constraint of ours (a length, a range), never a published obligation. */
const constraintKeywords = new Set(['schema.maxLength', 'schema.minimum', 'schema.maximum', 'schema.maxItems']);
/** Named formats whose pattern verifies a published requirement (the NHS number, ODS codes). */
const publishedFormats = new Set(['nhs-number', 'ods-code']);

/**
 * The authority of each finding, from what it rests on: the requirement it verifies, every element on its path (a
 * modelled element, or anything inside one, is modelled), and what the keyword checks (a binding's value set, a
 * constraint of ours). Worked out once per class and path shape, so that a run pays for it once.
 */
export class AuthorityJudge {
  private readonly requirementAuthority: ReadonlyMap<string, Authority>;
  private readonly classes: ReadonlyMap<string, ClassModel>;
  private readonly valueSets: ReadonlyMap<string, Authority>;
  private readonly paths = new Map<string, PathAuthority>();
  private readonly recordTypeField: string;

  constructor(model: SpecModel, readonly profile: Profile) {
    this.recordTypeField = model.conventions.record_type_field;
    this.requirementAuthority = new Map(model.requirements.map((r) => [r.id, r.authority]));
    this.classes = new Map(model.classes.map((c) => [c.name, c]));
    this.valueSets = new Map(model.valueSets.map((v) => [v.id, v.authority]));
  }

  /** The findings with their authority applied: modelled ones marked, and advisory under the published profile. */
  apply(recordType: string, findings: RecordFinding[]): RecordFinding[] {
    for (let i = 0; i < findings.length; i += 1) {
      const f = findings[i]!;
      if (f.severity !== 'error' || this.authorityOf(recordType, f) === 'published') continue;
      const fix = f.check === 'schema.required' ? 'Add it if you adopt the whole asc-mods model; the published standard does not require it.' : f.fix;
      findings[i] = this.profile === 'published' ? { ...f, severity: 'warning', authority: 'modelled', message: f.message + advisory, fix } : { ...f, authority: 'modelled', message: f.message + enforced, fix };
    }
    return findings;
  }

  /**
   * What a system built to the published standard could fail: the absence of an element only our model makes
   * mandatory, a code outside a value set of ours, a constraint of ours, a rule of ours. What a value present must
   * be (its type, the check digit, an ODS code's form, a reference that resolves and names the right class) is
   * enforced whatever the element's authority: a system that sends the element has taken it up, and the published
   * requirement holds.
   */
  authorityOf(recordType: string, finding: Pick<RecordFinding, 'check' | 'requirement' | 'path'>): Authority {
    const { check, path } = finding;
    // A const below the top level is the class a reference names (its record_type), not the record's own, or a
    // coding's system, which is bound with its code (below).
    if (check === 'schema.const' && path.split('/').length > 2 && path.endsWith(`/${this.recordTypeField}`)) return 'published';
    const requirement = finding.requirement === undefined ? 'published' : (this.requirementAuthority.get(finding.requirement) ?? 'modelled');
    if (requirement === 'modelled' || check.startsWith('input.')) return requirement;
    if (constraintKeywords.has(check)) return 'modelled';
    const at = this.pathAuthority(recordType, path);
    // Present but empty is as good as absent: a value the element must have.
    if (check === 'schema.required' || check === 'schema.minItems') return at.presence;
    if (check === 'schema.minLength') return at.leaf?.constraints.min_length !== undefined ? 'modelled' : at.presence;
    // A code, and the system a bound code must come with: whether its value set binds it is the binding's authority
    // (the first change-log entry's "created" too).
    if (check === 'schema.enum' || check === 'schema.const' || (check === 'change-log-consistent' && /\/change_type(\/|$)/.test(path))) return at.binding;
    if (check === 'schema.pattern') return patternAuthority(at);
    return 'published';
  }

  private pathAuthority(recordType: string, path: string): PathAuthority {
    const shape = path.replace(/\/[0-9]+(?=\/|$)/g, '');
    const key = `${recordType}\u0000${shape}`;
    let found = this.paths.get(key);
    if (!found) this.paths.set(key, (found = this.walk(recordType, shape)));
    return found;
  }

  private walk(recordType: string, shape: string): PathAuthority {
    let cls = this.classes.get(recordType);
    let presence: Authority = 'published';
    let binding: Authority = 'published';
    let leaf: ElementModel | undefined;
    let part: string | undefined;
    for (const raw of shape.split('/').slice(1)) {
      const name = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      const element = cls?.elements.find((e) => e.name === name);
      // A name the class does not have (an unknown element): the obligations met so far decide. Below a reference or
      // a code, the name is a field of the reference or coding (its uid, its code, its display).
      if (!element) {
        if (leaf && cls === undefined) part = name;
        break;
      }
      leaf = element;
      // The element the path ends at decides: a published row inside a container only our model requires is still
      // published once the container is there.
      presence = presenceAuthority(element, this.classes);
      if (element.valueSet !== undefined) binding = this.valueSets.get(element.valueSet) ?? 'modelled';
      cls = element.type === 'component' ? this.classes.get(element.target ?? '') : undefined;
    }
    return { presence, binding, leaf, part };
  }
}

interface PathAuthority {
  /** The authority of the presence of the element the path ends at (see presenceAuthority). */
  readonly presence: Authority;
  /** The authority of the binding of the nearest coded element on the path. */
  readonly binding: Authority;
  readonly leaf: ElementModel | undefined;
  /** The field of a reference or coding the path ends at (record_uid, code, display, system), below the leaf. */
  readonly part: string | undefined;
}

/** The fields a reference or coding cannot do without: its uid, its code. */
const mandatoryParts = new Set(['record_uid', 'code']);

/**
 * A pattern: a published form (the NHS number, an ODS code, a date), a form of ours (a format or pattern the
 * standard does not state), or the non-blank pattern of text that has no form of its own. A blank value is judged as
 * its absence would be: in an element that must occur, or as the uid of a reference or the code of a coding, it is a
 * missing value, as published as the element's presence (a published "Must occur" row sent as "   " fails under the
 * published profile); in an element that may be left out, only our model objects to it (leave it out instead).
 */
function patternAuthority(at: PathAuthority): Authority {
  const leaf = at.leaf;
  if (!leaf) return 'published';
  if (at.part !== undefined) return mandatoryParts.has(at.part) ? at.presence : 'modelled';
  if (leaf.type === 'text' && leaf.constraints.pattern === undefined && leaf.constraints.format === undefined) return leaf.cardinality?.min === 1 ? at.presence : 'modelled';
  return patternIsOurs(leaf) ? 'modelled' : 'published';
}

function patternIsOurs(element: ElementModel): boolean {
  const c = element.constraints;
  return c.pattern !== undefined || (c.format !== undefined && !publishedFormats.has(c.format));
}
