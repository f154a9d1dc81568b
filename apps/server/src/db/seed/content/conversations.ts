import type { Language, TicketPriority, TicketType } from '@tuki/shared';
import { ACCOUNT_SCENARIOS } from './scenarios-account.ts';
import { BILLING_SCENARIOS } from './scenarios-billing.ts';
import { ORDER_SCENARIOS } from './scenarios-orders.ts';
import { PRODUCT_SCENARIOS } from './scenarios-product.ts';
import { SALES_SCENARIOS } from './scenarios-sales.ts';

/** Names of the demo groups a scenario is routed to. */
export type GroupName = 'Tier 1' | 'Tier 2' | 'Billing' | 'Product' | 'Sales' | 'IT';

/** The texts of one scenario in one language; `{placeholders}` are filled at generation time. */
export type ScenarioText = {
  subjects: readonly string[];
  openings: readonly string[];
  reply: string;
  followUp?: string;
};

/** A support situation with routing metadata and native texts in every content language. */
export type Scenario = {
  id: string;
  priority: TicketPriority;
  type: TicketType;
  group: GroupName;
  tags: readonly string[];
} & Record<Language, ScenarioText>;

/** Generic message pieces per language, wrapped around scenario texts. */
export type Phrases = {
  customerGreetings: readonly string[];
  customerSignoffs: readonly string[];
  agentGreetings: readonly string[];
  agentSignoffs: readonly string[];
  genericFollowUps: readonly string[];
  agentClosings: readonly string[];
  customerThanks: readonly string[];
  notes: readonly string[];
};

/** Every placeholder a template may use. */
export const PLACEHOLDERS = [
  'orderNumber', 'invoiceNumber', 'product', 'plan', 'amount', 'date', 'firstName', 'customerName', 'agentName', 'company',
] as const;

/** One of the supported placeholder names. */
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** All support scenarios, grouped by topic. */
export const SCENARIOS: readonly Scenario[] = [
  ...BILLING_SCENARIOS,
  ...ORDER_SCENARIOS,
  ...ACCOUNT_SCENARIOS,
  ...PRODUCT_SCENARIOS,
  ...SALES_SCENARIOS,
];

