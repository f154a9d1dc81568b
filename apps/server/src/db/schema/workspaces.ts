import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { at, createdAt, id, workspaceId } from './columns.ts';

/** A tenant: one support organisation. */
export const workspaces = pgTable('workspaces', {
  id: id(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  defaultLanguage: text('default_language').notNull().default('en'),
  languages: text('languages').array().notNull().default(sql`'{en}'::text[]`),
  timeZone: text('time_zone').notNull().default('Europe/Helsinki'),
  createdAt: createdAt(),
});

/** Agents, supervisors, admins and read-only users. E-mail is unique across Tuki. */
export const users = pgTable(
  'users',
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role').notNull().default('agent'),
    language: text('language').notNull().default('en'),
    timeZone: text('time_zone').notNull().default('Europe/Helsinki'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    lastLoginAt: at('last_login_at'),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`), index('users_workspace_idx').on(t.workspaceId)],
);

/** Support tiers and departments. */
export const groups = pgTable(
  'groups',
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind').notNull().default('tier'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('groups_workspace_name_key').on(t.workspaceId, sql`lower(${t.name})`)],
);

/** Who belongs to which group. */
export const groupMembers = pgTable(
  'group_members',
  {
    workspaceId: workspaceId(),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId)],
);

/** Browser sessions; the id is the SHA-256 of the cookie value. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Personal API tokens; only a SHA-256 of the secret is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    workspaceId: workspaceId(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/** Failed login attempts, for rate limiting across instances. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    key: text('key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('login_attempts_key_idx').on(t.key, t.createdAt)],
);

/** Admin-defined custom ticket fields. */
export const customFields = pgTable(
  'custom_fields',
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type').notNull(),
    options: jsonb('options').$type<string[]>().notNull().default([]),
    required: boolean('required').notNull().default(false),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('custom_fields_workspace_key').on(t.workspaceId, t.key)],
);
