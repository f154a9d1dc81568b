import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { at, createdAt, id, workspaceId } from './columns.ts';
import { workspaces } from './workspaces.ts';

/** Companies customers belong to. */
export const companies = pgTable(
  'companies',
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    domain: text('domain'),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('companies_workspace_name_idx').on(t.workspaceId, t.name)],
);

/** Customers. */
export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    language: text('language').notNull().default('en'),
    timeZone: text('time_zone'),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('contacts_workspace_idx').on(t.workspaceId, t.createdAt),
    index('contacts_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('contacts_company_idx').on(t.companyId),
  ],
);

/** A contact's e-mail addresses and phone numbers; `value` is normalised (lower-case e-mail, digits-only phone). */
export const contactIdentities = pgTable(
  'contact_identities',
  {
    id: id(),
    workspaceId: workspaceId(),
    contactId: uuid('contact_id').notNull().references(() => contacts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    value: text('value').notNull(),
    display: text('display').notNull(),
    bouncingAt: at('bouncing_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('contact_identities_value_key').on(t.workspaceId, t.kind, t.value),
    index('contact_identities_contact_idx').on(t.contactId),
    index('contact_identities_value_trgm_idx').using('gin', sql`${t.value} gin_trgm_ops`),
  ],
);
