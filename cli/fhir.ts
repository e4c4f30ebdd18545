import { createReadStream, existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { groupedNumber, plural } from '../generator/src/diagnostics/format.ts';
import { r4Definitions } from '../generator/src/fhir/definitions.ts';
import { concreteRecords } from '../generator/src/model/hierarchy.ts';
import { loadRuntimeModel } from '../generator/src/runtime/model.ts';
import { exportRecords, newExportSummary, transactionBundleText, type ExportSummary } from '../conformance/fhir/export.ts';
import { FhirImport, resourcesIn, type ImportAudit, type ImportSummary } from '../conformance/fhir/import.ts';
import { fhirPlans, type FhirPlans } from '../conformance/fhir/plan.ts';
import { starred } from '../conformance/fhir/read.ts';
import { fhirXmlToJson, FhirXmlError } from '../conformance/fhir/xml.ts';
import { UkCoreProfiles, ukCorePackage } from '../conformance/fhir/uk-core.ts';
import type { SpecModel } from '../generator/src/model/types.ts';
import { collectInputs } from '../conformance/files/inputs.ts';
import { readerFor } from '../conformance/files/readers.ts';
import { displayPath, parseCommandArgs, UsageError, type CliIo } from './io.ts';
import { outputFailed } from './output-error.ts';

type Json = Record<string, unknown>;

/** `asc-mods fhir export|import`: MODS records to FHIR R4 resources and back, by the spec's FHIR mapping. */
export async function fhirCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const [action, ...rest] = args;
  const { values, positionals } = parseCommandArgs(rest, {
    out: { type: 'string' },
    bundle: { type: 'boolean', default: false },
    'uk-core': { type: 'string' },
    system: { type: 'string' },
    committer: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help || action === undefined) return 'help';
  if (action !== 'export' && action !== 'import') throw new UsageError(`the first word is export or import, not "${action}"`);
  if (positionals.length === 0) throw new UsageError(`fhir ${action} needs at least one file${action === 'export' ? ' or folder of MODS records' : ' of FHIR resources (JSON, NDJSON or XML)'}`);
  // Not --format, which names human or json for every command: the resources are FHIR either way.
  if (values.bundle && action === 'import') throw new UsageError('--bundle is for export: import reads Bundles as they come');
  const format = values.bundle ? 'bundle' : 'ndjson';
  if (values['uk-core'] !== undefined && action === 'import') throw new UsageError('--uk-core is for export: it checks the resources written against UK Core\'s profiles');
  const ukCore = values['uk-core'] === undefined ? undefined : resolve(io.cwd, String(values['uk-core']));
  if (ukCore !== undefined && !existsSync(ukCore)) throw new UsageError(`no such folder: ${String(values['uk-core'])}`);
  for (const name of ['system', 'committer'] as const) if (values[name] !== undefined && action === 'export') throw new UsageError(`--${name} is for import: it logs the import in the change log of records whose resources had no Provenance`);
  if ((values.system === undefined) !== (values.committer === undefined)) throw new UsageError('--system and --committer go together: an import is logged with the system and the care actor who imported it');
  if (values.system !== undefined && String(values.system).trim() === '') throw new UsageError('--system names the system the records now live in; it cannot be empty');
  const missing = positionals.filter((p) => !existsSync(resolve(io.cwd, p)));
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  const model = await loadRuntimeModel();
  const plans = fhirPlans(model, r4Definitions());
  const out = values.out === undefined ? undefined : resolve(io.cwd, String(values.out));
  if (action === 'export') return exportCommand(positionals, format, out, model, plans, ukCore ?? UkCoreProfiles.cached(), io);
  const audit = values.committer === undefined ? undefined : { system: String(values.system), committer: committerReference(String(values.committer), model), date: new Date().toISOString() };
  return importCommand(positionals, out, plans, audit, io);
}

/** --committer's <class>/<uid> as a MODS reference, where the class is a care actor's. */
function committerReference(text: string, model: SpecModel): Json {
  const slash = text.indexOf('/');
  const className = slash === -1 ? '' : text.slice(0, slash);
  const uid = slash === -1 ? '' : text.slice(slash + 1);
  const actors = concreteRecords(model, 'care_actor');
  if (uid.trim() === '' || !actors.includes(className)) throw new UsageError(`--committer is <class>/<record uid>, the class a care actor's (${actors.join(', ')}): for example care_worker/w-1`);
  return { record_type: className, record_uid: uid };
}

async function exportCommand(paths: readonly string[], format: 'ndjson' | 'bundle', out: string | undefined, model: SpecModel, plans: FhirPlans, ukCore: string | undefined, io: CliIo): Promise<number> {
  const { files, failures } = await collectInputs(paths.map((p) => ({ path: resolve(io.cwd, p), display: displayPath(io.cwd, resolve(io.cwd, p)) })));
  for (const f of failures) io.stderr.write(`${f.display}: ${f.message}\n`);
  if (files.length === 0) return 2;
  const summary = newExportSummary();
  // Against UK Core's profiles, where the package is at hand (named, or in the FHIR package cache).
  let profiles: UkCoreProfiles | undefined;
  try {
    profiles = ukCore === undefined ? undefined : UkCoreProfiles.fromFolder(ukCore, r4Definitions());
  } catch (error) {
    if (!(error instanceof FhirXmlError) && !(error instanceof SyntaxError)) throw error;
    io.stderr.write(`${displayPath(io.cwd, ukCore!)}: not a UK Core package (a file in it is not FHIR JSON or XML)\n`);
    return 2;
  }
  if (profiles !== undefined && profiles.size === 0) {
    io.stderr.write(`${displayPath(io.cwd, ukCore!)}: no UK Core profiles found (expected the package's StructureDefinitions, as JSON or XML)\n`);
    return 2;
  }
  const profileIssues = new Map<string, number>();
  // Each resource is checked as it comes and kept as its text only: a large export does not hold its objects.
  const exported: { type: string; id: string; text: string }[] = [];
  for (const file of files) {
    for await (const { resource, text } of exportRecords(readerFor(file, model).records(), plans, summary)) {
      const type = String(resource['resourceType']);
      for (const issue of profiles?.check(resource) ?? []) {
        const key = `${type}${starred(issue.pointer)}: ${issue.message}`;
        profileIssues.set(key, (profileIssues.get(key) ?? 0) + 1);
      }
      exported.push({ type, id: String(resource['id']), text });
    }
  }
  const text = format === 'bundle' ? `${transactionBundleText(exported)}\n` : exported.map((r) => `${r.text}\n`).join('');
  const written = await emit(text, out, io);
  if (written !== 0) return written;
  io.stderr.write(exportReport(summary, out ? displayPath(io.cwd, out) : undefined, format));
  if (!profiles) io.stderr.write(`  not checked against UK Core's profiles: no ${ukCorePackage} package in ~/.fhir/packages (name its folder with --uk-core)\n`);
  else if (profileIssues.size === 0) io.stderr.write(`  every resource meets the UK Core profile it claims (${plural(profiles.size, 'profile')} read from ${displayPath(io.cwd, ukCore!)}: cardinality, required bindings, extension contexts)\n`);
  else io.stderr.write(`  resources that break their UK Core profile: ${[...profileIssues].map(([k, n]) => `${k} (${groupedNumber(n)})`).join('; ')}\n`);
  // Findings: a record that could not be read, or a resource FHIR or UK Core would refuse.
  return failures.length > 0 || summary.unreadable.length > 0 || summary.incomplete.size > 0 || profileIssues.size > 0 ? 1 : 0;
}

async function importCommand(paths: readonly string[], out: string | undefined, plans: FhirPlans, audit: ImportAudit | undefined, io: CliIo): Promise<number> {
  const importer = new FhirImport(plans, audit);
  const summary = importer.summary;
  const take = (value: unknown) => {
    for (const resource of resourcesIn(value)) importer.add(resource);
  };
  for (const path of paths) {
    const full = resolve(io.cwd, path);
    const shown = displayPath(io.cwd, full);
    const kind = extname(full).toLowerCase();
    try {
      if (kind === '.xml') {
        try {
          take(fhirXmlToJson(await readFile(full, 'utf8'), r4Definitions()));
        } catch (error) {
          if (!(error instanceof FhirXmlError)) throw error;
          summary.unreadable.push({ where: shown, message: `not FHIR XML: ${error.message}` });
        }
      } else if (kind === '.ndjson' || kind === '.jsonl') {
        let line = 0;
        for await (const text of createInterface({ input: createReadStream(full, 'utf8'), crlfDelay: Infinity })) {
          line += 1;
          if (text.trim() === '') continue;
          take(parseJson(text, `${shown}:${line}`, summary));
        }
      } else {
        take(parseJson(await readFile(full, 'utf8'), shown, summary));
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      summary.unreadable.push({ where: shown, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : `cannot be read (${code ?? 'unknown error'})` });
    }
  }
  const records = importer.finish();
  const written = await emit(records.map((r) => `${JSON.stringify(r)}\n`).join(''), out, io);
  if (written !== 0) return written;
  io.stderr.write(importReport(summary, out ? displayPath(io.cwd, out) : undefined));
  return summary.unreadable.length > 0 || summary.unplaced.size > 0 || summary.skipped.size > 0 ? 1 : 0;
}

function parseJson(text: string, where: string, summary: ImportSummary): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // V8's message quotes the text around the error: a resource may hold personal data, so it is not shown.
    summary.unreadable.push({ where, message: 'not JSON' });
    return undefined;
  }
}

