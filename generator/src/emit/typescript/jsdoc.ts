import { formatCardinality } from '../../model/occurs.ts';
import type { ClassModel, ElementModel, ValueSetModel } from '../../model/types.ts';
import type { RequirementIndex } from '../requirements-index.ts';

/**
 * The one escape for text from the spec that lands in a JSDoc comment: `*\/` cannot close the comment early,
 * `@` cannot start a tag, and line breaks stay inside the comment.
 */
export function escapeJsDoc(text: string): string {
  return text.replaceAll('*/', '*\\/').replaceAll('@', '\\@').replace(/\r\n?/g, '\n');
}

export interface Doc {
  readonly description: string;
  readonly tags: readonly { readonly tagName: string; readonly text?: string }[];
}

const see = (url: string | undefined) => (url === undefined ? [] : [{ tagName: 'see', text: escapeJsDoc(url) }]);
const deprecated = (status: string) => (status === 'deprecated' ? [{ tagName: 'deprecated' }] : []);

export function classDoc(cls: ClassModel, requirements: RequirementIndex): Doc {
  const lines = [
    `${cls.publishedName}: ${cls.description}`,
    '',
    `MODS class ${cls.id} (${cls.kind}${cls.extends ? `, a kind of ${cls.extends}` : ''}) · group ${cls.group} · provenance ${cls.provenance} · since ${cls.since}`,
  ];
  const ids = requirements.forClass(cls);
  if (ids.length > 0) lines.push(`Requirements: ${ids.join(', ')}`);
  return { description: escapeJsDoc(lines.join('\n')), tags: [...see(cls.source), ...deprecated(cls.status)] };
}

export function elementDoc(cls: ClassModel, element: ElementModel, requirements: RequirementIndex): Doc {
  const occurs = element.occurs ?? 'not published';
  const cardinality = element.cardinality ? formatCardinality(element.cardinality) : '?';
  const lines = [
    `${element.publishedName}: ${element.description}`,
    '',
    `Occurs: ${occurs} (${cardinality}) · published type ${element.publishedType ?? 'not published'} · provenance ${element.provenance} · sensitivity ${element.sensitivity}`,
  ];
  if (element.note !== undefined) lines.push(`Note: ${element.note}`);
  const ids = requirements.forElement(cls, element);
  if (ids.length > 0) lines.push(`Requirements: ${ids.join(', ')}`);
  return { description: escapeJsDoc(lines.join('\n')), tags: [...see(element.source), ...deprecated(element.status)] };
}

export function valueSetDoc(valueSet: ValueSetModel): Doc {
  const lines = [`${valueSet.name}: ${valueSet.description}`, '', `Value set ${valueSet.id} · binding ${valueSet.binding} · provenance ${valueSet.provenance}${valueSet.system ? ` · system ${valueSet.system}` : ''}`];
  if (valueSet.note !== undefined) lines.push(`Note: ${valueSet.note}`);
  return { description: escapeJsDoc(lines.join('\n')), tags: [...see(valueSet.source), ...deprecated(valueSet.status)] };
}
