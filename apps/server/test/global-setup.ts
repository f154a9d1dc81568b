import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/db/client.ts';
import { PG_TEMPLATE_DB, PGLITE_TEMPLATE_PATH, openAdmin, prepareTemplate, withDatabaseName } from './template.ts';

/** Runs once before all tests: builds the migrated template database the test files copy. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = await openAdmin(url);
    await admin.raw.executeSql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${PG_TEMPLATE_DB}' AND pid <> pg_backend_pid()`,
    );
    await admin.raw.executeSql(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB}`);
    await admin.raw.executeSql(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
    const template = await openDatabase({ databaseUrl: withDatabaseName(url, PG_TEMPLATE_DB), poolSize: 2 });
    await prepareTemplate(template);
    await template.close();
    await admin.close();
    return;
  }
  const database = await openDatabase({ dataDir: null });
  await prepareTemplate(database);
  const dump = await database.pglite!.dumpDataDir('gzip');
  const path = fileURLToPath(PGLITE_TEMPLATE_PATH);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}
