import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { keysetAfter } from '../../db/keyset.ts';
import { queryRows, type Db } from '../../db/client.ts';
import { companies, contactIdentities, contacts } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';

/** Normalises an e-mail address for lookups. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Normalises a phone number to + and digits. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
}

/** Loads a contact; throws not_found. */
export async function getContact(db: Db, workspaceId: string, contactId: string) {
  const [row] = await db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId))).limit(1);
  return found(row, 'Contact');
}

/** The contact owning an e-mail address (id and language), or undefined. A prepared statement: every ticket created by address asks. */
export async function findContactByEmail(db: Db, workspaceId: string, email: string): Promise<{ id: string; language: string } | undefined> {
  const [row] = await queryRows<{ id: string; language: string }>(
    db,
    sql`select c.id, c.language from contact_identities i join contacts c on c.id = i.contact_id
        where i.workspace_id = ${workspaceId} and i.kind = 'email' and i.value = ${normalizeEmail(email)} limit 1`,
    { prepare: 'tuki_contact_for_email' },
  );
  return row;
}

/** The contacts owning e-mail addresses (normalised), in one statement; keyed by `${workspaceId} ${email}`. */
export async function findContactsByEmails(db: Db, addresses: { workspaceId: string; email: string }[]): Promise<Map<string, { id: string; language: string }>> {
  const byAddress = new Map<string, { id: string; language: string }>();
  const wanted = [...new Map(addresses.map(({ workspaceId, email }) => [`${workspaceId} ${normalizeEmail(email)}`, { w: workspaceId, e: normalizeEmail(email) }])).values()];
  if (!wanted.length) return byAddress;
  const rows = await queryRows<{ workspace_id: string; email: string; id: string; language: string }>(
    db,
    sql`select v.w as workspace_id, v.e as email, c.id, c.language
        from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as v(w uuid, e text)
        cross join lateral (select i.contact_id from contact_identities i where i.workspace_id = v.w and i.kind = 'email' and i.value = v.e limit 1) i
        join contacts c on c.id = i.contact_id`,
    { prepare: 'tuki_contacts_for_emails' },
  );
  for (const row of rows) byAddress.set(`${row.workspace_id} ${row.email}`, { id: row.id, language: row.language });
  return byAddress;
}

/** The id of the contact owning an e-mail address, or undefined. */
export async function findContactIdByEmail(db: Db, workspaceId: string, email: string): Promise<string | undefined> {
  return (await findContactByEmail(db, workspaceId, email))?.id;
}

/**
 * A subquery (`id`, `language`) that finds one contact in a workspace by id, else by a normalised
 * e-mail address, for statements of other modules that must find a contact in the same round
 * trip. The arguments are SQL expressions; a null one matches nothing.
 */
export function contactLookupSql({ workspaceId, contactId, email }: { workspaceId: SQL; contactId: SQL; email: SQL }): SQL {
  return sql`select c.id, c.language from contacts c where c.workspace_id = ${workspaceId} and c.id = ${contactId}
             union all
             select c.id, c.language from contact_identities i join contacts c on c.id = i.contact_id
             where i.workspace_id = ${workspaceId} and i.kind = 'email' and i.value = ${email}
             limit 1`;
}

/** E-mail addresses and phones of the given contacts, grouped by contact id. */
export async function findIdentities(db: Db, contactIds: string[]) {
  const byContact = new Map<string, { emails: string[]; phones: string[] }>();
  if (!contactIds.length) return byContact;
  const rows = await db.select().from(contactIdentities).where(inArray(contactIdentities.contactId, contactIds)).orderBy(asc(contactIdentities.createdAt));
  for (const row of rows) {
    let entry = byContact.get(row.contactId);
    if (!entry) byContact.set(row.contactId, (entry = { emails: [], phones: [] }));
    (row.kind === 'email' ? entry.emails : entry.phones).push(row.display);
  }
  return byContact;
}

/** Finds contacts by name (fuzzy), e-mail or phone (prefix/substring); without `q`, lists by name. */
export async function findContacts(db: Db, workspaceId: string, { q, limit, after }: { q?: string; limit: number; after?: { name: string; id: string } }) {
  const term = q?.trim();
  const matches = term
    ? or(
        ilike(contacts.name, `%${term.replace(/[%_\\]/g, '\\$&')}%`),
        sql`${contacts.id} in (select contact_id from contact_identities where workspace_id = ${workspaceId} and value like ${`%${(term.includes('@') ? normalizeEmail(term) : /^[+\d\s()-]{3,}$/.test(term) ? normalizePhone(term) : term.toLowerCase()).replace(/[%_\\]/g, '\\$&')}%`})`,
      )
    : undefined;
  const rows = await db
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.workspaceId, workspaceId),
        matches,
        keysetAfter(contacts.name, contacts.id, after && { value: after.name, id: after.id }, 'asc'),
      ),
    )
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** Loads a company; throws not_found. */
export async function getCompany(db: Db, workspaceId: string, companyId: string) {
  const [row] = await db.select().from(companies).where(and(eq(companies.workspaceId, workspaceId), eq(companies.id, companyId))).limit(1);
  return found(row, 'Company');
}

/** Lists companies by name. */
export async function findCompanies(db: Db, workspaceId: string, { q, limit, after }: { q?: string; limit: number; after?: { name: string; id: string } }) {
  const rows = await db
    .select()
    .from(companies)
    .where(
      and(
        eq(companies.workspaceId, workspaceId),
        q ? ilike(companies.name, `%${q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
        keysetAfter(companies.name, companies.id, after && { value: after.name, id: after.id }, 'asc'),
      ),
    )
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** A contact's first e-mail address with their name and language, and whether the address is known to bounce. */
export async function findFirstEmail(db: Db, contactId: string): Promise<{ address: string; name: string; language: string; bouncing: boolean } | undefined> {
  const [row] = await db
    .select({ address: contactIdentities.display, name: contacts.name, language: contacts.language, bouncingAt: contactIdentities.bouncingAt })
    .from(contactIdentities)
    .innerJoin(contacts, eq(contacts.id, contactIdentities.contactId))
    .where(and(eq(contactIdentities.contactId, contactId), eq(contactIdentities.kind, 'email')))
    .orderBy(asc(contactIdentities.createdAt))
    .limit(1);
  return row && { address: row.address, name: row.name, language: row.language, bouncing: row.bouncingAt !== null };
}

/** Names and first e-mail addresses of the given contacts (primary-key lookups), keyed by contact id; for ticket lists. */
export async function findContactSummaries(db: Db, workspaceId: string, contactIds: string[]): Promise<Map<string, { id: string; name: string; email: string | null }>> {
  const ids = [...new Set(contactIds)];
  if (!ids.length) return new Map();
  // Qualified by hand: drizzle leaves columns of a single-table select unqualified, which would bind `id` inside the subquery.
  const firstEmail = sql<string | null>`(select ci.display from contact_identities ci where ci.contact_id = "contacts"."id" and ci.kind = 'email' order by ci.created_at limit 1)`;
  const rows = await db
    .select({ id: contacts.id, name: contacts.name, email: firstEmail })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids)));
  return new Map(rows.map((row) => [row.id, row]));
}
