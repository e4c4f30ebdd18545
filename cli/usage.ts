/**
 * What each command is for and the options it takes, as help prints them. Kept apart from the commands so that
 * `asc-mods --help` and `asc-mods <command> --help` load nothing heavy (no YAML parser, ajv, Handlebars or SQLite):
 * this module imports only the reference supplier's list of defects, which is plain data.
 */
import { defectNames } from '../conformance/reference/defects.ts';

export interface CommandHelp {
  /** One line for the overview. */
  readonly summary: string;
  /** How it is called, after `asc-mods `; more than one when it has more than one form. */
  readonly synopsis: readonly string[];
  /** The options, as help lists them (two columns, continuation lines indented to the second). */
  readonly options: string;
}

/** Every option's text says the same of --format: human (the default) or json. */
const format = `  --format <f>        human (default) or json`;

export const commandHelp = {
  check: {
    summary: 'Check a spec file (default: the MODS spec this package ships)',
    synopsis: ['check [spec] [options]'],
    options: `${format}
  --fail-on <s>       the lowest severity that fails the run: warning (default) or error
  --no-color          plain output even on a terminal (as NO_COLOR=1 gives; FORCE_COLOR=1 colours even when piped)`,
  },
  generate: {
    summary: 'Check the spec, then write every artefact to generated/',
    synopsis: ['generate [spec] [options]'],
    options: `  --out <dir>         where to write (default: generated/ beside the shipped spec, or ./generated for another spec)
  --check             write nothing; list every file that is stale, missing or orphaned (exit 1 if any)
  --no-color          plain output even on a terminal (as NO_COLOR=1 gives; FORCE_COLOR=1 colours even when piped)`,
  },
  validate: {
    summary: 'Validate exported record files (.json, .ndjson/.jsonl, .csv) or folders of them',
    synopsis: ['validate <paths...> [options]'],
    options: `  --class <name>      the class of records that do not say theirs (a CSV file of one class, say)
  --report-dir <dir>  write report.json, report.junit.xml, scorecard.html and the findings table
                      (findings.csv, findings.xlsx: every finding a row, with provider, record uid and fix) there
  --provider <ods>    the ODS code of the provider whose data the files hold, where a file does not say it
                      (a JSON bundle's provider_ods_code); without it such a file is named by its path
${format} (the JSON report on stdout)
  --profile <p>       published (default): only what the published standard requires fails a record; an unmet
                      obligation of the asc-mods model is a warning marked "modelled". full: the whole
                      asc-mods model, every obligation an error
  --fail-on <s>       the lowest severity that fails the run: error (default), warning or info
  --engine <e>        where the rules across records (unique versions, version sequence, references) keep
                      what they remember: memory (default; about 18 bytes a record uid) or duckdb (a DuckDB
                      file in a temporary folder, removed after: memory stays flat however many records,
                      and the report is the same)
  --engine-dir <dir>  where --engine duckdb makes its temporary folder (default: the system's, $TMPDIR)
  --engine-memory <m> the memory --engine duckdb lets DuckDB hold before it spills to disk (default 24MB)
  --no-progress       no progress line on stderr (it shows only on a terminal anyway)`,
  },
  load: {
    summary: 'Load record files into a database (DuckDB, PostgreSQL) by the generated relational model',
    synopsis: ['load <paths...> [options]'],
    options: `  --into <target>     duckdb:<file> (default duckdb:mods.duckdb, embedded), a .duckdb file, or a PostgreSQL
                      URL (postgres://user:password@host/database, loaded with COPY); the schema
                      (generated/sql/) is created where absent. Each record is checked as validate checks it
                      alone: a valid one is inserted unless its record uid and version are there already,
                      an invalid one goes to the table load__rejects with its findings (exit 1 when any does)
  --batch <n>         records per transaction (default 100000)
${format}
  --no-progress       no progress line on stderr (it shows only on a terminal anyway)`,
  },
  examples: {
    summary: 'Write synthetic MODS records as NDJSON, to try a validator on',
    synopsis: ['examples [options]'],
    options: `  --class <name>      a record class, repeatable or comma-separated (default: a realistic mix);
                      the records they refer to (subjects of care, care workers, ...) come first, extra
  --count <n>         how many records of those classes (default 100)
  --seed <s>          a whole number; the same seed gives the same records (default 1)
  --invalid-rate <r>  the fraction, 0 to 1, of records given one defect (default 0)
  --out <file>        write to a file and print a summary (default: standard output)`,
  },
  conform: {
    summary: 'Run the live-API conformance suite against a system',
    synopsis: ['conform --base-url <url> [options]', 'conform --reference [options]'],
    options: `  --base-url <url>    where the system's API is
  --reference         instead, start the reference supplier (in memory, holding the whole asc-mods model) and
                      test it, with its own attestations: the whole loop in one command
  --token <t>         its bearer token (default: $ASC_MODS_TOKEN)
  --classes <a,b>     only these record classes (default: every class the system declares)
  --manifest <file>   what the system holds, when it has no /capability endpoint (JSON: {"classes": [...]})
  --report-dir <dir>  write conformance.json, conformance.junit.xml and conformance.html there, and the
                      assurance pack (assurance.csv, assurance-requirements.csv, assurance.xlsx)
${format} (the JSON report on stdout)
  --profile <p>       published (default): the verdict rests on the published standard's MUSTs; tests of the
                      asc-mods model's own obligations and of its exchange API are reported, as advisory.
                      full: every MUST of the asc-mods model decides
  --attestations <f>  the supplier's attestations (YAML; format: generated/conformance/attestations.schema.json)
                      for requirements no request can show (default with --reference: the reference supplier's)
  --require-complete  exit 1 when the verdict is incomplete (a deciding MUST neither tested nor attested)
  --timeout <ms>      per request (default 10000); the whole run stops after 15 minutes
  --no-progress       no progress line on stderr (it shows only on a terminal anyway)`,
  },
  'reference-server': {
    summary: 'Run the reference supplier: the generated API on SQLite or PostgreSQL, to try the suite against',
    synopsis: ['reference-server [options]'],
    options: `  --port <p>          the port (default 8080; 0 picks a free one)
  --db <file|url>     a SQLite database file, or a PostgreSQL database as postgres://user@host/db (migrated
                      on start; servers may share one); default: SQLite in memory
  --token <t>         the bearer token it accepts (default: $ASC_MODS_TOKEN, else "asc-mods-reference")
  --profile <p>       published (default): store what the published standard allows, like a system built to
                      it; full: refuse what breaks any obligation of the asc-mods model
  --defect <name>     behave like a supplier with this bug: ${defectNames.join(', ')}`,
  },
  diff: {
    summary: 'What changed between two specs (files, git refs or kept releases), whom it breaks, the semver bump',
    synopsis: ['diff <old> <new> [options]', 'diff --release-check [options]'],
    options: `${format} (human is plain text on a terminal and a Markdown changelog when piped; markdown forces
                      Markdown). A side is a file, a git ref, or a release number (v0.1.0) kept in spec/releases/
  --fail-on <w>       breaking: exit 1 when a change breaks senders, receivers or consumers (default: none)
  --release-check     instead, does spec/mods.yaml's release rise as much as its changes since the last release require?`,
  },
  release: {
    summary: 'Release the spec: check the number rises as its changes require, keep a copy in spec/releases/, tag it',
    synopsis: ['release <version> [options]'],
    options: `  <version>           the new release, x.y.z (v0.13.0 works too); above the last one kept, and risen as much
                      as the changes since it call for (diff's rule: before 1.0.0 a minor rise may break)
  --status <s>        draft (shared for feedback), published (default) or retired; on a release already
                      kept, changes its status only (spec/releases/status.yaml)
  --tag               also make the git tag v<version>
  --spec <file>       the spec to release (default: the shipped spec/mods.yaml)`,
  },
  fhir: {
    summary: 'MODS records to FHIR R4 resources (UK Core), and FHIR resources back to MODS records, by the spec\'s FHIR mapping',
    synopsis: ['fhir export <records...> [options]', 'fhir import <resources...> [options]'],
    options: `  <records...>        export: MODS record files or folders (NDJSON, JSON, CSV), as validate reads them
  <resources...>      import: FHIR JSON (a resource or a Bundle), NDJSON or XML files; each Provenance goes
                      back into the record it refers to as its change log, and every FHIR value no MODS
                      element takes is listed (exit 1 when there is one)
  --out <file>        write there (default: standard output); a summary goes to standard error
  --bundle            export: one transaction Bundle, each resource PUT at its id (default: FHIR bulk-data
                      NDJSON, one resource a line). Exit 1 when a class's mapping leaves out an element FHIR
                      requires (the summary names them)
  --uk-core <dir>     export: check every resource against the UK Core profile it claims (cardinality, required
                      bindings, extension contexts), from the package in <dir>, JSON or XML (default: the FHIR
                      package cache, ~/.fhir/packages/UKCore.R4.STU.02.00.00#<version>); exit 1 on a breach
  --system <id>       import: with --committer, log the import as the change-log entry of each record whose
                      resource came without Provenance (MODS requires a change log; FHIR's is optional): the
                      system the records now live in
  --committer <c/uid> import: the care actor who imports them, as <class>/<record uid> (care_worker/w-1)`,
  },
} as const satisfies Readonly<Record<string, CommandHelp>>;

