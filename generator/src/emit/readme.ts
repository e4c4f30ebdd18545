import type { SpecModel } from '../model/types.ts';
import { bannerText, type GeneratedFile } from './files.ts';

/** generated/README.md: the banner, what each folder holds, and the marker that this directory is ours. */
export function emitReadme(model: SpecModel): GeneratedFile {
  const s = model.standard;
  const content = `<!-- ${bannerText} -->
# Generated artefacts

${bannerText}

Compiled from \`spec/mods.yaml\`: ${s.short_name} (${s.reference}), publication version ${s.publication_version}, catalogue version ${s.catalogue_version}, spec release ${s.release}.

| folder | what it holds |
|---|---|
| \`json-schema/\` | a JSON Schema (2020-12) per class, one per required value set, and \`mods.bundle.schema.json\` holding them all |
| \`typescript/\` | \`types.ts\` (interfaces and code lists), \`validators.ts\` (type guards and located errors over precompiled validators), their compiled \`.js\` and \`.d.ts\`, and \`model.json\` (the compiled runtime model that validate, examples, conform and the reference supplier start from, instead of the YAML) |
| \`openapi/\` | \`mods.openapi.json\`: the MODS exchange API (OpenAPI 3.1) that a supplier's system exposes |
| \`examples/\` | a synthetic valid record per class, and invalid variants, one for each requirement the schemas check |
| \`csv/\` | the flat CSV layout of each record class (a header row per class; \`csv/README.md\` explains the columns) |
`;
  return { path: 'README.md', content };
}
