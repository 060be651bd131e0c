import { DataSource, type DataSourceOptions, EntitySchema, type MixedList } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';

export interface DataSourceSettings {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: MixedList<Function | string | EntitySchema>;
  poolSize?: number;
  applicationName?: string;
}

/** The one definition of how we talk to PostgreSQL; `synchronize` is never on. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url: settings.url,
    entities: settings.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'all',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: {
      max: settings.poolSize ?? 10,
      application_name: settings.applicationName ?? 'collegiaal',
      // A request must never hang on a lock: a lock wait longer than this fails and answers 409 (CONCURRENT_CHANGE).
      options: '-c lock_timeout=5000 -c statement_timeout=30000',
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
