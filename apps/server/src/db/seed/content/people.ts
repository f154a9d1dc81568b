import type { Language } from '@tuki/shared';
import type { Random } from './random.ts';

/** A generated person: display name plus contact details on reserved, fictional domains. */
export type Person = {
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  phone: string;
};

/** A fictional company with its e-mail domain. */
export type Company = {
  name: string;
  domain: string;
  language: Language;
};

/** Common first names per content language. */
export const FIRST_NAMES: Record<Language, readonly string[]> = {
  fi: [
    'Aino', 'Juha', 'Matti', 'Anna', 'Mikko', 'Laura', 'Timo', 'Sanna', 'Jari', 'Heidi',
    'Antti', 'Elina', 'Ville', 'Johanna', 'Pekka', 'Kaisa', 'Tuomas', 'Riikka', 'Eero', 'Noora',
    'Janne', 'Satu', 'Olli', 'Minna', 'Lauri', 'Emilia', 'Jukka', 'Tiina', 'Sami', 'Veera',
  ],
  et: [
    'Mari', 'Tõnu', 'Kadri', 'Andres', 'Liis', 'Margus', 'Kristiina', 'Jaan', 'Triin', 'Rein',
    'Kerli', 'Toomas', 'Helen', 'Priit', 'Anu', 'Mart', 'Piret', 'Urmas', 'Kaja', 'Siim',
    'Merike', 'Tarmo', 'Eha', 'Rasmus', 'Katrin', 'Indrek', 'Maarja', 'Aivar', 'Signe', 'Kalev',
  ],
  nb: [
    'Ingrid', 'Ola', 'Kari', 'Lars', 'Anne', 'Knut', 'Silje', 'Jon', 'Marit', 'Per',
    'Hanne', 'Erik', 'Nora', 'Magnus', 'Ida', 'Henrik', 'Solveig', 'Kristian', 'Ragnhild', 'Espen',
    'Thea', 'Sindre', 'Hilde', 'Anders', 'Maren', 'Øyvind', 'Eli', 'Håkon', 'Tone', 'Bjørn',
  ],
  en: [
    'Oliver', 'Emily', 'James', 'Sophie', 'Thomas', 'Charlotte', 'Daniel', 'Hannah', 'George', 'Lucy',
    'William', 'Grace', 'Jack', 'Amelia', 'Harry', 'Chloe', 'Samuel', 'Olivia', 'Matthew', 'Ellie',
    'Benjamin', 'Jessica', 'Joseph', 'Rebecca', 'Liam', 'Megan', 'Ethan', 'Isla', 'Adam', 'Zoe',
  ],
};

/** Common last names per content language. */
export const LAST_NAMES: Record<Language, readonly string[]> = {
  fi: [
    'Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen',
    'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen',
    'Salo', 'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen',
  ],
  et: [
    'Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel',
    'Lepik', 'Kuusk', 'Karu', 'Lill', 'Oja', 'Kallas', 'Luik', 'Vaher', 'Teder', 'Põder',
    'Raudsepp', 'Kivi', 'Mets', 'Org', 'Laur', 'Lõhmus', 'Jõgi', 'Kruus', 'Toom', 'Sild',
  ],
  nb: [
    'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
    'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
    'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand',
  ],
  en: [
    'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
    'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke',
    'Patel', 'Hughes', 'Edwards', 'Turner', 'Harris', 'Cooper', 'Ward', 'Morris', 'Carter', 'Baker',
  ],
};

/** Fictional company names per country, in the local legal form. */
export const COMPANY_NAMES: Record<Language, readonly string[]> = {
  fi: [
    'Järvinen Logistiikka Oy', 'Koivula Rakennus Oy', 'Saimaan Sisustus Oy', 'Pohjolan Puutarhatuote Oy',
    'Kuusela & Lehto Oy', 'Lapin Elämysmatkat Oy', 'Tammisto Tilitoimisto Oy', 'Rannikon Kalatukku Oy',
    'Hämeen Konepaja Oy', 'Aallon Kahvipaahtimo Oy',
  ],
  et: [
    'Tamme Ehitus OÜ', 'Kase Logistika OÜ', 'Pärnu Puidutöö OÜ', 'Saare Aiand OÜ',
    'Lõuna Raamatupidamine OÜ', 'Virumaa Kaubandus AS', 'Emajõe Tarkvara OÜ', 'Kivi ja Mets OÜ',
  ],
  nb: [
    'Nordlys Regnskap AS', 'Fjordhavn Transport AS', 'Bergli Bygg AS', 'Solberg Interiør AS',
    'Vestkyst Fiskeutstyr AS', 'Lia Gårdsbakeri AS', 'Tindefjell Friluft AS', 'Haugen Elektro AS',
  ],
  en: [
    'Brightwater Ltd', 'Hollowbrook Supplies Ltd', 'Kingsmere Print Ltd', 'Redfern Outdoor Ltd',
    'Ashcombe Analytics Ltd', 'Millbrook Veterinary Ltd', 'Thistledown Cafés Ltd',
  ],
};