/** Greetings, sign-offs, closings and internal notes per language. */
export const PHRASES: Record<Language, Phrases> = {
  en: {
    customerGreetings: ['Hello,', 'Hi,', 'Hi there,', 'Good morning,'],
    customerSignoffs: ['Thanks,\n{customerName}', 'Best regards,\n{customerName}', '{customerName}', 'Thanks in advance,\n{firstName}'],
    agentGreetings: ['Hi {firstName},', 'Hello {firstName},', 'Dear {firstName},'],
    agentSignoffs: ['Best regards,\n{agentName}', 'Kind regards,\n{agentName}\nCustomer Support', 'Thanks,\n{agentName}'],
    genericFollowUps: [
      'Thanks for the quick reply. I did as you suggested, and it seems to be working now.',
      'Thank you, that answers my question.',
    ],
    agentClosings: [
      'Thanks for getting back to us. I will mark this ticket as solved, but just reply here if anything else comes up.',
      'Thank you for the update. If you need anything else, reply to this email and the ticket will reopen automatically.',
      'Good to hear, and thanks for your patience. Have a great rest of the week!',
    ],
    customerThanks: ['Thanks again!', 'Thank you, have a nice day!', 'Great, thanks for your help.'],
    notes: [
      'Checked the account history, nothing unusual. Replying with the standard answer.',
      'Looks like the same issue as another ticket this week, linking them.',
      'Long-time customer, let’s be flexible here.',
      'Read through the customer’s earlier tickets for context before replying.',
      'Escalated to the product team, waiting for their answer.',
      'Customer called about this as well; promised an answer by email today.',
    ],
  },
  fi: {
    customerGreetings: ['Hei,', 'Hei!', 'Moi,', 'Hyvää päivää,'],
    customerSignoffs: ['Kiitos,\n{customerName}', 'Terveisin\n{customerName}', 'Ystävällisin terveisin\n{customerName}', 'Kiitos jo etukäteen!\n{firstName}'],
    agentGreetings: ['Hei {firstName},', 'Hei {firstName}!', 'Moi {firstName},'],
    agentSignoffs: ['Ystävällisin terveisin\n{agentName}', 'Terveisin\n{agentName}\nAsiakaspalvelu', 'Mukavaa päivänjatkoa!\n{agentName}'],
    genericFollowUps: [
      'Kiitos nopeasta vastauksesta. Tein niin kuin neuvoit, ja nyt näyttää toimivan.',
      'Kiitos, tämä vastasi kysymykseeni.',
    ],
    agentClosings: [
      'Kiitos, kun palasit asiaan. Merkitsen tiketin ratkaistuksi, mutta vastaa tähän viestiin, jos jotain muuta ilmenee.',
      'Kiitos tiedosta. Jos tarvitset vielä apua, vastaa tähän viestiin, niin tiketti avautuu automaattisesti uudelleen.',
      'Hyvä kuulla, ja kiitos kärsivällisyydestäsi. Mukavaa loppuviikkoa!',
    ],
    customerThanks: ['Kiitos vielä kerran!', 'Kiitos, mukavaa päivänjatkoa!', 'Hienoa, kiitos avusta.'],
    notes: [
      'Tarkistin asiakkaan historian, ei mitään poikkeavaa. Vastaan vakiovastauksella.',
      'Näyttää samalta ongelmalta kuin toinen tiketti tällä viikolla, linkitin ne toisiinsa.',
      'Pitkäaikainen asiakas, joustetaan tässä.',
      'Kävin läpi asiakkaan aiemmat tiketit ennen vastaamista.',
      'Eskaloin tuotetiimille, odotan heidän vastaustaan.',
      'Asiakas soitti myös puhelimella; lupasin vastauksen sähköpostilla vielä tänään.',
    ],
  },
  et: {
    customerGreetings: ['Tere,', 'Tere!', 'Tervist,', 'Tere päevast!'],
    customerSignoffs: ['Aitäh,\n{customerName}', 'Lugupidamisega\n{customerName}', 'Tervitades\n{customerName}', 'Ette tänades\n{firstName}'],
    agentGreetings: ['Tere, {firstName}!', 'Tere {firstName},', 'Lugupeetud {customerName}'],
    agentSignoffs: ['Lugupidamisega\n{agentName}', 'Parimate soovidega\n{agentName}\nKlienditugi', 'Ilusat päeva!\n{agentName}'],
    genericFollowUps: [
      'Aitäh kiire vastuse eest. Tegin nii, nagu soovitasite, ja nüüd tundub kõik toimivat.',
      'Aitäh, see vastas mu küsimusele.',
    ],
    agentClosings: [
      'Aitäh, et andsite tagasisidet. Märgin pöördumise lahendatuks, kuid kui midagi veel tekib, vastake lihtsalt sellele kirjale.',
      'Aitäh info eest. Kui vajate veel abi, vastake sellele kirjale ja pöördumine avatakse automaatselt uuesti.',
      'Hea kuulda ja aitäh kannatlikkuse eest. Ilusat nädala jätku!',
    ],
    customerThanks: ['Aitäh veel kord!', 'Aitäh, ilusat päeva!', 'Suurepärane, aitäh abi eest.'],
    notes: [
      'Kontrollisin kliendi ajalugu, midagi ebatavalist pole. Vastan standardvastusega.',
      'Tundub sama probleem nagu teises pöördumises sel nädalal, sidusin need omavahel.',
      'Pikaajaline klient, oleme siin paindlikud.',
      'Vaatasin enne vastamist üle kliendi varasemad pöördumised.',
      'Eskaleerisin tootemeeskonnale, ootan nende vastust.',
      'Klient helistas ka telefoni teel; lubasin vastuse täna e-postiga.',
    ],
  },
  nb: {
    customerGreetings: ['Hei,', 'Hei!', 'Hallo,', 'God dag,'],
    customerSignoffs: ['Takk,\n{customerName}', 'Med vennlig hilsen\n{customerName}', 'Hilsen\n{customerName}', 'Takk på forhånd!\n{firstName}'],
    agentGreetings: ['Hei {firstName},', 'Hei, {firstName}!', 'Hallo {firstName},'],
    agentSignoffs: ['Med vennlig hilsen\n{agentName}', 'Vennlig hilsen\n{agentName}\nKundeservice', 'Ha en fin dag!\n{agentName}'],
    genericFollowUps: [
      'Takk for raskt svar. Jeg gjorde som du foreslo, og nå ser det ut til å virke.',
      'Takk, det svarte på spørsmålet mitt.',
    ],
    agentClosings: [
      'Takk for tilbakemeldingen. Jeg markerer saken som løst, men bare svar her hvis det dukker opp noe mer.',
      'Takk for oppdateringen. Trenger du mer hjelp, svarer du bare på denne e-posten, så åpnes saken automatisk igjen.',
      'Godt å høre, og takk for tålmodigheten. Ha en fin uke videre!',
    ],
    customerThanks: ['Takk igjen!', 'Takk, ha en fin dag!', 'Flott, takk for hjelpen.'],
    notes: [
      'Sjekket kundehistorikken, ingenting uvanlig. Svarer med standardsvaret.',
      'Ser ut som samme problem som en annen sak denne uka, har koblet dem sammen.',
      'Mangeårig kunde, la oss være fleksible her.',
      'Gikk gjennom kundens tidligere saker før jeg svarte.',
      'Eskalert til produktteamet, venter på svar.',
      'Kunden ringte også om dette; lovet svar på e-post i dag.',
    ],
  },
};

