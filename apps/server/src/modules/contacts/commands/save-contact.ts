import { eq } from 'drizzle-orm';
import type { ContactBody } from '@tuki/shared';
import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { contactIdentities, contacts } from '../../../db/schema/index.ts';
import { AppError, isUniqueViolation } from '../../../lib/errors.ts';
import { assertTimeZone } from '../../../lib/time.ts';
import { getCompany, normalizeEmail, normalizePhone } from '../queries.ts';

/** Creates a contact or changes one; given e-mail and phone lists replace the old ones. An address belongs to one contact only. */
export async function saveContact(ctx: CommandContext, input: ContactBody, existing?: typeof contacts.$inferSelect) {
  const workspaceId = ctx.actor.workspaceId;
  if (input.timeZone) assertTimeZone(input.timeZone);
  if (input.companyId) await getCompany(ctx.db, workspaceId, input.companyId).catch(() => {
    throw new AppError('validation_failed', 'companyId: no such company in this workspace');
  });
  const identities = [
    ...(input.emails ?? []).map((display) => ({ kind: 'email', value: normalizeEmail(display), display: display.trim() })),
    ...(input.phones ?? []).map((display) => ({ kind: 'phone', value: normalizePhone(display), display: display.trim() })),
  ];
  try {
    return await inTransaction(ctx, async (tx) => {
      const values = {
        name: input.name.trim(),
        ...(input.language ? { language: input.language } : {}),
        ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
        ...(input.companyId !== undefined ? { companyId: input.companyId } : {}),
      };
      const [contact] = existing
        ? await tx.db.update(contacts).set(values).where(eq(contacts.id, existing.id)).returning()
        : await tx.db.insert(contacts).values({ ...values, workspaceId }).returning();
      const replaceEmails = input.emails !== undefined;
      const replacePhones = input.phones !== undefined;
      if (existing && (replaceEmails || replacePhones)) {
        const current = await tx.db.select().from(contactIdentities).where(eq(contactIdentities.contactId, contact.id));
        for (const identity of current) {
          if ((identity.kind === 'email' && replaceEmails) || (identity.kind === 'phone' && replacePhones)) {
            await tx.db.delete(contactIdentities).where(eq(contactIdentities.id, identity.id));
          }
        }
      }
      if (identities.length) await tx.db.insert(contactIdentities).values(identities.map((identity) => ({ ...identity, workspaceId, contactId: contact.id })));
      return contact;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'One of the e-mail addresses or phone numbers already belongs to another contact');
    throw error;
  }
}
