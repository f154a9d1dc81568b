import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../../test/harness.ts';
import { columnList, compiledStatement, rowFromJson, type Database } from './client.ts';
import { inboundEmails, tickets } from './schema/index.ts';

// The hot paths run compiledStatement: SQL built once, values filled per call, raw rows mapped back to drizzle rows.
let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(async () => {
  await drop();
});

describe('compiledStatement', () => {
  it('builds its SQL once and fills the named values on every call', async () => {
    let builds = 0;
    const echo = compiledStatement<{ n: number; word: string }>('tuki_test_echo', () => {
      builds += 1;
      return sql`select ${sql.placeholder('n')}::int + 1 as n, ${sql.placeholder('word')}::text as word`;
    });
    expect(await echo(database.db, { n: 1, word: 'yksi' })).toEqual([{ n: 2, word: 'yksi' }]);
    expect(await echo(database.db, { n: 41, word: 'üks' })).toEqual([{ n: 42, word: 'üks' }]);
    await database.db.transaction(async (tx) => {
      expect(await echo(tx as never, { n: 9, word: 'en' })).toEqual([{ n: 10, word: 'en' }]);
    });
    expect(builds).toBe(1);
  });

  it('maps raw rows to drizzle rows: timestamps as Dates, int8 as numbers, bytea as a Buffer, omitted columns as null', async () => {
    const read = compiledStatement<Record<string, unknown>>(
      'tuki_test_raw_row',
      () => sql`select ${columnList(tickets, { omit: ['search_vector'] })} from (select
        gen_random_uuid() as id, gen_random_uuid() as workspace_id, 1234::bigint as number, 'Subject' as subject, 'open' as status, 'normal' as priority,
        'question' as type, 'email' as channel, 'fi' as language, gen_random_uuid() as requester_id, null::uuid as assignee_id, null::uuid as group_id,
        array['a']::text[] as tags, '{"x":1}'::jsonb as custom_fields, null::timestamptz as due_at, null::uuid as merged_into_id, null::uuid as problem_id,
        2 as message_count, '2026-11-24T10:00:00Z'::timestamptz as created_at, '2026-11-24T11:00:00Z'::timestamptz as updated_at,
        null::timestamptz as solved_at, null::timestamptz as closed_at, null::timestamptz as first_response_at, null::timestamptz as last_customer_message_at,
        'a:1'::tsvector as search_vector) t`,
    );
    const [row] = await read(database.db, {});
    const ticket = rowFromJson(tickets, row);
    expect(ticket.number).toBe(1234);
    expect(ticket.createdAt).toEqual(new Date('2026-11-24T10:00:00Z'));
    expect(ticket.dueAt).toBeNull();
    expect(ticket.tags).toEqual(['a']);
    expect(ticket.customFields).toEqual({ x: 1 });
    expect(ticket.searchVector).toBeNull();

    const raw = compiledStatement<Record<string, unknown>>('tuki_test_raw_bytes', () => sql`select ${sql.placeholder('raw')}::bytea as raw`);
    const [bytes] = await raw(database.db, { raw: Buffer.from([0, 1, 2, 255]) });
    const mapped = rowFromJson(inboundEmails, bytes);
    expect(Buffer.isBuffer(mapped.raw)).toBe(true);
    expect([...mapped.raw]).toEqual([0, 1, 2, 255]);
  });
});
