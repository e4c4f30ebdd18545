import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { kebabName, maxBodyBytes, maxBodyDepth, modelledMandatory, type SpecModel, packageRoot, loadRuntimeModel } from '../../generator/src/kit.ts';
import { RecordChecker } from '../files/checker.ts';
import type { Profile } from '../files/checks/authority.ts';
import { loadValidators } from '../files/engine.ts';
import type { CompiledValidator } from '../files/plan.ts';
import { bearerAccepts } from './bearer.ts';
import { FhirFacade } from './fhir-facade.ts';
import type { DefectName } from './defects.ts';
import { ifMatchAccepts } from './if-match.ts';
import { nestsDeeperThan } from '../files/input/nesting.ts';
import { requestTarget } from './request-path.ts';
import { openRecords } from './open-records.ts';
import { VersionTaken, type Records, type StoredRecord } from './records.ts';

export interface ReferenceServerOptions {
  readonly model: SpecModel;
  readonly validators: Readonly<Record<string, CompiledValidator>>;
  /** The database: a SQLite file, or a postgres:// URL; SQLite in memory when absent. */
  readonly db?: string;
  readonly token: string;
  readonly defect?: DefectName;
  /**
   * Which obligations a record must meet to be stored: 'published' (the default) refuses only what the published
   * standard requires, like a system built to it; 'full' refuses what the whole asc-mods model requires.
   */
  readonly profile?: Profile;
  /** The largest request body accepted, in bytes. */
  readonly maxBodyBytes?: number;
}

interface Problem {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: readonly { readonly pointer: string; readonly detail: string; readonly keyword?: string; readonly requirement?: string }[];
}

class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

const json = 'application/json';
const problemJson = 'application/problem+json';
const pageSizeDefault = 20;

/**
 * The reference supplier: the generated OpenAPI implemented on SQLite or PostgreSQL, every record checked with the generated
 * validators and the spec's rules, versioned with its change log, updates guarded by If-Match. It passes the whole
 * conformance suite, unless started with a defect.
 */
export class ReferenceServer {
  private readonly opened: Promise<Records>;
  /** The store, once open: requests are served only after listen has opened it. */
  private store!: Records;
  private readonly server: Server;
  private readonly classByPath = new Map<string, string>();
  private readonly typeField: string;
  private readonly subjectElement = new Map<string, string>();
  /** The classes whose subject element may point at any care actor: a record is about a person when it points at one. */
  private readonly subjectThroughActor = new Set<string>();
  private readonly optional = new Map<string, string[]>();
  private readonly modelledMandatory = new Map<string, string[]>();

  /** A server for the spec this package ships, checking records with the validators generated from it. */
  static async forShippedSpec(options: Omit<ReferenceServerOptions, 'model' | 'validators'>): Promise<ReferenceServer> {
    const model = await loadRuntimeModel();
    const server = new ReferenceServer({ ...options, model, validators: await loadValidators(packageRoot()) });
    await server.ready();
    return server;
  }

  constructor(private readonly options: ReferenceServerOptions) {
    const { model } = options;
    this.opened = openRecords(options.db);
    // Awaited by ready and listen; a failure to open is theirs to report.
    this.opened.catch(() => {});
    this.typeField = model.conventions.record_type_field;
    const classes = new Map(model.classes.map((c) => [c.name, c]));
    for (const cls of model.classes.filter((c) => c.kind === 'record')) {
      this.classByPath.set(kebabName(cls.name), cls.name);
      // The element that says whom a record is about: a link to the subject of care, or else one to any care actor
      // named subject (an alert's, a document's, a communication's), which is about a person when it points at one.
      const single = cls.elements.filter((e) => e.type === 'reference' && e.cardinality?.max === 1);
      const subject = single.find((e) => e.target === 'subject_of_care') ?? single.find((e) => e.target === 'care_actor' && e.name === 'subject');
      if (subject) this.subjectElement.set(cls.name, subject.name);
      if (subject?.target === 'care_actor') this.subjectThroughActor.add(cls.name);
      this.optional.set(cls.name, cls.elements.filter((e) => e.cardinality?.min !== 1).map((e) => e.name));
      this.modelledMandatory.set(cls.name, modelledMandatory(cls, classes));
    }
    this.server = createServer((req, res) => void this.handle(req, res));
    // A client that stops sending is cut off rather than held open.
    this.server.requestTimeout = 30_000;
  }

