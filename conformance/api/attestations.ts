import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { locate, parseSpec } from '../../generator/src/kit-yaml.ts';
import { readRegularFile } from '../../generator/src/kit.ts';
import type { Attestation, AttestationFinding } from './result.ts';

export interface AttestationFile {
  readonly file: string;
  /** The attestations that hold today, by requirement id. */
  readonly valid: ReadonlyMap<string, Attestation>;
  /** Everything wrong with the file, each with file:line:col; an entry with a finding counts for nothing. */
  readonly findings: readonly AttestationFinding[];
}

interface RawAttestation {
  readonly requirement: string;
  readonly statement: string;
  readonly evidence: string;
  readonly attested_by: string;
  readonly date: string;
  readonly valid_until: string;
}

/** Far more than the requirements there are to attest, so a runaway file is refused rather than read. */
const maxBytes = 1024 * 1024;

/** The file could not be read at all (a usage error for the command, exit 2). */
export class AttestationsUnreadable extends Error {}

/**
 * Read a supplier's attestation file (YAML, in the format of generated/conformance/attestations.schema.json). Every
 * problem is a located finding: the file's syntax, its shape, a date that is not a date, an attestation not yet in
 * force or expired, evidence that names a file that is not there, a requirement attested twice.
 */
export async function readAttestations(path: string, display: string, schema: object, today: Date): Promise<AttestationFile> {
  // Only a regular file, opened without blocking (a FIFO would wait for ever), never read past the cap.
  const read = await readRegularFile(path, maxBytes);
  if ('reason' in read) throw new AttestationsUnreadable(read.tooLarge ? `${display} is larger than ${maxBytes / 1024} kB: an attestation file holds a few dozen statements` : `cannot read ${display}: ${read.reason}`);
  const bytes = read.bytes;
  const parsed = parseSpec(display, bytes);
  if (!parsed.source) return { file: display, valid: new Map(), findings: parsed.diagnostics.map((d) => ({ code: d.code, message: d.message, file: display, line: d.source.range.start.line, column: d.source.range.start.column })) };
  const source = parsed.source;
  const findings: AttestationFinding[] = [];
  const at = (pointer: string) => locate(source, pointer).start;
  const add = (code: string, message: string, pointer: string) => findings.push({ code, message, file: display, ...at(pointer) });
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const shapeErrors = validate(parsed.data) ? [] : (validate.errors ?? []);
  for (const e of relevant(shapeErrors)) add('attestation-invalid', describe(e), e.instancePath);
  const entries = (parsed.data as { attestations?: unknown } | null)?.attestations;
  const valid = new Map<string, Attestation>();
  if (!Array.isArray(entries)) return { file: display, valid, findings };
  const broken = new Set(shapeErrors.map((e) => /^\/attestations\/(\d+)/.exec(e.instancePath)?.[1]).filter((i) => i !== undefined).map(Number));
  const day = today.toISOString().slice(0, 10);
  entries.forEach((entry: unknown, i) => {
    // An entry the shape check already faulted is still checked for what else is wrong with it, so one run reports all.
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return;
    const raw = Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, typeof v === 'string' ? v : ''])) as unknown as RawAttestation;
    const pointer = `/attestations/${i}`;
    const before = findings.length;
    for (const key of ['date', 'valid_until'] as const) if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(raw[key] ?? '') && !isCalendarDate(raw[key])) add('attestation-invalid', `${key} ${raw[key]} is not a calendar date`, `${pointer}/${key}`);
    const dated = isCalendarDate(raw.date ?? '') && isCalendarDate(raw.valid_until ?? '');
    if (findings.length === before && dated) {
      if (raw.valid_until < raw.date) add('attestation-invalid', `it holds until ${raw.valid_until}, before it was attested (${raw.date})`, `${pointer}/valid_until`);
      else if (raw.valid_until < day) add('attestation-expired', `the attestation of ${raw.requirement} expired on ${raw.valid_until}: attest it again`, `${pointer}/valid_until`);
      else if (raw.date > day) add('attestation-not-yet-valid', `the attestation of ${raw.requirement} is dated ${raw.date}, after today`, `${pointer}/date`);
    }
    if (raw.evidence && !/^https:\/\//.test(raw.evidence)) {
      if (isAbsolute(raw.evidence)) add('attestation-evidence-missing', `the evidence ${raw.evidence} is an absolute path: give an https URL, or a path relative to the attestation file`, `${pointer}/evidence`);
      else if (!existsSync(join(dirname(path), raw.evidence))) add('attestation-evidence-missing', `the evidence ${raw.evidence} is neither an https URL nor a file found relative to the attestation file`, `${pointer}/evidence`);
    }
    if (raw.requirement && valid.has(raw.requirement)) add('attestation-duplicate', `${raw.requirement} is attested twice; the first attestation counts`, `${pointer}/requirement`);
    if (findings.length > before || broken.has(i)) return;
    const { line, column } = at(pointer);
    valid.set(raw.requirement, { requirement: raw.requirement, statement: raw.statement, evidence: raw.evidence, attestedBy: raw.attested_by, date: raw.date, validUntil: raw.valid_until, at: `${display}:${line}:${column}` });
  });
  return { file: display, valid, findings: findings.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/** The errors worth reporting: for a oneOf of constants (the requirement ids) one message, not one per id. */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOf = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  return errors.filter((e) => !(oneOf.has(e.instancePath) && e.keyword === 'const'));
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? 'the file' : e.instancePath.split('/').slice(1).join('.');
  if (e.keyword === 'oneOf') return `${where} is not a requirement that needs an attestation: the suite's tests show every requirement they cover, and an attestation cannot stand in for them`;
  if (e.keyword === 'required') return `${where} lacks ${String(e.params['missingProperty'])}`;
  if (e.keyword === 'additionalProperties') return `${where} has a key the format does not define: ${String(e.params['additionalProperty'])}`;
  if (e.keyword === 'pattern') return `${where} must be a date, YYYY-MM-DD`;
  return `${where} ${e.message ?? 'is not valid'}`;
}

function isCalendarDate(text: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

