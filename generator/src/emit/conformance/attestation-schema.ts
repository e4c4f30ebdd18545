import type { SpecModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import { schemaBase } from '../json-schema/ids.ts';

export const attestationSchemaFile = 'attestations.schema.json';

const date = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;

/**
 * The format of a supplier's attestation file (conform --attestations): for a requirement no request can show, who
 * states that the system meets it, with what evidence, from when and until when. A YAML file starting with
 * `# yaml-language-server: $schema=<this file>` gets completion of requirement ids in an editor.
 */
export function attestationSchema(model: SpecModel, attestable: ReadonlySet<string>): Record<string, unknown> {
  // Only what no request can show: a requirement the suite tests is shown by its tests, never by a statement.
  const requirements = model.requirements.filter((r) => r.status === 'active' && attestable.has(r.id));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${schemaBase(model)}conformance/${attestationSchemaFile}`,
    $comment: bannerText,
    title: 'asc-mods attestations',
    description: `Statements by a supplier that its system meets requirements of ${model.standard.reference} that no request can show, each with its evidence and the period it holds for. Read by asc-mods conform --attestations.`,
    type: 'object',
    additionalProperties: false,
    required: ['attestations'],
    properties: {
      system: { type: 'string', minLength: 1, description: 'The system the attestations are about (its name and version).' },
      attestations: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['requirement', 'statement', 'evidence', 'attested_by', 'date', 'valid_until'],
          properties: {
            requirement: { description: 'The requirement attested, by its stable id: one that no request of the suite can show.', oneOf: requirements.map((r) => ({ const: r.id, description: `${r.level}: ${r.title}` })) },
            statement: { type: 'string', minLength: 1, description: 'What the system does to meet the requirement, in your words.' },
            evidence: { type: 'string', minLength: 1, description: 'Where the proof is: an https URL, or a file path relative to this file.' },
            attested_by: { type: 'string', minLength: 1, description: 'Who attests it: a name and role, or a team.' },
            date: { ...date, description: 'When it was attested (YYYY-MM-DD).' },
            valid_until: { ...date, description: 'The last day it holds (YYYY-MM-DD); after it, the attestation is expired and counts for nothing.' },
          },
        },
      },
    },
  };
}
