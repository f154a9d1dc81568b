import { describe, expect, it } from 'vitest';
import { decodeTnef, isTnef, TnefError } from './tnef.ts';
import { buildTnef } from './test-tnef.ts';
import { compressRtf } from './test-rtf.ts';

// Outlook's HTML-encapsulating RTF ([MS-OXRTFEX]) for "<p>Liitteenä <b>syyskuun raportti</b>.</p>".
const HTML_RTF = String.raw`{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}\uc1\pard\plain\f0\fs20 {\*\htmltag64}{\*\htmltag19 <html>}{\*\htmltag50 <body>}{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 Liitteen\'e4 {\*\htmltag84 <b>}\htmlrtf {\b \htmlrtf0 syyskuun raportti\htmlrtf }\htmlrtf0 {\*\htmltag92 </b>}.\htmlrtf\par}\htmlrtf0 {\*\htmltag72 </p>}{\*\htmltag58 </body>}{\*\htmltag27 </html>}}`;

describe('decodeTnef', () => {
  it('unpacks attachments with their long names and MIME types, and the plain and HTML body', () => {
    const tnef = buildTnef({
      messageProps: [
        { id: 0x8005, kind: 'long', value: 7, name: 'SomeNamedProperty' },
        { id: 0x1000, kind: 'unicode', value: 'Hei, liitteenä raportti.' },
        { id: 0x1013, kind: 'binary', value: Buffer.from('<p>Hei, liitteenä <b>raportti</b>.</p>') },
      ],
      attachments: [
        { title: 'RAPORT~1.PDF', data: Buffer.from('%PDF-1.4 fake'), props: [{ id: 0x3707, kind: 'unicode', value: 'Raportti – syyskuu.pdf' }, { id: 0x370e, kind: 'string8', value: 'Application/PDF' }] },
        { title: 'muistiinpanot-ä.txt', data: Buffer.from('plain notes') },
      ],
    });
    expect(isTnef(tnef)).toBe(true);
    const content = decodeTnef(tnef);
    expect(content.text).toBe('Hei, liitteenä raportti.');
    expect(content.html).toBe('<p>Hei, liitteenä <b>raportti</b>.</p>');
    expect(content.attachments.map((file) => [file.filename, file.contentType, file.content.toString()])).toEqual([
      ['Raportti – syyskuu.pdf', 'application/pdf', '%PDF-1.4 fake'],
      ['muistiinpanot-ä.txt', null, 'plain notes'],
    ]);
  });

  it('refuses bytes that are not TNEF and TNEF that is cut short', () => {
    expect(isTnef(Buffer.from('PK\x03\x04 not tnef'))).toBe(false);
    expect(() => decodeTnef(Buffer.from('not tnef at all'))).toThrow(TnefError);
    expect(() => decodeTnef(buildTnef({ attachments: [{ title: 'a.txt', data: Buffer.from('abc') }], truncateBy: 3 }))).toThrow(TnefError);
    const lyingCount = buildTnef({ messageProps: [{ id: 0x1000, kind: 'string8', value: 'x' }] });
    // Claim a string of 1 GB inside the property list: the decoder stops instead of reading past the end.
    const at = lyingCount.indexOf(Buffer.from('x\0'));
    lyingCount.writeUInt32LE(0x40000000, at - 4);
    expect(() => decodeTnef(lyingCount)).toThrow(TnefError);
  });

  it('takes the body from compressed RTF when there is no PR_BODY or PR_BODY_HTML', () => {
    const htmlOnly = decodeTnef(
      buildTnef({
        messageProps: [{ id: 0x1009, kind: 'binary', value: compressRtf(HTML_RTF) }],
        attachments: [{ title: 'raportti.pdf', data: Buffer.from('%PDF-1.4 fake') }],
      }),
    );
    expect(htmlOnly.html).toBe('<html><body><p>Liitteenä <b>syyskuun raportti</b>.</p></body></html>');
    expect(htmlOnly.text).toBe('Liitteenä syyskuun raportti.');
    expect(htmlOnly.attachments.map((file) => file.filename)).toEqual(['raportti.pdf']);

    const plain = String.raw`{\rtf1\ansi\ansicpg1257\deff0{\fonttbl{\f0\fswiss\fcharset186 Calibri;}}\f0 Tere!\par\par Arve on lisatud, \'f5ige summa on 42 \u8364?.\par}`;
    expect(decodeTnef(buildTnef({ messageProps: [{ id: 0x1009, kind: 'binary', value: compressRtf(plain) }] }))).toEqual({
      attachments: [],
      text: 'Tere!\n\nArve on lisatud, õige summa on 42 €.',
      html: null,
    });
  });

  it('prefers PR_BODY to the compressed RTF', () => {
    const content = decodeTnef(
      buildTnef({
        messageProps: [
          { id: 0x1000, kind: 'unicode', value: 'Tekstiversio.' },
          { id: 0x1009, kind: 'binary', value: compressRtf(HTML_RTF) },
        ],
      }),
    );
    expect(content).toEqual({ attachments: [], text: 'Tekstiversio.', html: null });
  });

  it('keeps the attachments and leaves the body empty when the compressed RTF is broken', () => {
    const broken = compressRtf(HTML_RTF);
    broken[broken.length - 5] ^= 0xff; // the CRC no longer matches
    const content = decodeTnef(
      buildTnef({
        messageProps: [{ id: 0x1009, kind: 'binary', value: broken }],
        attachments: [{ title: 'lasku.pdf', data: Buffer.from('%PDF-1.4 fake') }],
      }),
    );
    expect(content.text).toBeNull();
    expect(content.html).toBeNull();
    expect(content.attachments.map((file) => [file.filename, file.content.toString()])).toEqual([['lasku.pdf', '%PDF-1.4 fake']]);
    const truncated = compressRtf(HTML_RTF).subarray(0, 40);
    expect(decodeTnef(buildTnef({ messageProps: [{ id: 0x1009, kind: 'binary', value: truncated }] }))).toEqual({ attachments: [], text: null, html: null });
  });
});
