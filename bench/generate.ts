import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Language } from '@tuki/shared';
import { queryRows, type Db } from '../apps/server/src/db/client.ts';
import { createRandom, type Random } from '../apps/server/src/db/seed/content/random.ts';
import { makePerson } from '../apps/server/src/db/seed/content/people.ts';
import { generateConversation } from '../apps/server/src/db/seed/content/generate.ts';
import { ticketNumberSequence } from '../apps/server/src/modules/workspaces/queries.ts';

const LANGUAGES: [Language, number][] = [['fi', 35], ['et', 20], ['nb', 25], ['en', 20]];
const STATUSES: [string, number][] = [['closed', 45], ['solved', 20], ['open', 15], ['new', 8], ['pending', 8], ['on-hold', 4]];
const PRIORITIES: [string, number][] = [['low', 15], ['normal', 60], ['high', 20], ['urgent', 5]];
const CONFIG: Record<Language, string> = { en: 'tuki_en', fi: 'tuki_fi', et: 'tuki_et', nb: 'tuki_nb' };

type Conversation = ReturnType<typeof generateConversation> & { language: Language };

/** What the generator made, for the scenarios to use. */
export type Dataset = { tickets: number; messages: number; bigTicketId: string; seconds: number };

/**
 * Fills a workspace with `ticketCount` realistic multilingual tickets (about three messages each)
 * by batched `insert … select from unnest(…)`; deterministic for a seed. One ticket gets exactly 50 messages.
 */
export async function generateDataset(
  db: Db,
  { workspaceId, ticketCount, agentIds, groupIds, seed = 42, log = console.log }: { workspaceId: string; ticketCount: number; agentIds: string[]; groupIds: string[]; seed?: number; log?: (line: string) => void },
): Promise<Dataset> {
  const started = performance.now();
  const random = createRandom(seed);
  const pool = buildConversationPool(random, 4000);
  const contactCount = Math.max(100, Math.round(ticketCount / 20));
  const contacts = await insertContacts(db, workspaceId, random, contactCount);
  log(`  ${contacts.length} contacts`);

  const batchSize = 2000;
  const now = Date.now();
  const spanMs = 365 * 86_400_000;
  let messageTotal = 0;
  let bigTicketId = '';
  for (let start = 0; start < ticketCount; start += batchSize) {
    const count = Math.min(batchSize, ticketCount - start);
    const t = { id: [] as string[], number: [] as number[], subject: [] as string[], status: [] as string[], priority: [] as string[], type: [] as string[], language: [] as string[], config: [] as string[], requester: [] as string[], assignee: [] as (string | null)[], group: [] as (string | null)[], tags: [] as string[], created: [] as string[], updated: [] as string[], count: [] as number[] };
    const bodies: string[] = [];
    const m = { ticket: [] as string[], kind: [] as string[], author: [] as string[], user: [] as (string | null)[], contact: [] as (string | null)[], body: [] as string[], language: [] as string[], config: [] as string[], created: [] as string[] };
    for (let i = 0; i < count; i++) {
      const index = start + i;
      const conversation = pool[random.int(0, pool.length - 1)];
      const requester = contacts[random.int(0, contacts.length - 1)];
      const id = randomUUID();
      const createdAt = now - Math.floor((1 - index / ticketCount) * spanMs) - random.int(0, 3_600_000);
      const status = random.weighted(STATUSES);
      const assigned = status !== 'new' && random.chance(0.85);
      const messages = index === 0 ? Array.from({ length: 50 }, (_, k) => conversation.messages[k % conversation.messages.length]) : conversation.messages;
      if (index === 0) bigTicketId = id;
      t.id.push(id);
      t.number.push(index + 1);
      t.subject.push(conversation.subject);
      t.status.push(status);
      t.priority.push(random.weighted(PRIORITIES));
      t.type.push(conversation.type);
      t.language.push(conversation.language);
      t.config.push(CONFIG[conversation.language]);
      t.requester.push(requester);
      t.assignee.push(assigned ? agentIds[random.int(0, agentIds.length - 1)] : null);
      t.group.push(groupIds.length && random.chance(0.9) ? groupIds[random.int(0, groupIds.length - 1)] : null);
      t.tags.push(conversation.tags.join(','));
      let at = createdAt;
      for (const message of messages) {
        at += random.int(60_000, 86_400_000);
        m.ticket.push(id);
        m.kind.push(message.kind);
        const byCustomer = message.author === 'customer';
        m.author.push(byCustomer ? 'contact' : 'agent');
        m.user.push(byCustomer ? null : agentIds[random.int(0, agentIds.length - 1)]);
        m.contact.push(byCustomer ? requester : null);
        m.body.push(message.body);
        m.language.push(conversation.language);
        m.config.push(CONFIG[conversation.language]);
        m.created.push(new Date(Math.min(at, now)).toISOString());
      }
      bodies.push(messages.map((message) => message.body).join(' '));
      t.created.push(new Date(createdAt).toISOString());
      t.updated.push(new Date(Math.min(at, now)).toISOString());
      t.count.push(messages.length);
    }
    const ticketRows = t.id.map((id, k) => ({ id, bodies: bodies[k], number: t.number[k], subject: t.subject[k], status: t.status[k], priority: t.priority[k], type: t.type[k], language: t.language[k], config: t.config[k], requester: t.requester[k], assignee: t.assignee[k], grp: t.group[k], tags: t.tags[k], created: t.created[k], updated: t.updated[k], count: t.count[k] }));
    await db.execute(sql`
      insert into tickets (id, workspace_id, number, subject, status, priority, type, channel, language, requester_id, assignee_id, group_id, tags, created_at, updated_at, message_count, solved_at, search_vector)
      select x.id, ${workspaceId}, x.number, x.subject, x.status, x.priority, x.type, 'email', x.language, x.requester, x.assignee, x.grp,
             string_to_array(x.tags, ','), x.created, x.updated, x.count,
             case when x.status in ('solved', 'closed') then x.updated end,
             setweight(to_tsvector(x.config::regconfig, x.subject), 'A') || setweight(to_tsvector(x.config::regconfig, x.bodies), 'B')
      from jsonb_to_recordset(${JSON.stringify(ticketRows)}::jsonb)
           as x(id uuid, bodies text, number bigint, subject text, status text, priority text, type text, language text, config text, requester uuid, assignee uuid, grp uuid, tags text, created timestamptz, updated timestamptz, count int)`);
    const messageRows = m.ticket.map((ticket, k) => ({ ticket, kind: m.kind[k], author: m.author[k], usr: m.user[k], contact: m.contact[k], body: m.body[k], language: m.language[k], config: m.config[k], created: m.created[k] }));
    await db.execute(sql`
      insert into messages (workspace_id, ticket_id, kind, channel, author_type, author_user_id, author_contact_id, body_text, language, created_at, search_vector)
      select ${workspaceId}, x.ticket, x.kind, 'email', x.author, x.usr, x.contact, x.body, x.language, x.created, to_tsvector(x.config::regconfig, x.body)
      from jsonb_to_recordset(${JSON.stringify(messageRows)}::jsonb)
           as x(ticket uuid, kind text, author text, usr uuid, contact uuid, body text, language text, config text, created timestamptz)`);
    messageTotal += m.ticket.length;
    if ((start / batchSize) % 25 === 0) log(`  ${start + count} / ${ticketCount} tickets, ${messageTotal} messages (${Math.round((performance.now() - started) / 1000)} s)`);
  }
  await db.execute(sql.raw(`select setval('${ticketNumberSequence(workspaceId)}', ${ticketCount})`));
  await db.execute(sql`analyze tickets`);
  await db.execute(sql`analyze messages`);
  return { tickets: ticketCount, messages: messageTotal, bigTicketId, seconds: Math.round((performance.now() - started) / 1000) };
}