  /** Open the store (connect and migrate): a database in use or out of reach is refused here. */
  async ready(): Promise<void> {
    this.store = await this.opened;
  }

  async schemaVersion(): Promise<number> {
    return (await this.opened).schemaVersion();
  }

  /** Where the records are kept, to show (a PostgreSQL URL without its password). */
  async storeShown(): Promise<string> {
    return (await this.opened).shown;
  }

  /** Open the store, then start listening; resolves with the port (0 picks a free one). */
  async listen(port: number, host = '127.0.0.1'): Promise<number> {
    await this.ready();
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => {
        void this.opened.then((store) => store.close(), () => {}).then(() => resolve(), () => resolve());
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (this.options.defect !== 'ignores-token' && !bearerAccepts(req.headers.authorization, this.options.token)) {
        throw new HttpProblem({ status: 401, title: 'Unauthorized', detail: 'Send a valid bearer token.' });
      }
      const target = requestTarget(req.url ?? '/');
      if (!target) throw new HttpProblem({ status: 400, title: 'Malformed', detail: 'The request target is not a path with a query, each valid percent-encoded UTF-8.' });
      const { parts, params } = target;
      const method = req.method ?? 'GET';
      if (parts.length === 1 && parts[0] === 'capability' && method === 'GET') return this.send(res, 200, this.capability());
      if (parts[0] === 'fhir') {
        const answer = await this.fhir().answer(parts.slice(1), method);
        return this.send(res, answer.status, answer.body, 'application/fhir+json');
      }
      const recordType = parts[0] === undefined ? undefined : this.classByPath.get(parts[0]);
      if (recordType === undefined) throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such resource.' });
      if (parts.length === 1 && method === 'POST') return await this.create(req, res, recordType);
      if (parts.length === 1 && method === 'GET') return this.send(res, 200, await this.search(recordType, params));
      const uid = parts[1]!;
      if (parts.length === 2 && method === 'GET') return await this.read(res, recordType, uid);
      if (parts.length === 2 && method === 'PUT') return await this.update(req, res, recordType, uid);
      if (parts.length === 3 && parts[2] === 'versions' && method === 'GET') return this.send(res, 200, await this.history(recordType, uid, params));
      if (parts.length === 4 && parts[2] === 'versions' && method === 'GET') return await this.readVersion(res, recordType, uid, parts[3]!);
      throw new HttpProblem({ status: 405, title: 'Method not allowed' });
    } catch (error) {
      const problem = error instanceof HttpProblem ? error.problem : { status: 500, title: 'Internal server error' };
      this.sendProblem(res, problem);
    }
  }

  private facade: FhirFacade | undefined;

  /** The FHIR facade, made on its first request: only a server asked for FHIR loads the R4 definitions. */
  private fhir(): FhirFacade {
    this.facade ??= new FhirFacade(this.options.model, this.store, this.subjectElement);
    return this.facade;
  }

  private capability(): unknown {
    const { model } = this.options;
    return {
      standard: model.standard.reference,
      release: model.standard.release,
      // It holds the elements only the asc-mods model makes mandatory too, unless it is built to the published standard alone.
      classes: [...this.optional].map(([recordType, elements]) => ({ record_type: recordType, elements: this.options.defect === 'drops-modelled-elements' ? elements : [...(this.modelledMandatory.get(recordType) ?? []), ...elements] })),
    };
  }

