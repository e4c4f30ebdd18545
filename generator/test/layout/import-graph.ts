import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import of one module: where it leads (a path relative to the repository, or a package's name), and how. */
export interface Import {
  readonly from: string;
  readonly to: string;
  readonly kind: 'value' | 'type' | 'dynamic';
  /** True for a package (`yaml`, `node:fs`), whose `to` is its specifier. */
  readonly package?: true;
}

/** The modules below `dirs` (relative to `root`), leaving out test folders, and every import they make. */
export function importGraph(root: string, dirs: readonly string[]): { modules: string[]; imports: Import[] } {
  const modules = dirs.flatMap((d) => sources(root, d));
  const imports = modules.flatMap((m) => importsOf(root, m));
  return { modules, imports };
}

/** The packages a module loads when it is imported: through its value imports, followed from module to module. */
export function packagesLoadedBy(module: string, imports: readonly Import[]): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const next = [module];
  while (next.length > 0) {
    const m = next.pop()!;
    if (seen.has(m)) continue;
    seen.add(m);
    for (const i of imports) {
      if (i.from !== m || i.kind !== 'value') continue;
      if (i.package) packages.add(i.to);
      else next.push(i.to);
    }
  }
  return [...packages].sort();
}

function sources(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.name !== 'test' && e.name !== 'node_modules')
    .flatMap((e) => (e.isDirectory() ? sources(root, join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
}

/** Parsed with the TypeScript compiler, so a multi-line or type-only import is seen as what it is. */
function importsOf(root: string, module: string): Import[] {
  const file = ts.createSourceFile(module, readFileSync(join(root, module), 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: Import[] = [];
  const add = (specifier: string, kind: Import['kind']): void => {
    if (specifier.startsWith('.')) found.push({ from: module, to: relative(root, resolve(root, dirname(module), specifier)), kind });
    else found.push({ from: module, to: specifier, kind, package: true });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, node.importClause?.isTypeOnly ? 'type' : 'value');
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, node.isTypeOnly ? 'type' : 'value');
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) add(node.arguments[0].text, 'dynamic');
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) add(node.argument.literal.text, 'type');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The import circles: groups of two or more modules each reachable from the others (Tarjan's algorithm). */
export function importCycles(modules: readonly string[], imports: readonly Import[]): string[][] {
  const next = new Map<string, string[]>(modules.map((m) => [m, []]));
  for (const i of imports) if (!i.package && next.has(i.to)) next.get(i.from)!.push(i.to);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const m of modules) if (!index.has(m)) connect(m);
  return cycles;
}
