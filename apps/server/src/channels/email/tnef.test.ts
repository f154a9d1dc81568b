import { describe, expect, it } from 'vitest';
import { decodeTnef, isTnef, TnefError } from './tnef.ts';
import { buildTnef } from './test-tnef.ts';

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
});
