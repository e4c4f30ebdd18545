import { createRequire } from 'node:module';

// Loaded through require: ts-morph is CommonJS, and importing it as ESM makes Node scan the whole TypeScript
// compiler for named exports first, which costs more than the rest of the import.
export const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
const { IndentationText, NewLineKind, Project, QuoteKind, ScriptTarget, ModuleKind, ModuleResolutionKind } = tsMorph;
type Project = import('ts-morph').Project;

/** An in-memory ts-morph project with the settings every generated TypeScript file shares. */
export function generatedProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      target: ScriptTarget.ES2022,
      module: ModuleKind.NodeNext,
      moduleResolution: ModuleResolutionKind.NodeNext,
      strict: true,
      declaration: true,
      skipLibCheck: true,
      newLine: 1, // LF
    },
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single, newLineKind: NewLineKind.LineFeed, useTrailingCommas: true },
  });
}
