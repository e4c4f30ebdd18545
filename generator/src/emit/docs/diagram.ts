import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { lookup } from '../../model/lookup.ts';
import type { ClassModel, SpecModel } from '../../model/types.ts';
import { classHref } from './views.ts';

/** A box of a diagram: a class of the group, or of another group it refers to; each a link to the class's page. */
export interface DiagramNode {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly textX: number;
  readonly textY: number;
  readonly label: string;
  readonly title: string;
  readonly href: string;
  readonly kind: 'record' | 'abstract' | 'external';
}

/** A line, as an SVG path ending in an arrowhead, with its label where the layout put it. */
export interface DiagramEdge {
  readonly d: string;
  readonly title: string;
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
}

export interface Diagram {
  readonly id: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

export interface GroupDiagram extends Diagram {
  readonly groupId: string;
  readonly name: string;
  readonly description: string;
  readonly classCount: number;
  /**
   * Each abstract class of the group with the classes that extend it, said in words under the drawing: seventeen
   * dashed lines into one box drew over the references they shared the page with.
   */
  readonly extended: readonly { readonly name: string; readonly href: string; readonly by: readonly { readonly name: string; readonly href: string }[] }[];
}

/** How many references run from each group (a row) to each group (a column), the diagonal within a group. */
export interface GroupMatrix {
  readonly groups: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly { readonly id: string; readonly name: string; readonly cells: readonly { readonly count: number; readonly text: string; readonly title: string }[] }[];
}

export interface ModelDiagrams {
  readonly overview: GroupMatrix;
  readonly groups: readonly GroupDiagram[];
  readonly classCount: number;
  readonly edgeCount: number;
}

const boxHeight = 28;
const nodeChar = 7; // px per character of a 12 px label, generously
const labelChar = 5.2; // px per character of a 9 px edge label
const labelHeight = 11;

/**
 * The model as diagrams people can read, laid out at generation by ELK's layered algorithm (elkjs), so the page
 * needs no script: per group a diagram of its record and abstract classes with every reference they make, labelled with the elements that
 * make it; a class of another group that is referred to is drawn dashed, named with its group. The whole model is too
 * dense to draw (142 lines); the overview is a matrix of how many references run between groups. Positions are rounded
 * to whole pixels, so the same spec gives the same bytes.
 */
export async function modelDiagrams(model: SpecModel, root: string): Promise<ModelDiagrams> {
  // A CommonJS module whose module.exports is the constructor, with itself as .default (the one its types name).
  const { default: { default: ELK } } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const classes = model.classes.filter((c) => c.kind !== 'component');
  const drawn = new Set(classes.map((c) => c.name));
  const groups = model.groups.filter((g) => classes.some((c) => c.group === g.id));
  const byName = lookup(model).classes;
  const groupName = new Map(model.groups.map((g) => [g.id, g.name]));
  const refs = references(classes, drawn);

  const groupDiagrams: GroupDiagram[] = [];
  for (const g of groups) {
    const own = classes.filter((c) => c.group === g.id);
    const ownNames = new Set(own.map((c) => c.name));
    const outward = refs.filter((r) => ownNames.has(r.from));
    const external = [...new Set(outward.map((r) => r.to).filter((t) => !ownNames.has(t)))].sort();
    const nodes = new Map<string, NodeText>();
    for (const c of own) nodes.set(c.name, { label: c.publishedName, title: c.publishedName, href: `${root}${classHref(c.name)}`, kind: c.kind === 'abstract' ? 'abstract' : 'record' });
    for (const name of external) {
      const c = byName.get(name)!;
      const where = groupName.get(c.group ?? '') ?? '';
      nodes.set(name, { label: c.publishedName, title: `${c.publishedName}${where ? ` (${where})` : ''}`, href: `${root}${classHref(name)}`, kind: 'external' });
    }
    const edges = outward.map((r) => {
      const target = byName.get(r.to)?.publishedName ?? r.to;
      return { from: r.from, to: r.to, label: shorten(r.via.join(', '), 32), title: `${byName.get(r.from)?.publishedName ?? r.from} refers to ${target} through ${r.via.join(', ')}` };
    });
    const laid = await layOut(elk, nodes, edges);
    const extended = own
      .filter((a) => a.kind === 'abstract')
      .map((a) => ({ name: a.publishedName, href: `${root}${classHref(a.name)}`, by: classes.filter((c) => c.extends === a.name).map((c) => ({ name: c.publishedName, href: `${root}${classHref(c.name)}` })) }))
      .filter((a) => a.by.length > 0);
    groupDiagrams.push({ id: `diagram-${g.id}`, title: `${g.name}: its classes and the references they make`, groupId: g.id, name: g.name, description: g.description ?? '', classCount: own.length, extended, ...laid });
  }

  // Between groups the model is nearly a complete graph: a matrix reads better than a drawing of it.
  const count = new Map<string, number>();
  for (const r of refs) {
    const key = `${byName.get(r.from)?.group ?? ''}>${byName.get(r.to)?.group ?? ''}`;
    count.set(key, (count.get(key) ?? 0) + r.via.length);
  }
  const overview: GroupMatrix = {
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    rows: groups.map((from) => ({
      id: from.id,
      name: from.name,
      cells: groups.map((to) => {
        const n = count.get(`${from.id}>${to.id}`) ?? 0;
        return { count: n, text: n === 0 ? '' : String(n), title: `${from.name} refers to ${to.name} ${n} ${n === 1 ? 'time' : 'times'}${from.id === to.id ? ' (within the group)' : ''}` };
      }),
    })),
  };
  return { overview, groups: groupDiagrams, classCount: classes.length, edgeCount: refs.length };
}

interface Reference {
  readonly from: string;
  readonly to: string;
  readonly via: readonly string[];
}

/** One reference per ordered pair of drawn classes, with every element that makes it, in the spec's order. */
function references(classes: readonly ClassModel[], drawn: ReadonlySet<string>): Reference[] {
  const out = new Map<string, { from: string; to: string; via: string[] }>();
  for (const c of classes) {
    for (const e of c.ownElements) {
      if (e.type !== 'reference' || e.target === undefined || e.target === c.name || !drawn.has(e.target)) continue;
      const key = `${c.name}>${e.target}`;
      const r = out.get(key) ?? { from: c.name, to: e.target, via: [] };
      r.via.push(e.name);
      out.set(key, r);
    }
  }
  return [...out.values()];
}

type NodeText = Omit<DiagramNode, 'x' | 'y' | 'width' | 'height' | 'textX' | 'textY'>;
type EdgeText = { from: string; to: string; label: string; title: string };

async function layOut(elk: { layout(graph: ElkNode): Promise<ElkNode> }, nodes: ReadonlyMap<string, NodeText>, edges: readonly EdgeText[]): Promise<Pick<Diagram, 'width' | 'height' | 'nodes' | 'edges'>> {
  const ids = [...nodes.keys()];
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
      'elk.spacing.nodeNode': '20',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.edgeLabel': '2',
      'elk.layered.spacing.edgeNodeBetweenLayers': '16',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.randomSeed': '1',
    },
    children: ids.map((id, i) => ({ id: `n${i}`, width: Math.round(Math.min(260, Math.max(112, nodes.get(id)!.label.length * nodeChar + 20))), height: boxHeight })),
    edges: edges.map((e, i): ElkExtendedEdge => ({ id: `e${i}`, sources: [`n${ids.indexOf(e.from)}`], targets: [`n${ids.indexOf(e.to)}`], labels: [{ text: e.label, width: Math.ceil(e.label.length * labelChar), height: labelHeight }] })),
  };
  const out = await elk.layout(graph);
  const r = Math.round;
  const laidNodes = (out.children ?? []).map((n, i): DiagramNode => {
    const text = nodes.get(ids[i]!)!;
    const x = r(n.x ?? 0);
    const y = r(n.y ?? 0);
    const width = r(n.width ?? 0);
    const fits = Math.floor((width - 16) / nodeChar) + 2;
    return { ...text, label: shorten(text.label, fits), x, y, width, height: boxHeight, textX: x + 8, textY: y + 18 };
  });
  const laidEdges = (out.edges ?? []).map((e, i): DiagramEdge => {
    const text = edges[i]!;
    const s = e.sections?.[0];
    const points = s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [];
    const label = e.labels?.[0];
    return {
      d: points.map((p, j) => `${j === 0 ? 'M' : 'L'}${r(p.x)} ${r(p.y)}`).join(' '),
      title: text.title,
      label: text.label,
      labelX: r((label?.x ?? 0) + (label?.width ?? 0) / 2),
      labelY: r((label?.y ?? 0) + labelHeight - 2),
    };
  });
  return { width: r(out.width ?? 0), height: r(out.height ?? 0), nodes: laidNodes, edges: laidEdges };
}

/** A label that fits its box (or its line): cut with an ellipsis, the whole kept in the element's title. */
function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
