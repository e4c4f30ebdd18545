/**
 * A tiny, strict XML well-formedness check for the tests (no XML dependency): one root, balanced tags, quoted
 * attributes without duplicates, only the five named entities and character references, no raw `<` or stray `&` in
 * text, only XML 1.0 characters, comments without `--`. Returns the element tree, or throws saying what is wrong.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = '[A-Za-z_][\\w.:-]*';
const OPEN = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"]*")*)\\s*(/?)>`);
const CLOSE = new RegExp(`^</(${NAME})\\s*>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*"([^"]*)"`, 'g');
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw < in ${where}`);
  if (NOT_XML_CHAR.test(raw)) throw new Error(`character not allowed in XML in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`stray & in ${where}`);
    if (NAMED[ref] !== undefined) return NAMED[ref];
    const code = /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
    if (Number.isNaN(code)) throw new Error(`unknown entity &${ref}; in ${where}`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(xml: string): XmlElement {
  let rest = xml.replace(/^<\?xml [^?]*\?>/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    const top = stack.at(-1);
    if (top) top.text += decode(text, `<${top.name}>`);
    else if (text.trim() !== '') throw new Error('text outside the root element');
    if (text.includes(']]>')) throw new Error(']]> in text');
    if (lt === -1) break;
    rest = rest.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end === -1 || rest.slice(4, end).includes('--')) throw new Error('bad comment');
      rest = rest.slice(end + 3);
      continue;
    }
    const close = CLOSE.exec(rest);
    if (close) {
      const open = stack.pop();
      if (open?.name !== close[1]) throw new Error(`</${close[1]}> closes <${open?.name ?? 'nothing'}>`);
      rest = rest.slice(close[0].length);
      continue;
    }
    const open = OPEN.exec(rest);
    if (!open) throw new Error(`bad markup at ${JSON.stringify(rest.slice(0, 40))}`);
    const attributes: Record<string, string> = {};
    for (const [, name = '', value = ''] of (open[2] ?? '').matchAll(ATTRIBUTE)) {
      if (name in attributes) throw new Error(`duplicate attribute ${name}`);
      attributes[name] = decode(value, `attribute ${name}`);
    }
    const element: XmlElement = { name: open[1] ?? '', attributes, children: [], text: '' };
    if (top) top.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    if (open[3] !== '/') stack.push(element);
    rest = rest.slice(open[0].length);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)?.name ?? ''}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element named `name`, depth first, in document order. */
export function elementsNamed(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((child) => elementsNamed(child, name))];
}
