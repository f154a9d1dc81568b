import { describe, expect, it } from 'vitest';
import type { Language } from '@tuki/shared';
import { SCENARIOS } from './conversations.ts';
import { DEMO_CONTACT_LANGUAGES, DEMO_COUNTS, generateConversation, generateDemoWorkspace } from './generate.ts';
import { FIRST_NAMES, LAST_NAMES, makePerson } from './people.ts';
import { createRandom } from './random.ts';

const LANGUAGES: readonly Language[] = ['en', 'fi', 'et', 'nb'];
const UNFILLED = /\{\w+\}/;

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps int() within bounds and weighted() in proportion', () => {
    const random = createRandom(1);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) {
      const n = random.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
      counts[random.weighted<'a' | 'b'>([['a', 9], ['b', 1]])]++;
    }
    expect(counts.a / 10_000).toBeGreaterThan(0.85);
    expect(counts.a / 10_000).toBeLessThan(0.95);
  });
});

describe('scenarios', () => {
  it('has at least 40 scenarios with unique ids and complete texts in all four languages', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const scenario of SCENARIOS) {
      for (const language of LANGUAGES) {
        const text = scenario[language];
        expect(text, `${scenario.id}/${language}`).toBeDefined();
        expect(text.subjects.length, `${scenario.id}/${language} subjects`).toBeGreaterThanOrEqual(2);
        expect(text.subjects.length).toBeLessThanOrEqual(3);
        expect(text.openings.length, `${scenario.id}/${language} openings`).toBeGreaterThanOrEqual(2);
        expect(text.openings.length).toBeLessThanOrEqual(3);
        expect(text.reply.length).toBeGreaterThan(40);
      }
      expect(scenario.tags.length).toBeGreaterThan(0);
      for (const tag of scenario.tags) expect(tag).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('uses the same placeholders in every language of a scenario’s opening variants', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const scenario of SCENARIOS) {
      for (let variant = 0; variant < scenario.en.openings.length; variant++) {
        const expected = placeholders(scenario.en.openings[variant]);
        for (const language of LANGUAGES) {
          expect(placeholders(scenario[language].openings[variant]), `${scenario.id}/${language}#${variant}`).toEqual(expected);
        }
      }
    }
  });

  it('Finnish texts contain inflected forms that search must handle', () => {
    const finnish = SCENARIOS.flatMap((s) => [...s.fi.subjects, ...s.fi.openings, s.fi.reply, s.fi.followUp ?? '']).join('\n');
    for (const word of ['laskussani', 'laskun', 'laskuista', 'laskusta', 'tilauksesta', 'salasanan', 'tilillesi']) {
      expect(finnish, word).toContain(word);
    }
    const estonian = SCENARIOS.flatMap((s) => [...s.et.openings, s.et.reply]).join('\n');
    expect(estonian).toContain('arvel');
    const norwegian = SCENARIOS.flatMap((s) => [...s.nb.openings, s.nb.reply]).join('\n');
    expect(norwegian).toContain('fakturaen');
  });
});

describe('generateConversation', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const run = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, (_, i) => generateConversation(random, LANGUAGES[i % 4]));
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });

  it('leaves no placeholder unfilled in any scenario, language or message shape', () => {
    const random = createRandom(99);
    for (const scenario of SCENARIOS) {
      for (const language of LANGUAGES) {
        for (let i = 0; i < 12; i++) {
          const conversation = generateConversation(random, language, { scenario: scenario.id, messageCount: (i % 6) + 1 });
          expect(conversation.subject).not.toMatch(UNFILLED);
          for (const message of conversation.messages) expect(message.body, `${scenario.id}/${language}`).not.toMatch(UNFILLED);
        }
      }
    }
  });

  it('produces 1–6 messages starting with the customer, with notes only from agents', () => {
    const random = createRandom(5);
    for (let i = 0; i < 500; i++) {
      const { messages } = generateConversation(random, 'fi');
      expect(messages.length).toBeGreaterThanOrEqual(1);
      expect(messages.length).toBeLessThanOrEqual(6);
      expect(messages[0]).toMatchObject({ author: 'customer', kind: 'reply' });
      for (const message of messages) if (message.kind === 'note') expect(message.author).toBe('agent');
    }
    const exact = generateConversation(random, 'nb', { messageCount: 6 });
    expect(exact.messages.map((m) => `${m.author}:${m.kind}`)).toEqual([
      'customer:reply', 'agent:note', 'agent:reply', 'customer:reply', 'agent:reply', 'customer:reply',
    ]);
  });

  it('fills in the customer and agent names it is given', () => {
    const conversation = generateConversation(createRandom(3), 'fi', {
      scenario: 'invoice-unclear', customerName: 'Aino Virtanen', agentName: 'Juha Korhonen', messageCount: 2, withNote: false,
    });
    expect(conversation.messages[1].body).toContain('Aino');
    expect(conversation.messages[1].body).toContain('Juha Korhonen');
    expect(conversation.group).toBe('Billing');
  });
});