async function emit(text: string, out: string | undefined, io: CliIo): Promise<number> {
  if (out === undefined) {
    io.stdout.write(text);
    return 0;
  }
  try {
    await writeFile(out, text);
    return 0;
  } catch (error) {
    return outputFailed(io, displayPath(io.cwd, out), error);
  }
}

/** Paths counted as 'Patient/gender', one line per resource type: its values, and its most frequent paths. */
function byType(unplaced: ReadonlyMap<string, number>, shown = 12): string[] {
  const types = new Map<string, [string, number][]>();
  for (const [key, n] of unplaced) {
    const cut = key.search(/[/ ]/);
    const type = cut === -1 ? key : key.slice(0, cut);
    (types.get(type) ?? types.set(type, []).get(type)!).push([cut === -1 ? '' : key.slice(cut).replace(/^\//, ''), n]);
  }
  return [...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([type, paths]) => {
    const total = paths.reduce((a, [, n]) => a + n, 0);
    const top = [...paths].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const more = top.length - shown;
    return `${type}: ${plural(total, 'value')} at ${plural(paths.length, 'path')}: ${top.slice(0, shown).map(([p, n]) => `${p} ${groupedNumber(n)}`).join(', ')}${more > 0 ? `, and ${plural(more, 'other path')}` : ''}`;
  });
}

const counts = (map: ReadonlyMap<string, number>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, n]) => `${k} ${groupedNumber(n)}`).join(', ');

function exportReport(s: ExportSummary, out: string | undefined, format: string): string {
  const total = [...s.resources.values()].reduce((a, b) => a + b, 0);
  const lines = [`fhir export: ${plural(s.records, 'record')} read; ${plural(total, 'resource')} written${out ? ` to ${out}` : ''} (${format === 'bundle' ? 'one transaction Bundle' : 'NDJSON, one a line'})${total > 0 ? `: ${counts(s.resources)}` : ''}`];
  if (s.skipped.size > 0) lines.push(`  not exported (their class maps to no FHIR resource): ${counts(s.skipped)}`);
  if (s.unplaced.size > 0) {
    lines.push('  values with no place in FHIR (unmapped, or not mapped yet: the FHIR page says why), left out:');
    const byClass = new Map<string, string[]>();
    for (const [path, n] of s.unplaced) {
      const dot = path.indexOf('.');
      const cls = path.slice(0, dot);
      byClass.set(cls, [...(byClass.get(cls) ?? []), `${path.slice(dot + 1)}${n > 1 ? ` ${groupedNumber(n)}` : ''}`]);
    }
    for (const [cls, paths] of [...byClass].sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`    ${cls}: ${paths.join(', ')}`);
  }
  if (s.incomplete.size > 0) lines.push(`  resources that lack an element FHIR R4 requires (the record has no value for the element that fills it, or none does yet), which FHIR refuses: ${counts(s.incomplete)}`);
  for (const u of s.unreadable) lines.push(`  ${u.where}: ${u.message}`);
  return `${lines.join('\n')}\n`;
}

function importReport(s: ImportSummary, out: string | undefined): string {
  const total = [...s.records.values()].reduce((a, b) => a + b, 0);
  const lines = [`fhir import: ${plural(s.resources, 'resource')} read; ${plural(total, 'MODS record')} written${out ? ` to ${out}` : ''}${total > 0 ? `: ${counts(s.records)}` : ''}`];
  if (s.skipped.size > 0) lines.push(`  not imported (no MODS class maps from their type): ${counts(s.skipped)}`);
  if (s.unplaced.size > 0) lines.push('  FHIR values no MODS element takes, left out (by resource type, the most frequent paths first):', ...byType(s.unplaced).map((l) => `    ${l}`));
  for (const [note, n] of s.notes) lines.push(`  ${note} (${plural(n, 'resource')})`);
  for (const u of s.unreadable) lines.push(`  ${u.where}: ${u.message}`);
  return `${lines.join('\n')}\n`;
}
