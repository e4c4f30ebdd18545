import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FhirDefinitions, FhirElement } from '../../generator/src/kit.ts';

type Json = Record<string, unknown>;

/** fast-xml-parser's ordered form: each node is { name: children } with its attributes under ':@'. */
type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const fhirNamespace = 'http://hl7.org/fhir';
const numeric = new Set(['integer', 'positiveInt', 'unsignedInt', 'decimal', 'integer64']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  // The narrative is XHTML, kept as it is written: FHIR's JSON carries it as one string.
  stopNodes: ['*.div'],
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
});

/** Why an XML text is not a FHIR resource, in our words (the parser's message may quote the text). */
export class FhirXmlError extends Error {}

/**
 * A FHIR R4 resource in XML → the same resource in FHIR's JSON, by the rules of the FHIR specification (section
 * "XML ↔ JSON"): each element's `value` attribute is its primitive value, typed as its definition says (a boolean
 * true, a number 1.5), a primitive's id and extensions go under `_name`; an element that may repeat is a list
 * whatever its count; `url` and `id` attributes become properties; a contained or bundled resource is named by its
 * element; the narrative's XHTML is one string. An element no definition knows is kept, with its value as text, so
 * that the reader reports it rather than losing it.
 */
export function fhirXmlToJson(xml: string, definitions: FhirDefinitions): Json {
  // The parser is lenient (an unclosed element passes): the validator decides what is well-formed first.
  const checked = XMLValidator.validate(xml);
  if (checked !== true) throw new FhirXmlError(`not well-formed XML, at line ${String(checked.err.line)}, column ${String(checked.err.col)}`);
  let nodes: XmlNode[];
  try {
    nodes = parser.parse(xml) as XmlNode[];
  } catch {
    throw new FhirXmlError('not well-formed XML');
  }
  const roots = nodes.filter((n) => elementName(n) !== undefined && !elementName(n)!.startsWith('?'));
  if (roots.length !== 1) throw new FhirXmlError(roots.length === 0 ? 'no root element' : 'more than one root element');
  const root = roots[0]!;
  if (root[':@']?.['xmlns'] !== fhirNamespace) throw new FhirXmlError(`the root element is not in the FHIR namespace (${fhirNamespace})`);
  return resourceOf(root, definitions);
}

function elementName(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== '#comment');
}

function childrenOf(node: XmlNode): XmlNode[] {
  const name = elementName(node);
  const children = name === undefined ? undefined : node[name];
  return Array.isArray(children) ? (children as XmlNode[]).filter((c) => elementName(c) !== undefined) : [];
}

function resourceOf(node: XmlNode, definitions: FhirDefinitions): Json {
  const type = elementName(node)!;
  return { resourceType: type, ...objectOf(node, { type, prefix: '' }, definitions) };
}

interface Context {
  /** The FHIR type whose elements these are, and the path of the backbone element they sit in ('contact.'). */
  readonly type: string;
  readonly prefix: string;
}

function objectOf(node: XmlNode, context: Context, definitions: FhirDefinitions): Json {
  const out: Json = {};
  const attributes = node[':@'] ?? {};
  // Attributes FHIR puts in XML: an element's id, an extension's url; xmlns is XML's own.
  for (const key of ['id', 'url'] as const) if (attributes[key] !== undefined && !(key === 'id' && context.prefix === '' && definitions.types.get(context.type)?.kind === 'resource')) out[key] = attributes[key];
  for (const child of childrenOf(node)) {
    const name = elementName(child)!;
    const found = lookup(definitions, context, name);
    const { value, extras } = valueOf(child, found, context, definitions);
    if (found?.element.max === '*') {
      ((out[name] ??= []) as unknown[]).push(value ?? null);
      // A list of primitives has its ids and extensions in a list alongside, item for item.
      if (isPrimitive(definitions, found.type)) ((out[`_${name}`] ??= []) as unknown[]).push(extras ?? null);
    } else if (!found && out[name] !== undefined) {
      // Unknown to FHIR R4 and given twice: both kept.
      out[name] = [...(Array.isArray(out[name]) ? out[name] : [out[name]]), value];
    } else {
      if (value !== undefined) out[name] = value;
      if (extras) out[`_${name}`] = extras;
    }
  }
  for (const [key, list] of Object.entries(out)) if (key.startsWith('_') && Array.isArray(list) && list.every((e) => e === null)) delete out[key];
  return out;
}

/** The element's definition, and the one type it holds (a choice's type is in its name: valueQuantity). */
function lookup(definitions: FhirDefinitions, context: Context, name: string): { element: FhirElement; type: string; path: string } | undefined {
  const elements = definitions.types.get(context.type)?.elements;
  if (!elements) return undefined;
  const path = `${context.prefix}${name}`;
  const direct = elements.get(path);
  if (direct) return { element: direct, type: direct.types[0] ?? 'BackboneElement', path };
  for (const [key, element] of elements) {
    if (!key.endsWith('[x]') || !key.startsWith(context.prefix)) continue;
    const base = key.slice(context.prefix.length, -3);
    if (base.includes('.') || !name.startsWith(base)) continue;
    const suffix = name.slice(base.length);
    const type = element.types.find((t) => t.charAt(0).toUpperCase() + t.slice(1) === suffix);
    if (type) return { element, type, path };
  }
  return undefined;
}

function isPrimitive(definitions: FhirDefinitions, type: string): boolean {
  return definitions.types.get(type)?.kind === 'primitive-type' || type === 'xhtml';
}

function valueOf(node: XmlNode, found: ReturnType<typeof lookup>, context: Context, definitions: FhirDefinitions): { value: unknown; extras?: Json } {
  const attributes = node[':@'] ?? {};
  if (found?.type === 'xhtml') return { value: xhtmlOf(node) };
  if (found?.type === 'Resource' || found?.type === 'DomainResource') {
    const inner = childrenOf(node)[0];
    return { value: inner ? resourceOf(inner, definitions) : undefined };
  }
  if (found && isPrimitive(definitions, found.type)) {
    const raw = attributes['value'];
    const extras = objectOf(node, { type: found.type, prefix: '' }, definitions);
    return { value: raw === undefined ? undefined : typed(raw, found.type), ...(Object.keys(extras).length > 0 ? { extras } : {}) };
  }
  if (!found) {
    // Unknown to FHIR R4: kept, so that the reader lists it.
    if (childrenOf(node).length === 0) return { value: attributes['value'] ?? '' };
    return { value: objectOf(node, { type: '', prefix: '' }, definitions) };
  }
  const backbone = found.type === 'BackboneElement' || found.type === 'Element';
  // An element that reuses another's definition (an item within an item) has that one's children, however deep.
  const inner = backbone ? { type: context.type, prefix: `${found.element.ref ?? found.path}.` } : { type: found.type, prefix: '' };
  return { value: objectOf(node, inner, definitions) };
}

function typed(raw: string, type: string): unknown {
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (numeric.has(type) && /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(raw)) return Number(raw);
  return raw;
}

function xhtmlOf(node: XmlNode): string {
  const attributes = Object.entries(node[':@'] ?? {}).map(([k, v]) => ` ${k}="${v.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`).join('');
  const inner = (node['div'] as XmlNode[] | undefined)?.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('') ?? '';
  return `<div${attributes}>${inner}</div>`;
}