describe('makePerson', () => {
  it('uses local names, reserved domains and local phone formats', () => {
    const random = createRandom(11);
    const phoneFormats: Record<Language, RegExp> = {
      fi: /^\+358 (40|41|44|45|50) \d{3} \d{4}$/,
      et: /^\+372 5\d{3} \d{4}$/,
      nb: /^\+47 [49]\d{2} \d{2} \d{3}$/,
      en: /^\+44 7700 900\d{3}$/,
    };
    for (const language of LANGUAGES) {
      for (let i = 0; i < 50; i++) {
        const person = makePerson(random, language);
        expect(FIRST_NAMES[language]).toContain(person.firstName);
        expect(LAST_NAMES[language]).toContain(person.lastName);
        expect(person.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.example(\.co\.uk)?$/);
        expect(person.phone).toMatch(phoneFormats[language]);
      }
    }
  });
});

describe('generateDemoWorkspace', () => {
  const demo = generateDemoWorkspace(2025);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoWorkspace(2025)).toEqual(demo);
    expect(generateDemoWorkspace(2026).tickets).not.toEqual(demo.tickets);
  });

  it('has the documented counts and roles', () => {
    expect(demo.agents).toHaveLength(DEMO_COUNTS.agents);
    expect(demo.groups).toHaveLength(DEMO_COUNTS.groups);
    expect(demo.companies).toHaveLength(DEMO_COUNTS.companies);
    expect(demo.contacts).toHaveLength(DEMO_COUNTS.contacts);
    expect(demo.tickets).toHaveLength(DEMO_COUNTS.tickets);
    const roles = demo.agents.map((a) => a.role);
    expect(roles.filter((r) => r === 'admin')).toHaveLength(1);
    expect(roles.filter((r) => r === 'supervisor')).toHaveLength(1);
    expect(roles.filter((r) => r === 'agent')).toHaveLength(5);
    expect(roles.filter((r) => r === 'read-only')).toHaveLength(1);
    for (const agent of demo.agents) expect(agent.email).toMatch(/^[a-z]+@demo\.tuki\.example$/);
    expect(new Set(demo.agents.map((a) => a.language))).toEqual(new Set(LANGUAGES));
    expect(demo.groups.map((g) => g.name)).toEqual(['Tier 1', 'Tier 2', 'Billing', 'Product', 'Sales', 'IT']);
  });

  it('has valid references throughout', () => {
    const { agents, groups, companies, contacts, tickets } = demo;
    for (const group of groups) for (const member of group.members) expect(agents[member]).toBeDefined();
    for (const contact of contacts) if (contact.company !== null) expect(companies[contact.company].language).toBe(contact.language);
    expect(new Set(contacts.map((c) => c.email.toLowerCase())).size).toBe(contacts.length);
    for (const ticket of tickets) {
      expect(contacts[ticket.requester]).toBeDefined();
      expect(groups[ticket.group]).toBeDefined();
      if (ticket.assignee !== null) {
        expect(groups[ticket.group].members).toContain(ticket.assignee);
        expect(agents[ticket.assignee].role).not.toBe('read-only');
      }
      expect(ticket.messages.length).toBeGreaterThanOrEqual(1);
      expect(ticket.messages.length).toBeLessThanOrEqual(6);
      let previous = 0;
      for (const message of ticket.messages) {
        expect(message.minutesAfterCreated).toBeGreaterThanOrEqual(previous);
        expect(message.minutesAfterCreated).toBeLessThanOrEqual(ticket.createdMinutesAgo);
        previous = message.minutesAfterCreated;
        if (message.author === 'agent') expect(agents[message.agent ?? -1]).toBeDefined();
        else expect(message.agent).toBeNull();
        expect(message.body).not.toMatch(UNFILLED);
      }
      expect(ticket.createdMinutesAgo).toBeLessThanOrEqual(60 * 1440);
    }
  });

  it('mixes languages as documented and takes the ticket language from the requester', () => {
    for (const language of LANGUAGES) {
      expect(demo.contacts.filter((c) => c.language === language)).toHaveLength(DEMO_CONTACT_LANGUAGES[language]);
    }
    expect(DEMO_CONTACT_LANGUAGES).toEqual({ fi: 28, et: 16, nb: 20, en: 16 });
    expect(demo.contacts.filter((c) => c.company !== null).length).toBeGreaterThan(demo.contacts.length / 2);
    for (const ticket of demo.tickets) expect(ticket.language).toBe(demo.contacts[ticket.requester].language);
    for (const language of LANGUAGES) expect(demo.tickets.some((t) => t.language === language)).toBe(true);
  });

  it('has a realistic status mix with mostly solved or closed tickets', () => {
    const count = (status: string) => demo.tickets.filter((t) => t.status === status).length;
    expect(count('solved') + count('closed')).toBeGreaterThan(demo.tickets.length / 2);
    for (const status of ['new', 'open', 'pending', 'on-hold']) expect(count(status)).toBeGreaterThan(0);
    for (const ticket of demo.tickets) if (ticket.status === 'new') expect(ticket.messages).toHaveLength(1);
  });
});
