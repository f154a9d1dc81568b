import { describe, expect, it } from 'vitest';
import { extractReply } from './extract-reply.ts';

describe('extractReply', () => {
  it('returns the whole text when nothing is quoted', () => {
    expect(extractReply('Hello,\n\nplease help.\n')).toEqual({ visibleText: 'Hello,\n\nplease help.', quotedText: '', signature: '' });
  });

  it('returns empty parts for an empty body', () => {
    expect(extractReply('')).toEqual({ visibleText: '', quotedText: '', signature: '' });
    expect(extractReply('  \n ', null)).toEqual({ visibleText: '', quotedText: '', signature: '' });
  });

  it.each([
    ['English', 'On Tue, Mar 10, 2026 at 9:03 AM Tuki <support@tuki.example> wrote:'],
    ['Finnish, name first', 'Tuki <support@tuki.example> kirjoitti 10.3.2026 klo 9.03:'],
    ['Finnish, date first', '10.3.2026 9.03 Tuki Support kirjoitti:'],
    ['Estonian', 'T, 10. märts 2026 kell 09:03 Tuki <support@tuki.example> kirjutas:'],
    ['Norwegian', '10. mar. 2026 kl. 09:03 skrev Tuki <support@tuki.example>:'],
    ['Danish', 'Den 10. mar. 2026 kl. 09.03 skrev Tuki <support@tuki.example>:'],
    ['Swedish', 'Den 10 mars 2026 kl. 09:03 skrev Tuki <support@tuki.example>:'],
    ['German', 'Am 10.03.2026 um 09:03 schrieb Tuki <support@tuki.example>:'],
  ])('cuts at a %s attribution line', (_language, attribution) => {
    const result = extractReply(`Thanks, that works.\n\n${attribution}\n\n> Try again please.\n`);
    expect(result.visibleText).toBe('Thanks, that works.');
    expect(result.quotedText).toBe(`${attribution}\n\n> Try again please.`);
  });

  it('joins an attribution that the mail client wrapped over two lines', () => {
    const result = extractReply('Great!\n\nOn Tue, Mar 10, 2026 at 9:03 AM Tuki Support <\nsupport@tuki.example> wrote:\n\n> Hi\n');
    expect(result.visibleText).toBe('Great!');
    expect(result.quotedText.startsWith('On Tue, Mar 10, 2026')).toBe(true);
  });

  it.each([
    ['English', 'From: Tuki <support@tuki.example>\nSent: Tuesday, March 10, 2026 9:03 AM\nTo: Anna <anna@example.com>\nSubject: Order'],
    ['Finnish', 'Lähettäjä: Tuki <support@tuki.example>\nLähetetty: tiistai 10. maaliskuuta 2026 9.03\nVastaanottaja: Anna\nAihe: Tilaus'],
    ['Estonian', 'Saatja: Tuki <support@tuki.example>\nSaadetud: teisipäev, 10. märts 2026 9:03\nAdressaat: Anna\nTeema: Tellimus'],
    ['Norwegian/Danish', 'Fra: Tuki <support@tuki.example>\nSendt: tirsdag 10. mars 2026 09:03\nTil: Anna\nEmne: Bestilling'],
    ['Swedish', 'Från: Tuki <support@tuki.example>\nSkickat: den 10 mars 2026 09:03\nTill: Anna\nÄmne: Beställning'],
    ['German', 'Von: Tuki <support@tuki.example>\nGesendet: Dienstag, 10. März 2026 09:03\nAn: Anna\nBetreff: Bestellung'],
    ['bold Outlook web', '*From:* Tuki <support@tuki.example>\n*Sent:* Tuesday, March 10, 2026 9:03 AM\n*To:* Anna'],
  ])('cuts at a %s Outlook header block', (_language, block) => {
    const result = extractReply(`Done, thanks.\n\n${block}\n\nOld message body\n`);
    expect(result.visibleText).toBe('Done, thanks.');
    expect(result.quotedText).toBe(`${block}\n\nOld message body`);
  });

  it('does not mistake prose with From:/To: lines for a header block', () => {
    const text = 'Our route:\nFrom: Helsinki\nTo: Tallinn\nThanks!';
    expect(extractReply(text)).toEqual({ visibleText: text, quotedText: '', signature: '' });
  });

  it('accepts an Outlook block whose From line has no address when Sent: follows', () => {
    const result = extractReply('Ok.\n\nFrom: Tuki Support\nSent: Tuesday, March 10, 2026 9:03 AM\nTo: Anna\n\nold');
    expect(result.visibleText).toBe('Ok.');
  });

  it('takes the rule above an Outlook block into the quote', () => {
    const result = extractReply('Ok.\n\n________________________________\nFrom: A <a@example.com>\nSent: today\n\nold');
    expect(result.visibleText).toBe('Ok.');
    expect(result.quotedText.startsWith('________________________________\nFrom: A')).toBe(true);
  });

  it('does not mistake a sentence starting with "From:" for a header block', () => {
    const text = 'Please note the pickup times.\nFrom: 9 am every weekday\nUntil the end of March.';
    expect(extractReply(text).visibleText).toBe(text);
  });

  it.each(['-----Original Message-----', '----- Alkuperäinen viesti -----', '-----Ursprüngliche Nachricht-----', '---------- Forwarded message ---------', '-----Opprinnelig melding-----'])(
    'cuts at the separator %s',
    (separator) => {
      const result = extractReply(`New text\n\n${separator}\nFrom: x@example.com\nold text`);
      expect(result.visibleText).toBe('New text');
      expect(result.quotedText.startsWith(separator)).toBe(true);
    },
  );

  it('moves inline ">" quotes to the quoted text and keeps the answers visible', () => {
    const result = extractReply('> What size?\n42, please.\n> Which colour?\nBlue.');
    expect(result.visibleText).toBe('42, please.\nBlue.');
    expect(result.quotedText).toBe('> What size?\n> Which colour?');
  });

  it('splits a "-- " signature', () => {
    const result = extractReply('See you then.\n\n-- \nAnna Berg\nExample Ltd\n+358 40 123 4567');
    expect(result).toEqual({ visibleText: 'See you then.', quotedText: '', signature: 'Anna Berg\nExample Ltd\n+358 40 123 4567' });
  });

  it.each(['Sent from my iPhone', 'Lähetetty iPhonesta', "Saadetud minu iPhone'ist", 'Sendt fra min iPhone', 'Skickat från min iPhone', 'Von meinem iPhone gesendet', 'Get Outlook for Android'])(
    'splits the mobile sign-off "%s"',
    (signoff) => {
      const result = extractReply(`Yes, that is fine.\n\n${signoff}\n\nOn 10 Mar 2026, at 9:03, Tuki <support@tuki.example> wrote:\n> ok?`);
      expect(result.visibleText).toBe('Yes, that is fine.');
      expect(result.signature).toBe(signoff);
      expect(result.quotedText).toContain('> ok?');
    },
  );

  it('returns the whole text as visible when everything looks quoted', () => {
    const text = 'On Tue, Mar 10, 2026 at 9:03 AM Tuki <support@tuki.example> wrote:\n> Hello\n> Are you there?';
    expect(extractReply(text)).toEqual({ visibleText: text, quotedText: '', signature: '' });
    const forward = '---------- Forwarded message ---------\nFrom: shop@example.com\nYour receipt';
    expect(extractReply(forward).visibleText).toBe(forward);
    expect(extractReply('Sent from my iPhone').visibleText).toBe('Sent from my iPhone');
  });

  it('uses the text of the HTML when the plain text is empty', () => {
    const html =
      '<div>Works now, thanks!</div><div class="gmail_quote">On Tue, Mar 10, 2026 at 9:03 AM Tuki &lt;support@tuki.example&gt; wrote:<br>' +
      '<blockquote>Please restart the app.</blockquote></div>';
    const result = extractReply('', html);
    expect(result.visibleText).toBe('Works now, thanks!');
    expect(result.quotedText).toContain('> Please restart the app.');
  });

  it('handles CRLF line endings', () => {
    const result = extractReply('Fine.\r\n\r\nAm 10.03.2026 um 09:03 schrieb Tuki <support@tuki.example>:\r\n> alt\r\n');
    expect(result.visibleText).toBe('Fine.');
    expect(result.quotedText).toBe('Am 10.03.2026 um 09:03 schrieb Tuki <support@tuki.example>:\n> alt');
  });
});
