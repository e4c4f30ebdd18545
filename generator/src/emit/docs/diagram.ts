import { lookup } from '../../model/lookup.ts';
import type { SpecModel } from '../../model/types.ts';
import { classHref } from './views.ts';

const boxWidth = 176;
const boxHeight = 24;
const rowGap = 8;
const columnGap = 64;
const top = 48;

/**
 * The conceptual model as a diagram: a column per group, a box per record and abstract class (linking to its
 * page), and a line for each reference from one class to another. Laid out here; the template draws it as SVG.
 */
export function diagramView(model: SpecModel, root: string) {
  const groups = model.groups.filter((g) => model.classes.some((c) => c.group === g.id && c.kind !== 'component'));
  const position = new Map<string, { x: number; y: number }>();
  const columns = groups.map((g, i) => {
    const x = 16 + i * (boxWidth + columnGap);
    const classes = model.classes.filter((c) => c.group === g.id && c.kind !== 'component');
    classes.forEach((c, j) => position.set(c.name, { x, y: top + j * (boxHeight + rowGap) }));
    return { x, title: g.name, nodes: classes.map((c, j) => ({ x, y: top + j * (boxHeight + rowGap), width: boxWidth, height: boxHeight, textX: x + 8, textY: top + j * (boxHeight + rowGap) + 16, label: shorten(c.publishedName, 26), title: c.publishedName, href: `${root}${classHref(c.name)}`, kind: c.kind })) };
  });
  const edges: { d: string; title: string; label: string; labelX: number; labelY: number }[] = [];
  // One line per pair of classes, labelled with every element that makes the reference.
  const via = new Map<string, string[]>();
  for (const cls of model.classes) {
    if (!position.has(cls.name)) continue;
    for (const e of cls.ownElements) {
      if (e.type !== 'reference' || e.target === undefined || e.target === cls.name || !position.has(e.target)) continue;
      const key = `${cls.name}>${e.target}`;
      via.set(key, [...(via.get(key) ?? []), e.name]);
    }
  }
  const seen = new Set<string>();
  for (const cls of model.classes) {
    const from = position.get(cls.name);
    if (!from) continue;
    for (const e of cls.ownElements.filter((x) => x.type === 'reference' && x.target !== undefined)) {
      const to = position.get(e.target!);
      const key = `${cls.name}>${e.target}`;
      if (!to || seen.has(key) || e.target === cls.name) continue;
      seen.add(key);
      const names = via.get(key) ?? [e.name];
      // Rightwards: right side to left side; leftwards: left side to right side; within a column: a bow on the right.
      const y1 = from.y + boxHeight / 2;
      const y2 = to.y + boxHeight / 2;
      let points: [number, number, number, number, number, number, number, number];
      if (to.x === from.x) {
        const x = from.x + boxWidth;
        const bow = 24 + Math.abs(y2 - y1) / 6;
        points = [x, y1, x + bow, y1, x + bow, y2, x, y2];
      } else {
        const rightwards = to.x > from.x;
        const x1 = rightwards ? from.x + boxWidth : from.x;
        const x2 = rightwards ? to.x : to.x + boxWidth;
        const bend = Math.max(24, Math.abs(x2 - x1) / 2) * (rightwards ? 1 : -1);
        points = [x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2];
      }
      const [a, b, c, d2, e2, f, g, h] = points;
      // The label at the curve's middle (a cubic Bézier at t = ½).
      const labelX = Math.round((a + 3 * c + 3 * e2 + g) / 8);
      const labelY = Math.round((b + 3 * d2 + 3 * f + h) / 8) - 3;
      const target = lookup(model).classes.get(e.target!)?.publishedName ?? e.target!;
      edges.push({ d: `M${a} ${b} C${c} ${d2} ${e2} ${f} ${g} ${h}`, title: `${cls.publishedName} refers to ${target} through ${names.join(', ')}`, label: shorten(names.join(', '), 28), labelX, labelY });
    }
  }
  const rows = Math.max(...columns.map((c) => c.nodes.length));
  return {
    width: 16 + groups.length * (boxWidth + columnGap),
    height: top + rows * (boxHeight + rowGap) + 16,
    columns: columns.map((c) => ({ ...c, titleX: c.x, titleY: 24 })),
    edges,
    classCount: position.size,
    edgeCount: edges.length,
  };
}

/** A label that fits its box (or its line): cut with an ellipsis, the whole kept in the element's title. */
function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