function buildConversationPool(random: Random, size: number): Conversation[] {
  const pool: Conversation[] = [];
  for (let i = 0; i < size; i++) {
    const language = random.weighted(LANGUAGES);
    pool.push({ ...generateConversation(random, language), language });
  }
  return pool;
}

async function insertContacts(db: Db, workspaceId: string, random: Random, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 5000) {
    const batch = { id: [] as string[], name: [] as string[], language: [] as string[], email: [] as string[] };
    for (let i = start; i < Math.min(count, start + 5000); i++) {
      const language = random.weighted(LANGUAGES);
      const person = makePerson(random, language);
      batch.id.push(randomUUID());
      batch.name.push(person.name);
      batch.language.push(language);
      batch.email.push(person.email.replace('@', `.${i}@`).toLowerCase());
    }
    const rows = JSON.stringify(batch.id.map((id, k) => ({ id, name: batch.name[k], language: batch.language[k], email: batch.email[k] })));
    await db.execute(sql`insert into contacts (id, workspace_id, name, language) select x.id, ${workspaceId}, x.name, x.language from jsonb_to_recordset(${rows}::jsonb) as x(id uuid, name text, language text, email text)`);
    await db.execute(sql`insert into contact_identities (workspace_id, contact_id, kind, value, display) select ${workspaceId}, x.id, 'email', x.email, x.email from jsonb_to_recordset(${rows}::jsonb) as x(id uuid, name text, language text, email text)`);
    ids.push(...batch.id);
  }
  return ids;
}

/** How many tickets a workspace already has (a generated dataset is reused across runs). */
export async function countTickets(db: Db, workspaceId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from tickets where workspace_id = ${workspaceId}`);
  return row.count;
}
