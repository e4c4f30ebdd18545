import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../generator/test/support/paths.ts';

/**
 * What a module loads before any of its code runs: the modules its value imports reach, one after another (type
 * imports are erased; an `import()` loads only when it runs). `asc-mods --help` and `asc-mods <command> --help` run
 * only main.ts, so what main.ts loads this way is all that help costs: it must hold no package but Node's own, and no
 * command's module (before, main.ts imported every command, and help loaded 187 modules: yaml, ajv, Handlebars,
 * SQLite).
 */
function loadedBy(entry: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (module: string): void => {
    if (modules.has(module)) return;
    modules.add(module);
    const file = ts.createSourceFile(module, readFileSync(join(repoRoot, module), 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const node of file.statements) {
      const specifier = (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) || (ts.isExportDeclaration(node) && !node.isTypeOnly) ? node.moduleSpecifier : undefined;
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      // An import whose every name is a type (`import { type A }`) is erased too.
      if (ts.isImportDeclaration(node) && onlyTypes(node)) continue;
      const to = specifier.text;
      if (to.startsWith('.')) visit(relative(repoRoot, resolve(repoRoot, dirname(module), to)));
      else packages.add(to);
    }
  };
  visit(entry);
  return { modules: [...modules].sort(), packages: [...packages].sort() };
}

function onlyTypes(node: ts.ImportDeclaration): boolean {
  const names = node.importClause?.namedBindings;
  return names !== undefined && ts.isNamedImports(names) && !node.importClause?.name && names.elements.length > 0 && names.elements.every((e) => e.isTypeOnly);
}

describe('help loads nothing heavy', () => {
  it('main.ts loads only itself, the usage texts and small helpers, and no package but node:', () => {
    const { modules, packages } = loadedBy('cli/main.ts');
    expect(packages.filter((p) => !p.startsWith('node:'))).toEqual([]);
    expect(modules).toEqual(['cli/hosting.ts', 'cli/io.ts', 'cli/main.ts', 'cli/output-error.ts', 'cli/usage.ts', 'cli/validate-options.ts', 'conformance/reference/defects.ts', 'generator/src/paths.ts', 'generator/src/text/suggest.ts']);
  });

  it('sees a command module load the heavy packages (so the check above can fail)', () => {
    const { packages } = loadedBy('cli/check.ts');
    expect(packages).toEqual(expect.arrayContaining(['ajv', 'yaml']));
  });

  it('validate starts from the compiled runtime model: it loads neither the YAML parser nor ajv, nor Handlebars until it writes reports', () => {
    const { packages } = loadedBy('cli/validate.ts');
    expect(packages.filter((p) => p === 'yaml' || p === 'ajv' || p === 'handlebars')).toEqual([]);
  });
});
