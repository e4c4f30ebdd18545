import { IndentationText, NewLineKind, Project, QuoteKind, ScriptTarget, ModuleKind, ModuleResolutionKind } from 'ts-morph';

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
