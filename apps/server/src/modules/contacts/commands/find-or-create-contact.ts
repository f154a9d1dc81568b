import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Language } from '@tuki/shared';
import { queryRows, type Db } from '../../../db/client.ts';
import { findContactByEmail, normalizeEmail } from '../queries.ts';

/** What identifies a customer arriving through a channel. */
export type ContactByEmail = { workspaceId: string; email: string; name?: string | null; language?: Language };

/** A contact as the ticket and conversation commands need it. */
export type FoundContact = { id: string; language: string; created: boolean };

/**
 * Creates the contact for an e-mail address unless the address already has one, in one
 * statement: the identity is claimed first (`on conflict do nothing`), and the contact row is
 * written only when the claim succeeded. Never raises a unique violation, so it is safe inside
 * a caller's transaction. Returns undefined when another writer owns the address.
 */
async function insertContactForEmail(db: Db, input: ContactByEmail, email: string): Promise<{ id: string; language: string } | undefined> {
  const [row] = await queryRows<{ id: string; language: string }>(
    db,
    sql`with identity as (
          insert into contact_identities (workspace_id, contact_id, kind, value, display)
          values (${input.workspaceId}, ${randomUUID()}, 'email', ${email}, ${input.email.trim()})
          on conflict (workspace_id, kind, value) do nothing
          returning contact_id
        )
        insert into contacts (id, workspace_id, name, language)
        select contact_id, ${input.workspaceId}, ${input.name?.trim() || email.split('@')[0]}, ${input.language ?? 'en'} from identity
        returning id, language`,
    { prepare: 'tuki_insert_contact_for_email' },
  );
  return row;
}

/**
 * Returns the contact owning the e-mail address, creating it (and its identity) when new; safe under concurrency.
 * `knownAbsent`: the caller just looked the address up and found no contact, so creating is tried first.
 */
export async function findOrCreateContact(db: Db, input: ContactByEmail, { knownAbsent = false } = {}): Promise<FoundContact> {
  const email = normalizeEmail(input.email);
  const existing = knownAbsent ? undefined : await findContactByEmail(db, input.workspaceId, email);
  if (existing) return { ...existing, created: false };
  const created = await insertContactForEmail(db, input, email);
  if (created) return { ...created, created: true };
  // A concurrent writer claimed the address between our lookup and insert: use its contact.
  const winner = await findContactByEmail(db, input.workspaceId, email);
  if (!winner) throw new Error(`The contact for ${email} was claimed concurrently but cannot be read`);
  return { ...winner, created: false };
}
