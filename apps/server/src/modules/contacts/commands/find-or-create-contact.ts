import { and, eq } from 'drizzle-orm';
import type { Language } from '@tuki/shared';
import { isUniqueViolation } from '../../../lib/errors.ts';
import type { Db } from '../../../db/client.ts';
import { contactIdentities, contacts } from '../../../db/schema/index.ts';
import { normalizeEmail } from '../queries.ts';

/** What identifies a customer arriving through a channel. */
export type ContactByEmail = { workspaceId: string; email: string; name?: string | null; language?: Language };

async function contactForEmail(db: Db, workspaceId: string, email: string) {
  const [row] = await db
    .select({ id: contacts.id, language: contacts.language })
    .from(contactIdentities)
    .innerJoin(contacts, eq(contacts.id, contactIdentities.contactId))
    .where(and(eq(contactIdentities.workspaceId, workspaceId), eq(contactIdentities.kind, 'email'), eq(contactIdentities.value, email)))
    .limit(1);
  return row;
}

/** Returns the contact owning the e-mail address, creating it (and its identity) when new; safe under concurrency. */
export async function findOrCreateContact(db: Db, input: ContactByEmail): Promise<{ id: string; language: string; created: boolean }> {
  const email = normalizeEmail(input.email);
  const existing = await contactForEmail(db, input.workspaceId, email);
  if (existing) return { ...existing, created: false };
  const name = input.name?.trim() || email.split('@')[0];
  try {
    return await db.transaction(async (tx) => {
      const [contact] = await tx
        .insert(contacts)
        .values({ workspaceId: input.workspaceId, name, language: input.language ?? 'en' })
        .returning({ id: contacts.id, language: contacts.language });
      await tx.insert(contactIdentities).values({ workspaceId: input.workspaceId, contactId: contact.id, kind: 'email', value: email, display: input.email.trim() });
      return { ...contact, created: true };
    });
  } catch (error) {
    // A concurrent request created the same address first: use that contact.
    const winner = isUniqueViolation(error) ? await contactForEmail(db, input.workspaceId, email) : undefined;
    if (!winner) throw error;
    return { ...winner, created: false };
  }
}
