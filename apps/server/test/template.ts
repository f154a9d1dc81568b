import { openDatabase, type Database } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { startQueue } from '../src/lib/queue.ts';

/** Where the migrated PGlite template is dumped for test files to load. */
export const PGLITE_TEMPLATE_PATH = new URL('../../../node_modules/.cache/tuki-test/pglite-template.tar.gz', import.meta.url);
/** The PostgreSQL database every test database is copied from. */
export const PG_TEMPLATE_DB = 'tuki_test_template';

/** Migrates a database and creates the job queue's tables, so copies start ready. */
export async function prepareTemplate(database: Database): Promise<void> {
  await migrateDatabase(database);
  const queue = await startQueue(database, { supervise: false });
  await queue.stop();
}

/** A connection string for another database on the same server. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Opens a database on the test server's maintenance database (to create and drop others). */
export async function openAdmin(url: string): Promise<Database> {
  return openDatabase({ databaseUrl: withDatabaseName(url, 'postgres'), poolSize: 1 });
}