/** Fictional consumer mail domains per country (reserved `.example` TLD). */
export const PERSONAL_MAIL_DOMAINS: Record<Language, readonly string[]> = {
  fi: ['posti.example', 'sahkoposti.example', 'kotiposti.example'],
  et: ['postkast.example', 'kiri.example', 'meil.example'],
  nb: ['epost.example', 'postkassa.example', 'nettpost.example'],
  en: ['mailbox.example', 'inbox.example', 'post.example.co.uk'],
};

/** The IANA time zone of each content language's country. */
export const TIME_ZONES: Record<Language, string> = {
  fi: 'Europe/Helsinki',
  et: 'Europe/Tallinn',
  nb: 'Europe/Oslo',
  en: 'Europe/London',
};

const TRANSLITERATION: Record<string, string> = {
  ä: 'a', ö: 'o', å: 'a', õ: 'o', ü: 'u', ø: 'o', æ: 'ae', š: 's', ž: 'z', é: 'e',
};
const NON_ASCII_LETTER = /[äöåõüøæšžé]/g;
const NOT_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;
const LEGAL_FORM = /\s+(Oy|OÜ|AS|Ltd)$/;

/** Lower-cases and transliterates a name for use in an e-mail address or domain. */
export function toAsciiSlug(text: string, separator = '-'): string {
  return text
    .toLowerCase()
    .replace(NON_ASCII_LETTER, (letter) => TRANSLITERATION[letter] ?? letter)
    .replace(NOT_SLUG, separator)
    .replace(EDGE_DASHES, '');
}

/** Builds a company record (name, `.example` domain, language) from a company name. */
export function makeCompany(name: string, language: Language): Company {
  const base = name.replace(LEGAL_FORM, '').replace('&', ' ');
  return { name, domain: `${toAsciiSlug(base)}.example`, language };
}

function digits(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(random.int(0, 9));
  return out;
}

/** Formats a random mobile number in the country's usual style (UK numbers from Ofcom's drama range). */
export function makePhone(random: Random, language: Language): string {
  switch (language) {
    case 'fi':
      return `+358 ${random.pick(['40', '41', '44', '45', '50'])} ${digits(random, 3)} ${digits(random, 4)}`;
    case 'et':
      return `+372 5${digits(random, 3)} ${digits(random, 4)}`;
    case 'nb':
      return `+47 ${random.pick(['9', '4'])}${digits(random, 2)} ${digits(random, 2)} ${digits(random, 3)}`;
    case 'en':
      return `+44 7700 900${digits(random, 3)}`;
  }
}

/** Generates a person with a common local name, an e-mail on a fictional domain and a local phone number. */
export function makePerson(random: Random, language: Language, options: { domain?: string } = {}): Person {
  const firstName = random.pick(FIRST_NAMES[language]);
  const lastName = random.pick(LAST_NAMES[language]);
  const first = toAsciiSlug(firstName);
  const last = toAsciiSlug(lastName);
  const domain = options.domain ?? random.pick(PERSONAL_MAIL_DOMAINS[language]);
  const local = options.domain
    ? random.weighted<string>([[`${first}.${last}`, 6], [`${first}`, 1], [`${first[0]}.${last}`, 2]])
    : random.weighted<string>([[`${first}.${last}`, 5], [`${first}${last}`, 2], [`${first}.${last}${random.int(1, 99)}`, 2]]);
  return {
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
    email: `${local}@${domain}`,
    phone: makePhone(random, language),
  };
}
