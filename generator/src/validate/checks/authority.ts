import { weakest } from '../../model/authority.ts';
import type { Authority } from '../../model/raw.ts';
import type { ClassModel, ElementModel, SpecModel } from '../../model/types.ts';
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
const constraintKeywords = new Set(['schema.maxLength', 'schema.minLength', 'schema.minimum', 'schema.maximum', 'schema.maxItems']);
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

  constructor(model: SpecModel, readonly profile: Profile) {
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
   * be (its type, the NHS number's check digit, an ODS code's form, a reference that resolves) is enforced whatever
   * the element's authority: a system that sends the element has taken it up, and the published requirement holds.
   */
  authorityOf(recordType: string, finding: Pick<RecordFinding, 'check' | 'requirement' | 'path'>): Authority {
    const requirement = finding.requirement === undefined ? 'published' : (this.requirementAuthority.get(finding.requirement) ?? 'modelled');
    if (requirement === 'modelled' || finding.check.startsWith('input.')) return requirement;
    if (constraintKeywords.has(finding.check)) return 'modelled';
    if (finding.check === 'schema.required' || finding.check === 'schema.minItems') return this.pathAuthority(recordType, finding.path).chain;
    if (finding.check === 'schema.enum') return this.pathAuthority(recordType, finding.path).binding;
    if (finding.check === 'schema.pattern') {
      const leaf = this.pathAuthority(recordType, finding.path).leaf;
      return leaf && patternIsOurs(leaf) ? 'modelled' : 'published';
    }
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
    let chain: Authority = 'published';
    let binding: Authority = 'published';
    let leaf: ElementModel | undefined;
    for (const raw of shape.split('/').slice(1)) {
      const name = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      const element = cls?.elements.find((e) => e.name === name);
      // A name the class does not have (an unknown element): the obligations met so far decide.
      if (!element) break;
      leaf = element;
      chain = weakest(chain, element.authority);
      if (element.valueSet !== undefined) binding = this.valueSets.get(element.valueSet) ?? 'modelled';
      cls = element.type === 'component' ? this.classes.get(element.target ?? '') : undefined;
    }
    return { chain, binding, leaf };
  }
}

interface PathAuthority {
  /** The weakest authority of the elements on the path. */
  readonly chain: Authority;
  /** The authority of the binding of the nearest coded element on the path. */
  readonly binding: Authority;
  readonly leaf: ElementModel | undefined;
}

function patternIsOurs(element: ElementModel): boolean {
  const c = element.constraints;
  return c.pattern !== undefined || (c.format !== undefined && !publishedFormats.has(c.format));
}