  private async create(req: IncomingMessage, res: ServerResponse, recordType: string): Promise<void> {
    const record = await this.body(req);
    const uid = record['record_uid'];
    const existing = typeof uid === 'string' ? await this.store.exists(uid) : undefined;
    if (existing && this.options.defect !== 'accepts-duplicates') throw alreadyExists();
    await this.check(record, recordType, uid as string | undefined);
    if (record['version_number'] !== 1) throw new HttpProblem({ status: 409, title: 'Conflict', detail: 'A new record starts at version 1.', errors: [{ pointer: '/version_number', detail: 'must be 1 on create', keyword: 'version-sequence', requirement: 'MODS-AUDIT-002' }] });
    const stored = this.stored(recordType, record);
    if (existing) await this.store.overwrite({ recordType, uid: uid as string, version: 1, body: stored });
    else {
      try {
        await this.store.put({ recordType, uid: uid as string, version: 1, body: stored }, this.searchKeys(recordType, stored));
      } catch (error) {
        // Another create of this uid was stored while this one was checked.
        if (error instanceof VersionTaken) throw alreadyExists();
        throw error;
      }
    }
    res.setHeader('Location', `/${kebabName(recordType)}/${encodeURIComponent(uid as string)}`);
    res.setHeader('ETag', '"1"');
    this.send(res, 201, stored);
  }

  private async read(res: ServerResponse, recordType: string, uid: string): Promise<void> {
    const current = await this.store.current(recordType, uid);
    if (!current) throw notFound();
    res.setHeader('ETag', `"${current.version}"`);
    this.send(res, 200, current.body);
  }

  private async readVersion(res: ServerResponse, recordType: string, uid: string, version: string): Promise<void> {
    const n = Number(version);
    const body = Number.isInteger(n) && n >= 1 ? await this.store.version(recordType, uid, n) : undefined;
    if (!body) throw notFound();
    res.setHeader('ETag', `"${n}"`);
    this.send(res, 200, body);
  }

  private async update(req: IncomingMessage, res: ServerResponse, recordType: string, uid: string): Promise<void> {
    await this.precondition(req, recordType, uid);
    const record = await this.body(req);
    // Checked again once the body is in: another update may have been stored while it arrived. One stored after
    // this check is found when this version is stored (putVersion).
    const current = await this.precondition(req, recordType, uid);
    const defect = this.options.defect;
    if (record['record_uid'] !== uid) throw new HttpProblem({ status: 422, title: 'Invalid record', errors: [{ pointer: '/record_uid', detail: 'does not match the uid in the URL', keyword: 'const' }] });
    await this.check(record, recordType, uid);
    const next = defect === 'no-version-increment' ? current.version : current.version + 1;
    if (defect !== 'accepts-stale-updates' && defect !== 'no-version-increment' && record['version_number'] !== next) {
      throw new HttpProblem({ status: 409, title: 'Conflict', detail: `The next version is ${next}.`, errors: [{ pointer: '/version_number', detail: `must be ${next}`, keyword: 'version-sequence', requirement: 'MODS-AUDIT-002' }] });
    }
    let stored = this.stored(recordType, record);
    if (defect === 'loses-change-log' && Array.isArray(stored['change_log'])) stored = { ...stored, change_log: (stored['change_log'] as unknown[]).slice(0, 1) };
    const version = defect === 'accepts-stale-updates' ? Math.max(current.version + 1, Number(record['version_number']) || 0) : next;
    if (defect === 'no-version-increment') await this.store.overwrite({ recordType, uid, version, body: { ...stored, version_number: version } });
    else await this.putVersion({ recordType, uid, version, body: stored });
    res.setHeader('ETag', `"${version}"`);
    this.send(res, 200, defect === 'no-version-increment' ? { ...stored, version_number: version } : stored);
  }

  /** The current version, if the request's If-Match names it (unless a defect mode ignores If-Match). */
  private async precondition(req: IncomingMessage, recordType: string, uid: string): Promise<StoredRecord> {
    const current = await this.store.current(recordType, uid);
    if (!current) throw notFound();
    const ifMatch = req.headers['if-match'];
    if (this.options.defect === 'accepts-stale-updates') return current;
    if (ifMatch === undefined) throw new HttpProblem({ status: 428, title: 'Precondition required', detail: 'Send If-Match with the ETag of the version you are replacing.' });
    if (!ifMatchAccepts(ifMatch, `"${current.version}"`)) throw staleVersion(current.version);
    return current;
  }

  /** Store a new version; one another request stored first is a failed precondition, as if it had been seen in time. */
  private async putVersion(record: StoredRecord): Promise<void> {
    try {
      await this.store.put(record, this.searchKeys(record.recordType, record.body));
    } catch (error) {
      if (error instanceof VersionTaken) throw staleVersion((await this.store.current(record.recordType, record.uid))?.version ?? record.version);
      throw error;
    }
  }

