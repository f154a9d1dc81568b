import type { Channel, GroupKind, Language, MessageKind, TicketPriority, TicketStatus, TicketType, UserRole } from '@tuki/shared';
import {
  AMOUNTS, DATES, PHRASES, PLACEHOLDERS, PLANS, PRODUCTS, SCENARIOS,
  type GroupName, type Phrases, type Placeholder, type Scenario,
} from './conversations.ts';
import { COMPANY_NAMES, FIRST_NAMES, LAST_NAMES, TIME_ZONES, makeCompany, makePerson, toAsciiSlug, type Company } from './people.ts';
import { createRandom, type Random } from './random.ts';

/** One message of a generated conversation; `language` differs from the ticket's for English internal notes. */
export type ConversationMessage = {
  author: 'customer' | 'agent';
  kind: MessageKind;
  body: string;
  language: Language;
};

/** A generated support conversation, ready to become a ticket with messages. */
export type GeneratedConversation = {
  scenarioId: string;
  subject: string;
  priority: TicketPriority;
  type: TicketType;
  tags: readonly string[];
  group: GroupName;
  messages: ConversationMessage[];
};

/** Knobs for `generateConversation`; everything not given is chosen at random. */
export type ConversationOptions = {
  /** Scenario id (see `SCENARIOS`). */
  scenario?: string;
  customerName?: string;
  agentName?: string;
  company?: string;
  /** 1–6: opening, [note], reply, follow-up, closing, thanks — cut after this many. */
  messageCount?: number;
  /** Include an internal note after the opening message (needs messageCount ≥ 2). */
  withNote?: boolean;
};

type Template = { literals: readonly string[]; slots: readonly number[] };
type CompiledText = { subjects: Template[]; openings: Template[]; reply: Template; followUp: Template | null };
type CompiledScenario = { scenario: Scenario; texts: Record<Language, CompiledText> };
type CompiledPhrases = { [K in keyof Phrases]: Template[] };

const LANGUAGE_LIST: readonly Language[] = ['en', 'fi', 'et', 'nb'];
const PLACEHOLDER_PATTERN = /\{(\w+)\}/g;
const SLOT: Record<string, number> = Object.fromEntries(PLACEHOLDERS.map((name, index) => [name, index]));
const PRIORITY_ORDER: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];
const MESSAGE_COUNT_WEIGHTS: readonly [number, number][] = [[1, 14], [2, 24], [3, 26], [4, 18], [5, 11], [6, 7]];

function compile(text: string): Template {
  const literals: string[] = [];
  const slots: number[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const slot = SLOT[match[1]];
    if (slot === undefined) throw new Error(`Unknown placeholder {${match[1]}} in "${text}"`);
    literals.push(text.slice(last, match.index));
    slots.push(slot);
    last = match.index + match[0].length;
  }
  literals.push(text.slice(last));
  return { literals, slots };
}

function fill(template: Template, values: readonly string[]): string {
  let out = template.literals[0];
  for (let i = 0; i < template.slots.length; i++) out += values[template.slots[i]] + template.literals[i + 1];
  return out;
}

function compileLanguage(scenario: Scenario, language: Language): CompiledText {
  const text = scenario[language];
  return {
    subjects: text.subjects.map(compile),
    openings: text.openings.map(compile),
    reply: compile(text.reply),
    followUp: text.followUp ? compile(text.followUp) : null,
  };
}

const COMPILED: readonly CompiledScenario[] = SCENARIOS.map((scenario) => ({
  scenario,
  texts: { en: compileLanguage(scenario, 'en'), fi: compileLanguage(scenario, 'fi'), et: compileLanguage(scenario, 'et'), nb: compileLanguage(scenario, 'nb') },
}));
const COMPILED_BY_ID = new Map(COMPILED.map((entry) => [entry.scenario.id, entry]));

function compilePhrases(phrases: Phrases): CompiledPhrases {
  const out = {} as CompiledPhrases;
  for (const key of Object.keys(phrases) as (keyof Phrases)[]) out[key] = phrases[key].map(compile);
  return out;
}

const COMPILED_PHRASES: Record<Language, CompiledPhrases> = {
  en: compilePhrases(PHRASES.en), fi: compilePhrases(PHRASES.fi), et: compilePhrases(PHRASES.et), nb: compilePhrases(PHRASES.nb),
};

/** Reused between calls to keep generation allocation-light (generation is synchronous). */
const values: string[] = PLACEHOLDERS.map(() => '');
const slot = (name: Placeholder): number => SLOT[name];

