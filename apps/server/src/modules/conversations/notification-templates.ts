import type { Language } from '@tuki/shared';

/** Customer notifications Tuki sends by e-mail. */
export const NOTIFICATION_KINDS = ['acknowledgement', 'solved'] as const;
/** One notification kind. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** A template: subject and plain-text body with `{{name}}`, `{{subject}}`, `{{number}}` and `{{senderName}}` placeholders. */
export type EmailTemplate = { subject: string; body: string };

/** The built-in templates in every supported language; workspaces may override each one. */
export const DEFAULT_TEMPLATES: Record<NotificationKind, Record<Language, EmailTemplate>> = {
  acknowledgement: {
    en: {
      subject: 'We received your request [#{{number}}]',
      body: 'Hello {{name}},\n\nThank you for contacting us. We have received your request "{{subject}}" and its reference number is {{number}}. We will get back to you as soon as we can.\n\nYou can add details by replying to this email.\n\n{{senderName}}',
    },
    fi: {
      subject: 'Olemme vastaanottaneet yhteydenottosi [#{{number}}]',
      body: 'Hei {{name}},\n\nkiitos yhteydenotostasi. Olemme vastaanottaneet pyyntösi "{{subject}}", ja sen viitenumero on {{number}}. Vastaamme sinulle mahdollisimman pian.\n\nVoit lisätä tietoja vastaamalla tähän viestiin.\n\n{{senderName}}',
    },
    et: {
      subject: 'Oleme teie pöördumise kätte saanud [#{{number}}]',
      body: 'Tere, {{name}}!\n\nTäname, et võtsite meiega ühendust. Oleme teie pöördumise „{{subject}}“ kätte saanud ja selle viitenumber on {{number}}. Vastame teile niipea kui võimalik.\n\nTäiendavat teavet saate lisada, vastates sellele kirjale.\n\n{{senderName}}',
    },
    nb: {
      subject: 'Vi har mottatt henvendelsen din [#{{number}}]',
      body: 'Hei {{name}},\n\ntakk for at du kontaktet oss. Vi har mottatt henvendelsen din «{{subject}}», og referansenummeret er {{number}}. Vi svarer deg så snart vi kan.\n\nDu kan legge til flere opplysninger ved å svare på denne e-posten.\n\n{{senderName}}',
    },
  },
  solved: {
    en: {
      subject: 'Your request has been solved [#{{number}}]',
      body: 'Hello {{name}},\n\nYour request "{{subject}}" ({{number}}) has been marked as solved. If something is still unclear, just reply to this email and we will reopen it.\n\n{{senderName}}',
    },
    fi: {
      subject: 'Pyyntösi on ratkaistu [#{{number}}]',
      body: 'Hei {{name}},\n\npyyntösi "{{subject}}" ({{number}}) on merkitty ratkaistuksi. Jos jokin on vielä epäselvää, vastaa tähän viestiin, niin avaamme pyynnön uudelleen.\n\n{{senderName}}',
    },
    et: {
      subject: 'Teie pöördumine on lahendatud [#{{number}}]',
      body: 'Tere, {{name}}!\n\nTeie pöördumine „{{subject}}“ ({{number}}) on märgitud lahendatuks. Kui midagi jäi veel ebaselgeks, vastake lihtsalt sellele kirjale ja me avame pöördumise uuesti.\n\n{{senderName}}',
    },
    nb: {
      subject: 'Henvendelsen din er løst [#{{number}}]',
      body: 'Hei {{name}},\n\nhenvendelsen din «{{subject}}» ({{number}}) er markert som løst. Hvis noe fortsatt er uklart, kan du bare svare på denne e-posten, så åpner vi den igjen.\n\n{{senderName}}',
    },
  },
};

/** Picks the workspace override or the built-in template for a kind and language (English when the language is unknown). */
export function templateFor(overrides: { kind: string; language: string; subject: string; body: string }[], kind: NotificationKind, language: string): EmailTemplate {
  const lang = (language in DEFAULT_TEMPLATES[kind] ? language : 'en') as Language;
  const override = overrides.find((row) => row.kind === kind && row.language === lang);
  return override ? { subject: override.subject, body: override.body } : DEFAULT_TEMPLATES[kind][lang];
}

/** Fills `{{placeholders}}`; unknown ones are left as written. */
export function renderTemplate(template: EmailTemplate, values: Record<string, string>): EmailTemplate {
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
  return { subject: fill(template.subject).replace(/[\r\n]+/g, ' '), body: fill(template.body) };
}