  private async search(recordType: string, params: URLSearchParams): Promise<unknown> {
    const size = this.pageSize(params);
    const after = decodeToken(params.get('page_token'));
    const subject = params.get('subject') ?? undefined;
    const nhsNumber = params.get('nhs_number') ?? undefined;
    if (nhsNumber !== undefined && !/^[0-9]{10}$/.test(nhsNumber)) throw new HttpProblem({ status: 400, title: 'Bad request', errors: [{ pointer: '/nhs_number', detail: 'an NHS number is ten digits', keyword: 'pattern' }] });
    const page = await this.store.search({ recordType, ...(subject === undefined ? {} : { subject }), ...(nhsNumber === undefined ? {} : { nhsNumber }) }, this.options.defect === 'no-paging' ? 1_000_000 : size, after);
    return { items: page.items, ...(page.more && page.last !== undefined ? { next: encodeToken(page.last) } : {}) };
  }

  private async history(recordType: string, uid: string, params: URLSearchParams): Promise<unknown> {
    if (!(await this.store.current(recordType, uid))) throw notFound();
    const after = decodeToken(params.get('page_token'));
    const page = await this.store.history(recordType, uid, this.pageSize(params), after);
    const last = page.items[page.items.length - 1]?.['version_number'];
    return { items: page.items, ...(page.more && typeof last === 'number' ? { next: encodeToken(last) } : {}) };
  }

