import { describe, expect, it } from 'vitest';
import { normalizeMessageId, parseMail } from './parse-mail.ts';
import { buildTnef } from './test-tnef.ts';
import { compressRtf } from './test-rtf.ts';

const mime = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

/** A mail with the given headers whose only part is `winmail.dat` holding `tnef`, as Outlook sends it. */
const withWinmail = (tnef: Buffer, headers: string[]) =>
  mime([
    ...headers,
    'Content-Type: multipart/mixed; boundary="m"',
    '',
    '--m',
    'Content-Type: application/ms-tnef; name="winmail.dat"',
    'Content-Disposition: attachment; filename="winmail.dat"',
    'Content-Transfer-Encoding: base64',
    '',
    tnef.toString('base64'),
    '--m--',
  ]);

describe('parseMail', () => {
  it('rejects an empty buffer with a clear error', async () => {
    await expect(parseMail(Buffer.alloc(0))).rejects.toThrow('Cannot parse an empty message');
  });

  it('rejects garbage bytes with a clear error instead of crashing', async () => {
    await expect(parseMail(Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x0a, 0x0d, 0x00]))).rejects.toThrow('The message has no headers');
    await expect(parseMail(Buffer.from('just some words\n\nand more'))).rejects.toThrow(Error);
  });

  it('rejects a value that is not a Buffer', async () => {
    await expect(parseMail('From: a@b.c' as unknown as Buffer)).rejects.toThrow(TypeError);
  });

  it('parses a minimal mail with only headers and no body', async () => {
    const mail = await parseMail(Buffer.from('From: a@example.com\n\n'));
    expect(mail).toMatchObject({ from: { address: 'a@example.com', name: '' }, subject: '', text: '', html: null, messageId: null, references: [], attachments: [] });
  });

  it('keeps parsing when the body is binary junk', async () => {
    const raw = Buffer.concat([Buffer.from('From: a@example.com\r\nSubject: junk\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'), Buffer.from([0xc3, 0x28, 0xff, 0x00, 0x41])]);
    const mail = await parseMail(raw);
    expect(mail.subject).toBe('junk');
    expect(mail.text).toContain('A');
  });

  it('normalises ids, references and addresses', async () => {
    const mail = await parseMail(
      mime([
        'From: "Virtanen, Aino" <aino@example.fi>',
        'To: Team: one@example.com, two@example.com;, three@example.com',
        'Cc: =?UTF-8?Q?J=C3=BCri?= <jyri@example.ee>',
        'Reply-To: replies@example.fi',
        'Subject: Hello',
        'Date: not a date',
        'Message-ID: < spaced@example.fi >',
        'In-Reply-To: <parent@tuki.example> (comment)',
        'References: <a@x> <b@y>',
        '\t<a@x>',
        '',
        'Body',
      ]),
    );
    expect(mail.messageId).toBe('spaced@example.fi');
    expect(mail.inReplyTo).toBe('parent@tuki.example');
    expect(mail.references).toEqual(['a@x', 'b@y']);
    expect(mail.from).toEqual({ address: 'aino@example.fi', name: 'Virtanen, Aino' });
    expect(mail.to.map((entry) => entry.address)).toEqual(['one@example.com', 'two@example.com', 'three@example.com']);
    expect(mail.cc).toEqual([{ address: 'jyri@example.ee', name: 'Jüri' }]);
    expect(mail.replyTo).toEqual([{ address: 'replies@example.fi', name: '' }]);
    expect(mail.date).toBeNull();
    expect(mail.text).toBe('Body');
  });

  it('reads the Date header as ISO 8601 UTC', async () => {
    const mail = await parseMail(Buffer.from('From: a@example.com\nDate: Tue, 10 Mar 2026 11:03:00 +0200\n\nx'));
    expect(mail.date).toBe('2026-03-10T09:03:00.000Z');
  });

  it('keeps the classification headers as lower-case strings', async () => {
    const mail = await parseMail(
      mime([
        'From: a@example.com',
        'Auto-Submitted: auto-replied',
        'PRECEDENCE: bulk',
        'X-Spam-Status: No, score=0.2',
        'X-Unrelated: dropped',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'x',
        '--b--',
      ]),
    );
    expect(mail.headers['auto-submitted']).toBe('auto-replied');
    expect(mail.headers.precedence).toBe('bulk');
    expect(mail.headers['x-spam-status']).toBe('No, score=0.2');
    expect(mail.headers['content-type']).toBe('multipart/report; report-type=delivery-status; boundary=b');
    expect(mail.headers).not.toHaveProperty('x-unrelated');
  });

  it('derives text from HTML when a multipart mail has no text part', async () => {
    const mail = await parseMail(
      mime([
        'From: a@example.com',
        'Content-Type: multipart/mixed; boundary="m"',
        '',
        '--m',
        'Content-Type: text/html; charset=windows-1257',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '<p>Tere <b>=F5htust</b> &amp; =F0okolaadist</p><blockquote>vana</blockquote>',
        '--m',
        'Content-Type: application/octet-stream; name="data.bin"',
        'Content-Transfer-Encoding: base64',
        '',
        'AAEC',
        '--m--',
      ]),
    );
    expect(mail.html).toContain('õhtust');
    expect(mail.text).toBe('Tere õhtust & šokolaadist\n\n> vana');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ filename: 'data.bin', contentType: 'application/octet-stream', size: 3, inline: false, contentId: null });
  });

  it('unpacks the files of a winmail.dat (TNEF) with their types, and takes its body when the mail has none', async () => {
    const tnef = buildTnef({
      messageProps: [{ id: 0x1013, kind: 'binary', value: Buffer.from('<p>Kuvakaappaus <b>liitteenä</b>.</p>') }],
      attachments: [
        { title: 'KUVAKA~1.PNG', data: Buffer.from('\x89PNG fake'), props: [{ id: 0x3707, kind: 'unicode', value: 'Kuvakaappaus 1.png' }] },
        { title: 'tiedot.csv', data: Buffer.from('a;b\n1;2\n'), props: [{ id: 0x370e, kind: 'string8', value: 'text/csv' }] },
      ],
    });
    const mail = await parseMail(withWinmail(tnef, ['From: a@example.com']));
    expect(mail.attachments.map((attachment) => [attachment.filename, attachment.contentType, attachment.size, attachment.inline])).toEqual([
      ['Kuvakaappaus 1.png', 'image/png', 10, false],
      ['tiedot.csv', 'text/csv', 8, false],
    ]);
    expect(mail.html).toBe('<p>Kuvakaappaus <b>liitteenä</b>.</p>');
    expect(mail.text).toContain('Kuvakaappaus liitteenä.');
  });

  it('takes the body of a winmail.dat (TNEF) that carries it only as compressed RTF', async () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fswiss\fcharset186 Arial Baltic;}}\uc1\pard\plain\f0\fs20 {\*\htmltag64}{\*\htmltag19 <html>}{\*\htmltag50 <body>}{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 Hei! Laite ei k\'e4ynnisty, {\*\htmltag84 <b>}\htmlrtf {\b \htmlrtf0 virhekoodi E42}\htmlrtf0 {\*\htmltag92 </b>}.\htmlrtf\par}\htmlrtf0 {\*\htmltag72 </p>}{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 \f1 Tervitused, J\'fcri \'d0\'f5rmus\htmlrtf\par}\htmlrtf0 {\*\htmltag72 </p>}{\*\htmltag58 </body>}{\*\htmltag27 </html>}}`;
    const tnef = buildTnef({
      messageProps: [{ id: 0x1009, kind: 'binary', value: compressRtf(rtf) }],
      attachments: [{ title: 'VIRHE~1.JPG', data: Buffer.from('\xff\xd8 fake'), props: [{ id: 0x3707, kind: 'unicode', value: 'virhe näytöllä.jpg' }] }],
    });
    const mail = await parseMail(withWinmail(tnef, ['From: juri@example.ee', 'Subject: Laite ei käynnisty']));
    expect(mail.html).toBe('<html><body><p>Hei! Laite ei käynnisty, <b>virhekoodi E42</b>.</p><p>Tervitused, Jüri Šõrmus</p></body></html>');
    expect(mail.text).toBe('Hei! Laite ei käynnisty, virhekoodi E42.\n\nTervitused, Jüri Šõrmus');
    expect(mail.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([['virhe näytöllä.jpg', 'image/jpeg']]);
  });

  it('keeps a winmail.dat (TNEF) that does not decode as an ordinary attachment', async () => {
    const mail = await parseMail(
      mime([
        'From: a@example.com',
        'Content-Type: multipart/mixed; boundary="m"',
        '',
        '--m',
        'Content-Type: text/plain',
        '',
        'See attached.',
        '--m',
        'Content-Type: application/ms-tnef; name="winmail.dat"',
        'Content-Disposition: attachment; filename="winmail.dat"',
        'Content-Transfer-Encoding: base64',
        '',
        'eJ8+IgEAAQ==',
        '--m--',
      ]),
    );
    expect(mail.attachments.map((attachment) => [attachment.filename, attachment.contentType, attachment.content.length])).toEqual([['winmail.dat', 'application/ms-tnef', 7]]);
  });
});

describe('normalizeMessageId', () => {
  it('strips angle brackets and whitespace', () => {
    expect(normalizeMessageId('<a@b>')).toBe('a@b');
    expect(normalizeMessageId('  a@b ')).toBe('a@b');
    expect(normalizeMessageId('<>')).toBeNull();
    expect(normalizeMessageId('')).toBeNull();
    expect(normalizeMessageId(undefined)).toBeNull();
  });
});
