import { maskName, maskValue } from '../mask.ts';
import type { ClassPlan, CompiledValidator } from '../plan.ts';
import { escapePointer } from '../paths.ts';
import type { RecordFinding } from './finding.ts';
import { patternWords, type Words } from './pattern-words.ts';
import type { RequirementLookup } from './requirements.ts';

type CompiledError = NonNullable<CompiledValidator['errors']>[number];

/** The schema's errors for one record as findings: where, which rule, plain words, a fix, and a masked value. */
export function schemaFindings(plan: ClassPlan, errors: readonly CompiledError[], record: unknown, requirements: RequirementLookup): RecordFinding[] {
  const out: RecordFinding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const extra = error.keyword === 'required' ? error.params['missingProperty'] : error.keyword === 'additionalProperties' ? error.params['additionalProperty'] : undefined;
    const path = extra === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(String(extra))}`;
    const key = `${error.keyword}\u0000${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const elementName = path.split('/')[1];
    const element = elementName === undefined ? undefined : plan.elements.get(elementName.replaceAll('~1', '/').replaceAll('~0', '~'));
    const odsFormat = element?.format === 'ods-code' && error.keyword === 'pattern';
    const check = odsFormat ? 'ods-code-format' : `schema.${error.keyword}`;
    // A const below the top level is the class a reference names (a matter of the value's type, not of the record's
    // class), or the system a coding's code is bound with (a matter of the binding, as the code is).
    const nested = error.keyword === 'const' && path.split('/').length > 2;
    const keyword = nested ? (path.endsWith(`/${plan.recordTypeField}`) ? 'type' : 'enum') : error.keyword;
    const requirement = odsFormat ? requirements.forRule('ods-code-format') : element?.format === 'nhs-number' && error.keyword === 'pattern' ? requirements.forRule('nhs-number-check-digit') : requirements.forKeyword(keyword, element?.name, plan.cls.name);
    const shown = error.keyword === 'required' || error.keyword === 'additionalProperties' ? undefined : valueAt(record, error.instancePath);
    const top = element?.publishedName ?? (elementName === undefined ? 'the record' : maskName(elementName, plan.keep, 'an element'));
    // Inside a component, the field too, when every step is a name the spec uses: Person demographics: "date_of_birth".
    const inner = path.split('/').slice(2).filter((s) => !/^[0-9]+$/.test(s)).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
    const name = inner.length === 0 ? top : `${top}: ${inner.every((s) => plan.keep.names.has(s)) ? `"${inner.join('.')}"` : 'a field'}`;
    const { message, fix } = (error.keyword === 'pattern' ? patternWords(error.params['pattern'], shown, name) : undefined) ?? words(error, name, path.endsWith(`/${plan.recordTypeField}`), plan);
    out.push({
      check,
      ...(requirement === undefined ? {} : { requirement }),
      severity: 'error',
      path,
      message,
      fix,
      ...(shown === undefined ? {} : { value: maskValue(shown, element?.sensitivity ?? 'special-category', plan.keep) }),
    });
  }
  return out;
}

function words(error: CompiledError, name: string, recordType: boolean, plan: ClassPlan): Words {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { message: `the mandatory element "${String(p['missingProperty'])}" is missing`, fix: 'Add it: MODS says it must occur in every record of this class.' };
    case 'additionalProperties':
      return { message: `${maskName(String(p['additionalProperty']), plan.keep, 'a key')} is not an element of this class`, fix: 'Remove it, or check its spelling against the class in the spec.' };
    case 'type':
      return { message: `${name} has a value of the wrong type (expected ${String(p['type'])})`, fix: `Send ${name} as ${String(p['type'])}.` };
    case 'enum':
      return { message: `${name} is not one of the codes its value set allows`, fix: `Use a code from the value set: ${((p['allowedValues'] as unknown[]) ?? []).slice(0, 12).map(String).join(', ')}${((p['allowedValues'] as unknown[]) ?? []).length > 12 ? ', …' : ''}.` };
    case 'const':
      if (error.instancePath.split('/').length > 2 && !recordType) return { message: `${name} gives a code system other than its value set's`, fix: `Give the system "${String(p['allowedValue'])}", whose codes the value set lists, or leave the system out.` };
      return { message: `${name} must be "${String(p['allowedValue'])}"`, fix: `Set it to "${String(p['allowedValue'])}".` };
    case 'pattern':
      return { message: `${name} does not have the required form`, fix: 'Correct the format (dates as YYYY-MM-DD, date-times with a time zone, codes and identifiers as the element defines).' };
    case 'maxLength':
      return { message: `${name} is longer than ${String(p['limit'])} characters`, fix: `Shorten it to ${String(p['limit'])} characters or fewer.` };
    case 'minLength':
      return { message: `${name} is shorter than ${String(p['limit'])} characters`, fix: 'Give a value, or leave the element out if it is optional.' };
    case 'minimum':
    case 'maximum':
      return { message: `${name} is ${error.keyword === 'minimum' ? 'below' : 'above'} ${String(p['limit'])}`, fix: `Use a value ${error.keyword === 'minimum' ? 'of at least' : 'of at most'} ${String(p['limit'])}.` };
    case 'minItems':
      return { message: `${name} must occur at least once but is an empty list`, fix: 'Give at least one item.' };
    default:
      return { message: `${name} breaks the ${error.keyword} rule of the schema`, fix: 'See the class in the spec.' };
  }
}

function valueAt(record: unknown, pointer: string): unknown {
  let node = record;
  for (const raw of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[raw.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node;
}
