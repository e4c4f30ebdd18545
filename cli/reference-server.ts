import { resolve } from 'node:path';
import { defectNames, defects, isDefectName } from '../conformance/reference/defects.ts';
import { DatabaseInUse } from '../conformance/reference/owner-lock.ts';
import { isPostgresUrl } from '../conformance/reference/records.ts';
import { ReferenceServer } from '../conformance/reference/server.ts';
import { withoutPassword } from '../conformance/load/postgres.ts';
import { displayPath, parseCommandArgs, UsageError, type CliIo } from './io.ts';

/** Runs until the process is interrupted (Ctrl-C); the caller closes it then. */
export async function referenceServerCommand(args: readonly string[], io: CliIo): Promise<number | 'help'> {
  const signal = io.signal;
  const { values } = parseCommandArgs(args, {
    port: { type: 'string', default: '8080' },
    db: { type: 'string' },
    token: { type: 'string' },
    defect: { type: 'string' },
    profile: { type: 'string', default: 'published' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${String(values.port)}"`);
  const defect = values.defect === undefined ? undefined : String(values.defect);
  if (defect !== undefined && !isDefectName(defect)) throw new UsageError(`--defect: unknown defect "${defect}"; one of ${defectNames.join(', ')}`);
  const profile = String(values.profile);
  if (profile !== 'published' && profile !== 'full') throw new UsageError(`--profile must be published or full, not "${profile}"`);
  const token = values.token === undefined ? (io.env?.['ASC_MODS_TOKEN'] ?? 'asc-mods-reference') : String(values.token);
  // A postgres:// URL as given; a SQLite file relative to where the command runs.
  const db = values.db === undefined ? undefined : isPostgresUrl(String(values.db)) ? String(values.db) : resolve(io.cwd, String(values.db));
  let server: ReferenceServer;
  try {
    server = await ReferenceServer.forShippedSpec({ token, profile, ...(db ? { db } : {}), ...(defect ? { defect } : {}) });
  } catch (error) {
    if (error instanceof DatabaseInUse) {
      io.stderr.write(`asc-mods reference-server: ${error.message}\n`);
      return 2;
    }
    if (db !== undefined && isPostgresUrl(db)) {
      // The client's message names the host, the user or the database, never the password.
      io.stderr.write(`asc-mods reference-server: cannot open the PostgreSQL database ${withoutPassword(db)}: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
  let bound: number;
  try {
    bound = await server.listen(port);
  } catch (error) {
    await server.close();
    io.stderr.write(`asc-mods reference-server: cannot listen on port ${port} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 2;
  }
  io.stdout.write(
    [
      `Reference supplier for MODS listening on http://127.0.0.1:${bound}`,
      `  database: ${db === undefined ? 'in memory' : isPostgresUrl(db) ? await server.storeShown() : displayPath(io.cwd, db)} (schema version ${await server.schemaVersion()})`,
      `  token: ${values.token === undefined && !io.env?.['ASC_MODS_TOKEN'] ? token : '(the one given)'}`,
      ...(defect ? [`  DEFECT ${defect}: ${defects[defect as keyof typeof defects].description}`] : []),
      `Try: npm run mods -- conform --base-url http://127.0.0.1:${bound} --token <token>`,
      '',
    ].join('\n'),
  );
  await new Promise<void>((done) => {
    if (signal?.aborted) return done();
    signal?.addEventListener('abort', () => done(), { once: true });
  });
  await server.close();
  return 0;
}