export type CommandName = keyof typeof commandHelp;

export const commandNames = Object.keys(commandHelp) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandHelp, name);
}

const exitCodes = 'Exit codes: 0 no findings, 1 findings, 2 usage or I/O error, 130 or 143 stopped by SIGINT or SIGTERM.';

/** `asc-mods --help`: the commands, one line each. */
export function overviewHelp(): string {
  const width = Math.max(...commandNames.map((n) => n.length), 'help <command>'.length) + 2;
  const line = (name: string, text: string) => `  ${name.padEnd(width)}${text}`;
  return [
    'Usage: asc-mods <command> [options]',
    '',
    'Commands:',
    ...commandNames.map((name) => line(name, commandHelp[name].summary)),
    line('help <command>', "a command's options (so does asc-mods <command> --help)"),
    '',
    'Options:',
    line('-h, --help', 'show this help'),
    line('-v, --version', 'show the version'),
    '',
    exitCodes,
    'From a clone: npm run mods -- <command>',
  ].join('\n');
}

/** `asc-mods <command> --help`: that command's forms and options only. */
export function commandUsage(name: CommandName): string {
  const help: CommandHelp = commandHelp[name];
  return [
    `Usage: ${help.synopsis.map((s, i) => `${i === 0 ? '' : '       '}asc-mods ${s}`).join('\n')}`,
    '',
    `${help.summary}.`,
    '',
    'Options:',
    help.options,
    '  -h, --help          show this help',
    '',
    exitCodes,
  ].join('\n');
}
