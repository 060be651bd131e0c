/**
 * Writes a migration with the SQL that brings a database migrated to the latest version in
 * line with the entities: `npm run migration:generate -- AddSomething`. Review it before commit.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDataSource, runMigrations, startEmbeddedPostgres } from '#libs/database';
import { ALL_ENTITIES } from '../apps/api/src/entities.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- PascalCaseName');
  process.exit(2);
}
const dir = await mkdtemp(path.join(os.tmpdir(), 'collegiaal-migrate-'));
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: 0, persistent: false });
try {
  await runMigrations(pg.url);
  const ds = createDataSource({ url: pg.url, entities: ALL_ENTITIES });
  await ds.initialize();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (!sql.upQueries.length) {
    console.log('Entities and migrations agree; nothing to generate.');
  } else {
    const stamp = Date.now();
    const className = `${name}${stamp}`;
    const q = (s: string) => '`' + s.replaceAll('`', '\\`') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    const file = path.resolve('libs/database/src/migrations', `${stamp}-${name}.ts`);
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}; add ${className} to libs/database/src/migrations/index.ts`);
  }
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