function pickPriority(random: Random, suggested: TicketPriority): TicketPriority {
  if (!random.chance(0.12)) return suggested;
  const index = PRIORITY_ORDER.indexOf(suggested) + (random.chance(0.5) ? 1 : -1);
  return PRIORITY_ORDER[Math.max(0, Math.min(PRIORITY_ORDER.length - 1, index))];
}

/** Generates one realistic conversation in the given language, deterministically from the random source. */
export function generateConversation(random: Random, language: Language, options: ConversationOptions = {}): GeneratedConversation {
  const compiled = options.scenario === undefined ? random.pick(COMPILED) : COMPILED_BY_ID.get(options.scenario);
  if (!compiled) throw new Error(`Unknown scenario ${options.scenario}`);
  const { scenario } = compiled;
  const text = compiled.texts[language];
  const phrases = COMPILED_PHRASES[language];

  const customerName = options.customerName ?? `${random.pick(FIRST_NAMES[language])} ${random.pick(LAST_NAMES[language])}`;
  const space = customerName.indexOf(' ');
  values[slot('customerName')] = customerName;
  values[slot('firstName')] = space > 0 ? customerName.slice(0, space) : customerName;
  values[slot('agentName')] = options.agentName ?? random.pick(FIRST_NAMES[language]);
  values[slot('company')] = options.company ?? random.pick(COMPANY_NAMES[language]);
  values[slot('orderNumber')] = String(random.int(100000, 999999));
  values[slot('invoiceNumber')] = String(random.int(2024000, 2025999));
  values[slot('product')] = random.pick(PRODUCTS[language]);
  values[slot('plan')] = random.pick(PLANS);
  values[slot('amount')] = random.pick(AMOUNTS[language]);
  values[slot('date')] = random.pick(DATES[language]);

  const count = Math.max(1, Math.min(6, options.messageCount ?? random.weighted(MESSAGE_COUNT_WEIGHTS)));
  const withNote = count >= 2 && (count === 6 || (options.withNote ?? random.chance(0.25)));
  const publicCount = withNote ? count - 1 : count;
  const messages: ConversationMessage[] = [];

  let opening = fill(random.pick(text.openings), values) + '\n\n' + fill(random.pick(phrases.customerSignoffs), values);
  if (random.chance(0.7)) opening = fill(random.pick(phrases.customerGreetings), values) + '\n\n' + opening;
  messages.push({ author: 'customer', kind: 'reply', body: opening, language });

  if (withNote) {
    const noteLanguage = random.chance(0.5) ? 'en' : language;
    messages.push({ author: 'agent', kind: 'note', body: fill(random.pick(COMPILED_PHRASES[noteLanguage].notes), values), language: noteLanguage });
  }
  if (publicCount >= 2) messages.push({ author: 'agent', kind: 'reply', body: agentMessage(random, phrases, text.reply), language });
  if (publicCount >= 3) {
    let body = fill(text.followUp && random.chance(0.85) ? text.followUp : random.pick(phrases.genericFollowUps), values);
    if (random.chance(0.5)) body += '\n\n' + fill(random.pick(phrases.customerSignoffs), values);
    messages.push({ author: 'customer', kind: 'reply', body, language });
  }
  if (publicCount >= 4) messages.push({ author: 'agent', kind: 'reply', body: agentMessage(random, phrases, random.pick(phrases.agentClosings)), language });
  if (publicCount >= 5) messages.push({ author: 'customer', kind: 'reply', body: fill(random.pick(phrases.customerThanks), values), language });

  return {
    scenarioId: scenario.id,
    subject: fill(random.pick(text.subjects), values),
    priority: pickPriority(random, scenario.priority),
    type: scenario.type,
    tags: scenario.tags,
    group: scenario.group,
    messages,
  };
}

function agentMessage(random: Random, phrases: CompiledPhrases, body: Template): string {
  return fill(random.pick(phrases.agentGreetings), values) + '\n\n' + fill(body, values) + '\n\n' + fill(random.pick(phrases.agentSignoffs), values);
}