/** Fictional products per language, written as they would appear in a local web shop. */
export const PRODUCTS: Record<Language, readonly string[]> = {
  en: [
    'Trailhead 40 L backpack', 'Aurora wireless headphones', 'Brewmaster 12-cup coffee maker', 'Fellside softshell jacket',
    'Lumen desk lamp', 'Summit trekking poles', 'Pulse 2 smartwatch', 'Harbour wool blanket',
  ],
  fi: [
    'Erämaa 40 l -reppu', 'Sointu-langattomat kuulokkeet', 'Aroma 12 -kahvinkeitin', 'Kaamos-kuoritakki',
    'Kajo-pöytävalaisin', 'Tunturi-vaellussauvat', 'Syke 2 -älykello', 'Lumi-villahuopa',
  ],
  et: [
    'Matkaja 40 L seljakott', 'Kaja juhtmevabad kõrvaklapid', 'Aroom 12 kohvimasin', 'Tuisk softshell-jope',
    'Kuma lauavalgusti', 'Rada matkakepid', 'Pulss 2 nutikell', 'Udu villane pleed',
  ],
  nb: [
    'Fjellvant 40 L tursekk', 'Nordlys trådløse hodetelefoner', 'Bryggmester 12 kaffetrakter', 'Vidde softshelljakke',
    'Lysning skrivebordslampe', 'Tinde turstaver', 'Puls 2 smartklokke', 'Havbris ullteppe',
  ],
};

/** Subscription plan names (product names, not translated). */
export const PLANS: readonly string[] = ['Basic', 'Team', 'Pro', 'Business'];

const BASE_AMOUNTS = [19.9, 24.5, 39, 49.9, 59, 79.9, 89, 99, 129, 149.9, 189, 249, 299, 349.5, 420, 599, 749, 1290];
const NOK_AMOUNTS = [219, 279, 449, 549, 649, 890, 990, 1090, 1490, 1690, 2090, 2790, 3290, 3890, 4590, 6590, 8290, 14190];
const LOCALES: Record<Language, string> = { en: 'en-GB', fi: 'fi-FI', et: 'et-EE', nb: 'nb-NO' };
const CURRENCIES: Record<Language, string> = { en: 'GBP', fi: 'EUR', et: 'EUR', nb: 'NOK' };

function formatAmounts(language: Language): readonly string[] {
  const format = new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: CURRENCIES[language] });
  return (language === 'nb' ? NOK_AMOUNTS : BASE_AMOUNTS).map((value) => format.format(value));
}

function formatDates(language: Language): readonly string[] {
  const format = new Intl.DateTimeFormat(
    LOCALES[language],
    language === 'en'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' },
  );
  const base = Date.UTC(2025, 0, 6);
  const dates: string[] = [];
  for (let day = 0; day < 365; day += 4) dates.push(format.format(new Date(base + day * 86_400_000)));
  return dates;
}

/** Money amounts formatted for each language's locale and currency (€, £ or NOK), computed once. */
export const AMOUNTS: Record<Language, readonly string[]> = {
  en: formatAmounts('en'),
  fi: formatAmounts('fi'),
  et: formatAmounts('et'),
  nb: formatAmounts('nb'),
};

/** Calendar dates formatted in each language's locale, computed once from a fixed range. */
export const DATES: Record<Language, readonly string[]> = {
  en: formatDates('en'),
  fi: formatDates('fi'),
  et: formatDates('et'),
  nb: formatDates('nb'),
};
