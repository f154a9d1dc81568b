import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key: a random UUID made by the database. */
export const id = () => uuid('id').primaryKey().defaultRandom();
/** The owning workspace; every row has one. */
export const workspaceId = () => uuid('workspace_id').notNull();
/** A UTC timestamp column returned as a Date. */
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** `created_at`, set by the database. */
export const createdAt = () => at('created_at').notNull().defaultNow();

/** A PostgreSQL tsvector (written with SQL functions, never read by the app). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Raw bytes (PostgreSQL bytea); always read back as a Buffer on both engines. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