/** A demo agent account. */
export type DemoAgent = { name: string; email: string; role: UserRole; language: Language; timeZone: string };
/** A demo group; `members` are indexes into `agents`. */
export type DemoGroup = { name: GroupName; kind: GroupKind; description: string; members: number[] };
/** A demo customer; `company` is an index into `companies`. */
export type DemoContact = { name: string; email: string; phone: string; language: Language; timeZone: string; company: number | null };
/** A demo message; `agent` indexes `agents` for agent messages, `minutesAfterCreated` orders the timeline. */
export type DemoMessage = ConversationMessage & { agent: number | null; minutesAfterCreated: number };
/** A demo ticket; `requester`, `group` and `assignee` are indexes; `createdMinutesAgo` is relative to seeding time. */
export type DemoTicket = {
  requester: number;
  language: Language;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  type: TicketType;
  channel: Channel;
  tags: readonly string[];
  group: number;
  assignee: number | null;
  createdMinutesAgo: number;
  messages: DemoMessage[];
};
/** The complete plain-data demo workspace; the seeder maps indexes to ids. */
export type DemoWorkspace = {
  agents: DemoAgent[];
  groups: DemoGroup[];
  companies: Company[];
  contacts: DemoContact[];
  tickets: DemoTicket[];
};

/** Sizes of the demo workspace. */
export const DEMO_COUNTS = { agents: 8, groups: 6, companies: 15, contacts: 80, tickets: 200 } as const;

const DEMO_AGENTS: readonly [string, UserRole, Language][] = [
  ['Aino Virtanen', 'admin', 'fi'],
  ['Mari Tamm', 'supervisor', 'et'],
  ['Juha Korhonen', 'agent', 'fi'],
  ['Ingrid Hansen', 'agent', 'nb'],
  ['Tõnu Saar', 'agent', 'et'],
  ['Emily Carter', 'agent', 'en'],
  ['Ola Johansen', 'agent', 'nb'],
  ['Laura Mäkinen', 'read-only', 'fi'],
];

const DEMO_GROUPS: readonly DemoGroup[] = [
  { name: 'Tier 1', kind: 'tier', description: 'First line: orders, deliveries, returns and how-to questions', members: [2, 3, 4, 5, 6, 7] },
  { name: 'Tier 2', kind: 'tier', description: 'Second line: bugs, login problems and escalations', members: [1, 2, 6] },
  { name: 'Billing', kind: 'department', description: 'Invoices, payments and refunds', members: [0, 3, 5] },
  { name: 'Product', kind: 'department', description: 'API, integrations and feature requests', members: [1, 4] },
  { name: 'Sales', kind: 'department', description: 'Plans, quotes and upgrades', members: [0, 5] },
  { name: 'IT', kind: 'department', description: 'Outages, security and privacy requests', members: [0, 6] },
];

/** Share of contacts per language (fi 35 %, et 20 %, nb 25 %, en 20 %). */
export const DEMO_CONTACT_LANGUAGES: Record<Language, number> = { fi: 28, et: 16, nb: 20, en: 16 };
const DEMO_COMPANY_LANGUAGES: Record<Language, number> = { fi: 5, et: 3, nb: 4, en: 3 };

const STATUS_WEIGHTS: readonly [TicketStatus, number][] = [
  ['new', 8], ['open', 14], ['pending', 9], ['on-hold', 4], ['solved', 35], ['closed', 30],
];
const AGE_MINUTES: Record<TicketStatus, readonly [number, number]> = {
  new: [5, 2 * 1440], open: [30, 10 * 1440], pending: [60, 14 * 1440], 'on-hold': [1440, 30 * 1440],
  solved: [1440, 45 * 1440], closed: [7 * 1440, 60 * 1440],
};
const CHANNEL_WEIGHTS: readonly [Channel, number][] = [['email', 55], ['webform', 15], ['chat', 15], ['phone', 10], ['social', 5]];
const REPLY_DELAY: Record<TicketPriority, readonly [number, number]> = {
  urgent: [5, 60], high: [15, 240], normal: [30, 720], low: [60, 1440],
};

function shapeFor(random: Random, status: TicketStatus): { messageCount: number; withNote: boolean } {
  switch (status) {
    case 'new':
      return { messageCount: 1, withNote: false };
    case 'open':
      return random.chance(0.7) ? { messageCount: 3, withNote: false } : { messageCount: 4, withNote: true };
    case 'pending':
    case 'on-hold':
      return random.chance(0.7) ? { messageCount: 2, withNote: false } : { messageCount: 3, withNote: true };
    default:
      return random.weighted<{ messageCount: number; withNote: boolean }>([
        [{ messageCount: 2, withNote: false }, 2], [{ messageCount: 4, withNote: false }, 3],
        [{ messageCount: 5, withNote: false }, 3], [{ messageCount: 6, withNote: true }, 2],
      ]);
  }
}

function messageDelay(random: Random, message: ConversationMessage, previous: ConversationMessage, priority: TicketPriority): number {
  if (message.kind === 'note') return random.int(5, 120);
  if (message.author === 'agent' && previous.kind === 'note') return random.int(5, 90);
  if (message.author === 'agent' && previous.author === 'customer') return random.int(...REPLY_DELAY[priority]);
  return random.int(30, 2880);
}

