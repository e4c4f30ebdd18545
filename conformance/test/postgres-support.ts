import pg from 'pg';

/** The PostgreSQL server .ci/run starts (a server URL), when there is one: tests that need it skip without it. */
export const postgresServer: string | undefined = process.env['ASC_MODS_TEST_POSTGRES'];

/** Run SQL on the server's own database (making and dropping the tests' databases). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServer });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of a database of this name on the server. */
export function databaseUrl(name: string): string {
  const target = new URL(postgresServer!);
  target.pathname = `/${name}`;
  return target.toString();
}
