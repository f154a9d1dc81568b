import { mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgDialect, PgQueryResultHKT, PgSession } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { getTableColumns, sql, type Placeholder, type SQL, type Table } from 'drizzle-orm';
import * as schema from './schema/index.ts';

/** The drizzle database (or a transaction on it): the same type on both engines. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Raw SQL access shaped like pg-boss's IDatabase, for libraries that bring their own SQL. */
export type RawSql = { executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

/** An open database: drizzle, raw SQL, LISTEN, and how to close it. */
export type Database = {
  db: Db;
  engine: 'pglite' | 'postgres';
  raw: RawSql;
  pglite: PGlite | null;
  pool: pg.Pool | null;
  /** Subscribes to a NOTIFY channel; returns the unsubscribe function. */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

/** Where and how to open the database. */
export type DatabaseOptions =
  | { databaseUrl: string; poolSize?: number }
  | { dataDir: string | null; loadDataDir?: Blob; lock?: boolean };

const pgliteExtensions = { pg_trgm, unaccent };

/** Opens PostgreSQL (when a URL is given) or PGlite (in `dataDir`, or in memory when null). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('databaseUrl' in options) return openPostgres(options.databaseUrl, options.poolSize ?? 20);
  return openPglite(options.dataDir, options.loadDataDir, options.lock ?? true);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {}); // idle client errors surface on the next query
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let listenClient: pg.Client | null = null;
  let closing = false;

  async function connectListener(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      for (const handler of listeners.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', () => {
      listenClient = null;
      if (!closing) setTimeout(() => void reconnect(), 1000);
    });
    await client.connect();
    for (const channel of listeners.keys()) await client.query(`LISTEN "${channel}"`);
    return client;
  }
  async function reconnect() {
    if (closing || listenClient) return;
    try {
      listenClient = await connectListener();
    } catch {
      setTimeout(() => void reconnect(), 2000);
    }
  }

  return {
    db,
    engine: 'postgres',
    pglite: null,
    pool,
    raw: {
      async executeSql(text, values) {
        const result = await pool.query(text, values as unknown[]);
        return { rows: Array.isArray(result) ? result.flatMap((r) => r.rows ?? []) : result.rows };
      },
    },
    async listen(channel, handler) {
      assertChannelName(channel);
      let handlers = listeners.get(channel);
      if (!handlers) {
        handlers = new Set();
        listeners.set(channel, handlers);
        listenClient ??= await connectListener();
        await listenClient.query(`LISTEN "${channel}"`);
      }
      handlers.add(handler);
      return async () => {
        handlers.delete(handler);
      };
    },
    async close() {
      closing = true;
      await listenClient?.end().catch(() => {});
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string | null, loadDataDir: Blob | undefined, lock: boolean): Promise<Database> {
  let releaseLock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    if (lock) releaseLock = acquireDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      dataDir: dataDir ? join(dataDir, 'pg') : undefined,
      loadDataDir,
      extensions: pgliteExtensions,
    });
    await client.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;');
  } catch (error) {
    releaseLock();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    pglite: client,
    pool: null,
    raw: {
      async executeSql(text, values) {
        if (values?.length) return (await client.query(text, values)) as { rows: Record<string, unknown>[] };
        const results = await client.exec(text);
        return { rows: results.flatMap((r) => r.rows as Record<string, unknown>[]) };
      },
    },
    async listen(channel, handler) {
      assertChannelName(channel);
      return client.listen(channel, handler);
    },
    async close() {
      await client.close();
      releaseLock();
    },
  };
}

function assertChannelName(channel: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Invalid channel name: ${channel}`);
}

/**
 * Takes `<dataDir>/tuki.lock` so that two processes never open the same PGlite folder.
 * A lock left by a process that no longer runs is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const path = join(dataDir, 'tuki.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (pid && pid !== process.pid && isRunning(pid)) {
        throw new Error(
          `The data folder ${dataDir} is in use by another Tuki process (pid ${pid}). Stop it, or set DATA_DIR to another folder.`,
        );
      }
      unlinkSync(path);
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Options for `queryRows`. */
export type QueryOptions = {
  /**
   * Runs the statement as a named prepared statement: PostgreSQL parses it once per connection
   * and, after a few executions, reuses one plan. Only for SQL whose text never changes between
   * calls (values go in parameters); the hot write paths use it. Ignored by PGlite.
   */
  prepare?: string;
};

/** Runs raw SQL and returns its rows typed as T (both drivers return `{ rows }`). */
export async function queryRows<T>(db: Db, query: SQL, options: QueryOptions = {}): Promise<T[]> {
  if (!options.prepare) {
    const result = (await db.execute(query)) as unknown as { rows: T[] };
    return result.rows;
  }
  // drizzle keeps its session and dialect off the public type; `db.execute` does the same with no name.
  const { session, dialect } = db as unknown as { session: PgSession; dialect: PgDialect };
  const prepared = session.prepareQuery(dialect.sqlToQuery(query), undefined, options.prepare, false);
  const result = (await prepared.execute()) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A raw statement whose SQL text is built once, on first use: its varying values are `sql.placeholder(name)`s, filled
 * from `values` on each call. Runs as a named prepared statement (see `QueryOptions.prepare`). For the hot paths:
 * building a statement with drizzle on every call cost the workers more CPU than PostgreSQL spent running it.
 */
export function compiledStatement<T, V extends Record<string, unknown> = Record<string, unknown>>(name: string, build: () => SQL): (db: Db, values: V) => Promise<T[]> {
  let compiled: ReturnType<PgDialect['sqlToQuery']> | null = null;
  return async (db, values) => {
    const { session, dialect } = db as unknown as { session: PgSession; dialect: PgDialect };
    compiled ??= dialect.sqlToQuery(build());
    const result = (await session.prepareQuery(compiled, undefined, name, false).execute(values)) as unknown as { rows: T[] };
    return result.rows;
  };
}

/** Named placeholders for a compiled statement, one per name: `const { a, b } = placeholders('a', 'b')`. */
export function placeholders<K extends string>(...names: K[]): Record<K, Placeholder> {
  return Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as unknown as Record<K, Placeholder>;
}

type MappedColumn = { key: string; name: string; kind: 'timestamp' | 'bigint' | 'custom' | 'other'; fromDriver: (value: unknown) => unknown };
type RowMapper<T extends Table> = { columns: MappedColumn[]; map(row: Record<string, unknown>): T['$inferSelect'] };
const rowMappers = new WeakMap<Table, RowMapper<Table>>();

/** How rows of `table` read with raw SQL (snake_case names, timestamps as text) become its drizzle row type; worked out once per table. */
function rowMapperOf<T extends Table>(table: T): RowMapper<T> {
  let mapper = rowMappers.get(table);
  if (!mapper) {
    const kindOf = (columnType: string) => (columnType === 'PgTimestamp' ? 'timestamp' : columnType === 'PgBigInt53' ? 'bigint' : columnType === 'PgCustomColumn' ? 'custom' : 'other');
    const columns: MappedColumn[] = Object.entries(getTableColumns(table)).map(([key, column]) => ({
      key,
      name: column.name,
      kind: kindOf(column.columnType),
      fromDriver: (value) => column.mapFromDriverValue(value),
    }));
    mapper = {
      columns,
      map(json) {
        const row: Record<string, unknown> = {};
        for (const { key, name, kind, fromDriver } of columns) {
          const value = json[name];
          if (value === null || value === undefined) row[key] = null;
          // Timestamps arrive as text (drizzle's parsers, and JSON), int8 as text from a raw select; custom types (bytea) map themselves.
          else if (kind === 'timestamp') row[key] = value instanceof Date ? value : new Date(value as string);
          else if (kind === 'bigint') row[key] = Number(value);
          else if (kind === 'custom') row[key] = fromDriver(value);
          else row[key] = value;
        }
        return row;
      },
    };
    rowMappers.set(table, mapper);
  }
  return mapper as RowMapper<T>;
}

/**
 * Maps a row produced by `row_to_json(t)` (or a raw `select` of the table's columns) back to the drizzle row type of
 * `table` (snake_case keys → properties, timestamps → Date), identically on both engines.
 */
export function rowFromJson<T extends Table>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  return rowMapperOf(table).map(json);
}

/** The quoted column list of `table` for raw SQL, with the `omit`ted columns read as null (never-read search vectors). */
export function columnList(table: Table, { omit = [] }: { omit?: string[] } = {}): SQL {
  return sql.raw(rowMapperOf(table).columns.map(({ name }) => (omit.includes(name) ? `null::text as "${name}"` : `"${name}"`)).join(', '));
}
