import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __EMBEDDED_PG__?: { stop(): Promise<void> } }).__EMBEDDED_PG__;
  if (server) {
    await server.stop();
    return;
  }
  // An external server: remove what this run created.
  const client = new pg.Client({ connectionString: process.env.TEST_ADMIN_URL });
  await client.connect();
  const { rows } = await client.query(
    `SELECT datname FROM pg_database WHERE datname LIKE 'collegiaal_t%_${process.pid}%' OR datname = $1`,
    [process.env.TEST_TEMPLATE_DB],
  );
  for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  await client.end();
}