  private pageSize(params: URLSearchParams): number {
    const raw = params.get('page_size');
    if (raw === null) return pageSizeDefault;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 100) throw new HttpProblem({ status: 400, title: 'Bad request', errors: [{ pointer: '/page_size', detail: 'a whole number from 1 to 100', keyword: 'maximum' }] });
    return n;
  }

  /** Check a record: the generated validator and the record rules, then its references. Refuses it with every problem found. */
  private async check(record: Record<string, unknown>, recordType: string, uid: string | undefined): Promise<void> {
    const stated = record[this.typeField];
    if (stated !== recordType) {
      throw new HttpProblem({ status: 422, title: 'Invalid record', detail: 'The record is not of the class of this endpoint; nothing was stored.', errors: [{ pointer: `/${this.typeField}`, detail: `must be "${recordType}"`, keyword: 'const', requirement: 'MODS-STRUCT-003' }] });
    }
    const checked = this.checker().check({ location: { file: 'request', record: 1 }, value: record });
    const defect = this.options.defect;
    let errors = checked.findings
      .filter((f) => f.severity === 'error')
      .filter((f) => !(defect === 'accepts-any-code' && f.requirement === 'MODS-TERM-001'))
      .filter((f) => !(defect === 'no-check-digit' && f.check === 'nhs-number-check-digit'))
      .map((f) => ({ pointer: f.path, detail: f.message, keyword: f.check.replace(/^schema\./, ''), ...(f.requirement ? { requirement: f.requirement } : {}) }));
    if (defect !== 'accepts-dangling-references') {
      const refs = checked.refs ?? [];
      for (let i = 0; i < refs.length; i += 3) {
        const [type, target, pointer] = [refs[i]!, refs[i + 1]!, refs[i + 2]!];
        if (target === uid) continue;
        const found = await this.store.exists(target);
        if (!found || found.recordType !== type) errors = [...errors, { pointer, detail: `refers to a ${type} record that does not exist`, keyword: 'reference-resolves', requirement: 'MODS-REF-001' }];
      }
    }
    if (errors.length === 0) return;
    if (defect === 'server-error-on-bad-input') throw new Error('unhandled validation failure');
    if (defect === 'stores-rejected' && typeof uid === 'string' && !(await this.store.exists(uid))) await this.store.put({ recordType, uid, version: 1, body: record }, this.searchKeys(recordType, record));
    throw new HttpProblem({ status: 422, title: 'Invalid record', detail: `The record breaks the standard in ${errors.length} place${errors.length === 1 ? '' : 's'}; nothing was stored.`, errors });
  }

  private checkerCache: { minute: number; checker: RecordChecker } | undefined;

  /** The record checker, with the clock the date rules compare with set to the time of the request, to the minute. */
  private checker(): RecordChecker {
    const minute = Math.floor(Date.now() / 60_000);
    if (this.checkerCache?.minute !== minute) this.checkerCache = { minute, checker: new RecordChecker(this.options.model, this.options.validators, new Date(minute * 60_000 + 59_999), undefined, this.options.profile ?? 'published') };
    return this.checkerCache.checker;
  }

  /** What is stored: the record as sent (a defect mode drops its optional elements, another those only our model makes mandatory). */
  private stored(recordType: string, record: Record<string, unknown>): Record<string, unknown> {
    const defect = this.options.defect;
    if (defect !== 'drops-optional-elements' && defect !== 'drops-modelled-elements') return record;
    const dropped = new Set((defect === 'drops-optional-elements' ? this.optional : this.modelledMandatory).get(recordType) ?? []);
    return Object.fromEntries(Object.entries(record).filter(([k]) => !dropped.has(k)));
  }

  private searchKeys(recordType: string, record: Record<string, unknown>): { subject: string | undefined; nhsNumber: string | undefined } {
    const element = this.subjectElement.get(recordType);
    const ref = element === undefined ? undefined : (record[element] as Record<string, unknown> | undefined);
    const aboutPerson = this.subjectThroughActor.has(recordType) ? ref?.['record_type'] === 'subject_of_care' : true;
    const subject = recordType === 'subject_of_care' ? (record['record_uid'] as string) : typeof ref?.['record_uid'] === 'string' && aboutPerson ? (ref['record_uid'] as string) : undefined;
    const nhsNumber = typeof record['nhs_number'] === 'string' ? (record['nhs_number'] as string) : undefined;
    return { subject, nhsNumber };
  }

  private async body(req: IncomingMessage): Promise<Record<string, unknown>> {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\b/.test(type)) throw new HttpProblem({ status: 415, title: 'Unsupported media type', detail: 'Send the record as application/json.' });
    const max = this.options.maxBodyBytes ?? maxBodyBytes;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > max) throw new HttpProblem({ status: 413, title: 'Content too large', detail: `A record is at most ${max} bytes.` });
      chunks.push(chunk);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (nestsDeeperThan(text, maxBodyDepth)) throw new HttpProblem({ status: 400, title: 'Malformed', detail: `The body nests arrays and objects more than ${maxBodyDepth} deep.` });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new HttpProblem({ status: 400, title: 'Malformed', detail: 'The body is not JSON.' });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new HttpProblem({ status: 400, title: 'Malformed', detail: 'The body is not a JSON object.' });
    return value as Record<string, unknown>;
  }

  private send(res: ServerResponse, status: number, body: unknown, type = json): void {
    res.writeHead(status, { 'Content-Type': this.options.defect === 'wrong-content-type' ? 'text/plain' : type });
    res.end(JSON.stringify(body));
  }

  private sendProblem(res: ServerResponse, problem: Problem): void {
    if (res.headersSent) return void res.end();
    if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.writeHead(problem.status, { 'Content-Type': problemJson });
    res.end(JSON.stringify({ type: 'about:blank', ...problem }));
  }
}

function staleVersion(current: number): HttpProblem {
  return new HttpProblem({ status: 412, title: 'Precondition failed', detail: `If-Match does not name the current version, ${current} (ETag "${current}", compared strongly: a weak tag never matches).` });
}

function alreadyExists(): HttpProblem {
  return new HttpProblem({ status: 409, title: 'Conflict', detail: 'A record with this uid already exists: send changes as an update.', errors: [{ pointer: '/record_uid', detail: 'already exists', keyword: 'unique-record-version', requirement: 'MODS-AUDIT-004' }] });
}

function notFound(): HttpProblem {
  return new HttpProblem({ status: 404, title: 'Not found', detail: 'No record with that uid (or version).' });
}

function encodeToken(n: number): string {
  return Buffer.from(`after:${n}`).toString('base64url');
}

function decodeToken(token: string | null): number {
  if (token === null) return 0;
  const match = /^after:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw new HttpProblem({ status: 400, title: 'Bad request', errors: [{ pointer: '/page_token', detail: 'not a page token from this system', keyword: 'page_token' }] });
  return Number(match[1]);
}
