import { htmlToText } from './html-to-text.ts';

/** A mail body split into the new reply, the quoted history and the sender's signature. */
export type ExtractedReply = { visibleText: string; quotedText: string; signature: string };

/** Verbs that end an attribution line ("… wrote:") in the supported languages. */
const WROTE = '(?:wrote|writes|kirjoitti|kirjutas|kirjutab|skrev|skriver|schrieb|schreibt|a écrit|escribió|schreef)';
/** One-line attribution: contains a "wrote" verb and ends with a colon, e.g. "On …, X wrote:", "X kirjoitti 3.3.2026:", "Am … schrieb X:". */
const ATTRIBUTION = new RegExp(`^(?!>).{0,300}\\b${WROTE}(?=[\\s:,]|$).{0,200}:\\s*$`, 'iu');
/** Openers of attribution lines that mail clients wrap onto a second line. */
const ATTRIBUTION_OPENER = new RegExp(`^\\s*(on|am|den|le|el|op)\\s|^\\s*\\d{1,4}[./ -]|\\b(19|20)\\d\\d\\b|\\b\\d{1,2}[:.]\\d{2}\\b|\\b${WROTE}\\b`, 'iu');

/** A year or a clock time: tells a complete attribution line from the tail of a wrapped one. */
const DATE_LIKE = /\b(19|20)\d\d\b|\b\d{1,2}[:.]\d{2}\b/;

const FROM_KEYS = 'From|Lähettäjä|Saatja|Fra|Från|Von|De|Van|Afsender|Avsändare';
const SENT_KEYS = 'Sent|Date|Lähetetty|Päivämäärä|Saadetud|Kuupäev|Sendt|Dato|Skickat|Datum|Gesendet|Envoyé';
const OTHER_KEYS = `${SENT_KEYS}|To|Cc|Subject|Vastaanottaja|Kopio|Aihe|Adressaat|Saaja|Koopia|Teema|Til|Kopi|Emne|Till|Kopia|Ämne|An|Betreff|À|Objet`;
const OUTLOOK_FROM = new RegExp(`^\\s*\\*?(?:${FROM_KEYS})\\s*:\\*?\\s*\\S`, 'iu');
const OUTLOOK_OTHER = new RegExp(`^\\s*\\*?(?:${OTHER_KEYS})\\s*:\\*?(\\s|$)`, 'iu');
const OUTLOOK_SENT = new RegExp(`^\\s*\\*?(?:${SENT_KEYS})\\s*:\\*?(\\s|$)`, 'iu');

/** Separator lines such as "-----Original Message-----" or "---------- Forwarded message ---------". */
const SEPARATOR =
  /^\s*(?:-{2,}|_{2,})\s*(?:original message|forwarded message|alkuperäinen viesti|välitetty viesti|edelleenlähetetty viesti|algne kiri|algne sõnum|edastatud kiri|edastatud sõnum|opprinnelig melding|videresendt melding|ursprungligt meddelande|vidarebefordrat meddelande|oprindelig meddelelse|videresendt meddelelse|ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|message transféré)\s*(?:-{2,}|_{2,})\s*$/iu;
const FORWARD_INTRO = /^\s*(begin forwarded message|välitetty viesti alkaa|videresendt melding|vidarebefordrat meddelande|anfang der weitergeleiteten nachricht)\s*:\s*$/iu;
/** A horizontal rule that Outlook puts above its header block. */
const RULE = /^\s*(_{10,}|-{10,})\s*$/;

/** "-- " signature delimiter (RFC 3676); a bare "--" is accepted as well. */
const SIGNATURE_DELIMITER = /^--\s?$/;
/** Sign-offs mobile mail apps add automatically. */
const MOBILE_SIGNOFF =
  /^\s*(sent from my (iphone|ipad|android|mobile|phone|samsung|galaxy|blackberry)|sent from (outlook|mail) for (ios|android)|sent from mail for windows|get outlook for (ios|android)|lähetetty (iphonesta|ipadista|android-puhelimesta|mobiilista|puhelimesta)|lähetetty (outlook|sähköposti)\b.*|saadetud (minu )?(iphone'?ist|ipad'?ist|androidist|mobiilist)|sendt fra (min )?(iphone|ipad|android|mobil)|skickat från (min )?(iphone|ipad|android|mobil)|von meinem (iphone|ipad|android|smartphone|handy) gesendet|gesendet von (meinem )?(iphone|ipad|android|smartphone|handy))\b.*$/iu;