/** Builds the demo workspace (agents, groups, companies, contacts, ~200 tickets) from a seed, without a database. */
export function generateDemoWorkspace(seed: number): DemoWorkspace {
  const random = createRandom(seed);

  const agents: DemoAgent[] = DEMO_AGENTS.map(([name, role, language]) => ({
    name, role, language, timeZone: TIME_ZONES[language], email: `${toAsciiSlug(name.split(' ')[0])}@demo.tuki.example`,
  }));
  const groups: DemoGroup[] = DEMO_GROUPS.map((group) => ({ ...group, members: [...group.members] }));

  const companies: Company[] = [];
  const companiesByLanguage: Record<Language, number[]> = { en: [], fi: [], et: [], nb: [] };
  for (const language of LANGUAGE_LIST) {
    const names = random.shuffle([...COMPANY_NAMES[language]]).slice(0, DEMO_COMPANY_LANGUAGES[language]);
    for (const name of names) {
      companiesByLanguage[language].push(companies.length);
      companies.push(makeCompany(name, language));
    }
  }

  const contactLanguages: Language[] = [];
  for (const language of LANGUAGE_LIST) for (let i = 0; i < DEMO_CONTACT_LANGUAGES[language]; i++) contactLanguages.push(language);
  random.shuffle(contactLanguages);
  const usedEmails = new Set<string>();
  const contacts: DemoContact[] = contactLanguages.map((language) => {
    const company = random.chance(0.8) ? random.pick(companiesByLanguage[language]) : null;
    const domain = company === null ? undefined : companies[company].domain;
    let person = makePerson(random, language, { domain });
    for (let attempt = 0; usedEmails.has(person.email) && attempt < 20; attempt++) person = makePerson(random, language, { domain });
    if (usedEmails.has(person.email)) person = { ...person, email: person.email.replace('@', `${usedEmails.size}@`) };
    usedEmails.add(person.email);
    return { name: person.name, email: person.email, phone: person.phone, language, timeZone: TIME_ZONES[language], company };
  });

  const groupIndex = new Map(groups.map((group, index) => [group.name, index]));
  const tickets: DemoTicket[] = [];
  for (let i = 0; i < DEMO_COUNTS.tickets; i++) {
    const requester = random.chance(0.35) ? random.int(0, 14) : random.int(0, contacts.length - 1);
    const contact = contacts[requester];
    const status = random.weighted(STATUS_WEIGHTS);
    const scenario = random.pick(SCENARIOS);
    const group = groupIndex.get(scenario.group) ?? 0;
    const assignable = groups[group].members.filter((member) => agents[member].role !== 'read-only');
    const speakers = assignable.filter((member) => agents[member].language === contact.language);
    const assignee = status === 'new' && random.chance(0.7)
      ? null
      : random.pick(speakers.length > 0 && random.chance(0.7) ? speakers : assignable);
    const responder = assignee ?? random.pick(assignable);
    const conversation = generateConversation(random, contact.language, {
      scenario: scenario.id,
      customerName: contact.name,
      agentName: agents[responder].name,
      company: contact.company === null ? undefined : companies[contact.company].name,
      ...shapeFor(random, status),
    });

    const createdMinutesAgo = random.int(...AGE_MINUTES[status]);
    const offsets = [0];
    for (let m = 1; m < conversation.messages.length; m++) {
      offsets.push(offsets[m - 1] + messageDelay(random, conversation.messages[m], conversation.messages[m - 1], conversation.priority));
    }
    const span = offsets[offsets.length - 1];
    const scale = span > createdMinutesAgo * 0.95 ? (createdMinutesAgo * 0.95) / span : 1;
    const messages: DemoMessage[] = conversation.messages.map((message, m) => ({
      ...message,
      agent: message.author === 'agent' ? (message.kind === 'note' && random.chance(0.3) ? random.pick(assignable) : responder) : null,
      minutesAfterCreated: Math.floor(offsets[m] * scale),
    }));

    tickets.push({
      requester,
      language: contact.language,
      subject: conversation.subject,
      status,
      priority: conversation.priority,
      type: conversation.type,
      channel: random.weighted(CHANNEL_WEIGHTS),
      tags: conversation.tags,
      group,
      assignee,
      createdMinutesAgo,
      messages,
    });
  }
  tickets.sort((a, b) => b.createdMinutesAgo - a.createdMinutesAgo);

  return { agents, groups, companies, contacts, tickets };
}