/** Separates the new text of a reply from quoted history and the signature; never returns an empty visible text for a non-empty mail. */
export function extractReply(text: string, html?: string | null): ExtractedReply {
  const source = text.trim() === '' && html ? htmlToText(html) : text;
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+$/u, ''));
  const whole = lines.join('\n').trim();
  if (whole === '') return { visibleText: '', quotedText: '', signature: '' };

  const quoteStart = findQuoteStart(lines);
  const head = lines.slice(0, quoteStart);
  const quoted = lines.slice(quoteStart);

  // Lines quoted with ">" before the cut (inline replies) belong to the history too.
  const own = head.filter((line) => !/^\s*>/.test(line));
  const inlineQuotes = head.filter((line) => /^\s*>/.test(line));
  const { body, signature } = splitSignature(own);
  const visibleText = body.join('\n').trim();
  if (visibleText === '') return { visibleText: whole, quotedText: '', signature: '' };

  return {
    visibleText,
    quotedText: [...inlineQuotes, ...quoted].join('\n').trim(),
    signature: signature.join('\n').trim(),
  };
}

/** Index of the first line of quoted history, or the line count when there is none. */
function findQuoteStart(lines: string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.trim() === '') continue;
    if (SEPARATOR.test(line) || FORWARD_INTRO.test(line)) return index;
    if (isOutlookHeaderBlock(lines, index)) return ruleAbove(lines, index);
    if (ATTRIBUTION.test(line) && /\d|@/.test(line)) return index;
    const next = lines[index + 1];
    if (next !== undefined && next.trim() !== '' && ATTRIBUTION_OPENER.test(line) && !/:\s*$/.test(line)) {
      const joined = `${line} ${next.trim()}`;
      if (ATTRIBUTION.test(joined) && /\d|@/.test(joined) && !(ATTRIBUTION.test(next) && DATE_LIKE.test(next))) return index;
    }
    if (isTrailingQuoteBlock(lines, index)) return index;
  }
  return lines.length;
}

/**
 * A "From:" line directly followed by another header line, where either a "Sent:"/"Date:" line
 * comes within three lines or the From line holds an address ("From: Helsinki / To: Tallinn" is prose).
 */
function isOutlookHeaderBlock(lines: string[], index: number): boolean {
  if (!OUTLOOK_FROM.test(lines[index])) return false;
  const following = lines.slice(index + 1, index + 5).filter((line) => line.trim() !== '').slice(0, 3);
  if (!OUTLOOK_OTHER.test(following[0] ?? '')) return false;
  return following.some((line) => OUTLOOK_SENT.test(line)) || lines[index].includes('@');
}

function ruleAbove(lines: string[], index: number): number {
  let cursor = index - 1;
  while (cursor >= 0 && lines[cursor].trim() === '') cursor -= 1;
  return cursor >= 0 && RULE.test(lines[cursor]) ? cursor : index;
}

/** A block of ">" lines with nothing but blank lines and ">" lines after it. */
function isTrailingQuoteBlock(lines: string[], index: number): boolean {
  if (!/^\s*>/.test(lines[index])) return false;
  return lines.slice(index).every((line) => line.trim() === '' || /^\s*>/.test(line));
}

/** Splits off a "-- " signature or an automatic mobile sign-off near the end. */
function splitSignature(lines: string[]): { body: string[]; signature: string[] } {
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end -= 1;
  for (let index = end - 1; index >= 0; index -= 1) {
    if (SIGNATURE_DELIMITER.test(lines[index])) return { body: lines.slice(0, index), signature: lines.slice(index + 1, end) };
  }
  for (let index = end - 1; index >= Math.max(0, end - 4); index -= 1) {
    if (MOBILE_SIGNOFF.test(lines[index])) return { body: lines.slice(0, index), signature: lines.slice(index, end) };
  }
  return { body: lines.slice(0, end), signature: [] };
}
