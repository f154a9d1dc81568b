import { describe, expect, it } from 'vitest';
import { decompressRtf, RtfError, rtfToBody } from './rtf.ts';
import { compressRtf, rtfCrc, storeRtfUncompressed } from './test-rtf.ts';

// [MS-OXRTFCP] section 4.1: the specification's own compressed example and the RTF it holds.
const SPEC_RTF = '{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n';
const SPEC_COMPRESSED = Buffer.from(
  '2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af32068656c090020627705b06c647d0a800fa0',
  'hex',
);

// A header for `contents` with consistent COMPSIZE and CRC, so only the contents are wrong.
function withHeader(contents: Buffer, rawSize: number): Buffer {
  const header = Buffer.alloc(16);
  header.writeUInt32LE(contents.length + 12, 0);
  header.writeUInt32LE(rawSize, 4);
  header.writeUInt32LE(0x75465a4c, 8);
  header.writeUInt32LE(rtfCrc(contents), 12);
  return Buffer.concat([header, contents]);
}

describe('decompressRtf', () => {
  it('decompresses the example of [MS-OXRTFCP] to its RTF', () => {
    expect(decompressRtf(SPEC_COMPRESSED).toString('latin1')).toBe(SPEC_RTF);
  });

  it('round-trips the test compressor, which writes the specification example byte for byte', () => {
    expect(compressRtf(SPEC_RTF).toString('hex')).toBe(SPEC_COMPRESSED.toString('hex'));
    const rtf = `{\\rtf1\\ansi\\ansicpg1257\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset186 Calibri;}}\\f0 ${'Tere \\\'f5htust, tere \\\'f5htust!\\par '.repeat(40)}}`;
    const compressed = compressRtf(rtf);
    expect(compressed.length).toBeLessThan(rtf.length / 4); // dictionary references do the work
    expect(decompressRtf(compressed).toString('latin1')).toBe(rtf);
    const literal = compressRtf(rtf, { literalsOnly: true });
    expect(literal.length).toBeGreaterThan(rtf.length);
    expect(decompressRtf(literal).toString('latin1')).toBe(rtf);
    expect(decompressRtf(storeRtfUncompressed(rtf)).toString('latin1')).toBe(rtf);
  });

  it('throws RtfError on truncated or malformed data', () => {
    expect(() => decompressRtf(SPEC_COMPRESSED.subarray(0, 10))).toThrow(RtfError);
    expect(() => decompressRtf(SPEC_COMPRESSED.subarray(0, SPEC_COMPRESSED.length - 1))).toThrow(/truncated/);
    // Valid header and CRC, but the data stops before the end marker.
    expect(() => decompressRtf(withHeader(SPEC_COMPRESSED.subarray(16, 30), SPEC_RTF.length))).toThrow(/ends/);
    expect(() => decompressRtf(withHeader(Buffer.from([0xff, 0x00]), 100))).toThrow(/ends inside a reference/);
    const badType = Buffer.from(SPEC_COMPRESSED);
    badType.write('ABCD', 8, 'latin1');
    expect(() => decompressRtf(badType)).toThrow(/Unknown RTF compression type 0x44434241/);
    const badCrc = Buffer.from(SPEC_COMPRESSED);
    badCrc[20] ^= 0x01;
    expect(() => decompressRtf(badCrc)).toThrow(/CRC/);
    const shortUncompressed = storeRtfUncompressed('{\\rtf1 x}');
    shortUncompressed.writeUInt32LE(1000, 4);
    expect(() => decompressRtf(shortUncompressed)).toThrow(RtfError);
  });

  it('never writes more than RAWSIZE or the given maximum, whatever the header claims', () => {
    expect(decompressRtf(compressRtf(SPEC_RTF, { rawSize: 12 })).toString('latin1')).toBe('{\\rtf1\\ansi\\');
    expect(decompressRtf(SPEC_COMPRESSED, 5).toString('latin1')).toBe('{\\rtf');
    // A RAWSIZE of 4 GB on a few bytes allocates only what the data can expand to.
    expect(decompressRtf(compressRtf(SPEC_RTF, { rawSize: 0xffffffff })).toString('latin1')).toBe(SPEC_RTF);
    // Eight references per control byte, each copying 17 bytes: the largest expansion there is.
    const bomb = withHeader(Buffer.from([0xff, 0x00, 0x0f, 0x00, 0x0f, 0x00, 0x0f, 0x00, 0x0f, 0x00, 0x0f, 0x00, 0x0f, 0x00, 0x0f, 0x00, 0x0f]), 0xffffffff);
    expect(decompressRtf(bomb).toString('latin1')).toBe('{\\rtf1\\ansi\\mac\\d'.repeat(8));
  });
});

describe('rtfToBody', () => {
  it('decodes \\\'hh escapes in the document code page and in each font\'s character set', () => {
    const estonian = String.raw`{\rtf1\ansi\ansicpg1257\deff0{\fonttbl{\f0\fswiss\fcharset186 Calibri;}}{\colortbl;\red0\green0\blue0;}\pard\f0\fs22 Tere \'f5htust! \'c4ge \'f0okolaad ja \'d0veits.\par Hyv\'e4\'e4 p\'e4iv\'e4\'e4, \'fc\'f6\'e4.\par}`;
    expect(rtfToBody(estonian)).toEqual({ html: null, text: 'Tere õhtust! Äge šokolaad ja Šveits.\nHyvää päivää, üöä.' });
    const mixed = String.raw`{\rtf1\ansi\deff0{\fonttbl{\f0\fnil Arial;}{\f1\fnil\fcharset204 Arial CYR;}{\f2\fnil\fcharset238 Arial CE;}}\f0 K\'e4\'e4nn\'f6s: {\f1\'cf\'f0\'e8\'e2\'e5\'f2}, {\f2 \'9a\'e8}\par}`;
    expect(rtfToBody(mixed).text).toBe('Käännös: Привет, šč');
    expect(rtfToBody(String.raw`{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Arial;}}\f0 \'cf\'f0\'e8\'e2\'e5\'f2}`).text).toBe('Привет');
    expect(rtfToBody(String.raw`{\rtf1\ansi\ansicpg1250 \'9ea\'9aek}`).text).toBe('žašek');
  });

  it('decodes \\uN escapes, negative ones and surrogate pairs, skipping \\ucN fallback characters', () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252\uc1 Euro \u8364?, hymy \u-10179?\u-8704?, {\uc2 \u1055\'cf\'cf}{\uc0 \u246 } ok \u353\'9a.}`;
    expect(rtfToBody(rtf).text).toBe('Euro €, hymy 😀, Пö ok š.');
  });

  it('turns plain RTF into text with paragraphs, leaving out fonts, pictures, metadata and field codes', () => {
    const rtf = [
      String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1035{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset2 Symbol;}}`,
      String.raw`{\colortbl ;\red0\green0\blue255;}`,
      String.raw`{\*\generator Riched20 10.0.19041}{\info{\author Maija Meik\'e4l\'e4inen}}\viewkind4\uc1 `,
      String.raw`\pard\sa200\sl276\slmult1\f0\fs22\lang11 Hei,\par`,
      String.raw`\par`,
      String.raw`kiitos viestist\'e4! Tilauksesi {\field{\*\fldinst{HYPERLINK "https://kauppa.example/tilaus/42"}}{\fldrslt{\ul\cf1 numero 42}}} on l\'e4hetetty \{tänään\} \\ huomenna.\par`,
      String.raw`{\pict{\*\picprop}\wmetafile8\picw265\pich265 0100090000035000}{\*\bkmkstart merkki}`,
      String.raw`Terveisin\line Maija\tab Tuki\par`,
      '}',
    ].join('\r\n');
    expect(rtfToBody(rtf)).toEqual({ html: null, text: 'Hei,\n\nkiitos viestistä! Tilauksesi numero 42 on lähetetty {tänään} \\ huomenna.\nTerveisin\nMaija\tTuki' });
  });

  it('de-encapsulates HTML from \\fromhtml1 RTF: tag groups and text kept, \\htmlrtf regions dropped', () => {
    const rtf = [
      String.raw`{\rtf1\ansi\ansicpg1252\fromhtml1 \fbidis \deff0{\fonttbl`,
      String.raw`{\f0\fswiss\fcharset0 Arial;}{\f1\fmodern Courier New;}{\f2\fnil\fcharset2 Symbol;}{\f4\fswiss\fcharset186 Calibri;}}`,
      String.raw`{\colortbl\red0\green0\blue0;\red5\green99\blue193;}`,
      String.raw`\uc1\pard\plain\deftab360 \f0\fs24 `,
      String.raw`{\*\htmltag19 <html>}{\*\htmltag34 <head>}{\*\htmltag1 \par }`,
      String.raw`{\*\htmltag241 <style>}{\*\htmltag241 p.MsoNormal \{margin:0cm;\}}{\*\htmltag249 </style>}{\*\htmltag41 </head>}{\*\htmltag2 \par }`,
      String.raw`{\*\htmltag50 <body lang=FI>}\htmlrtf \lang1035 \htmlrtf0 `,
      String.raw`{\*\htmltag64 <p class=MsoNormal>}\htmlrtf {\htmlrtf0 \f4 Hei, t\'e4ss\'e4 on {\*\htmltag84 <b>}\htmlrtf {\b \htmlrtf0 syyskuun raportti\htmlrtf }\htmlrtf0 {\*\htmltag92 </b>}{\*\htmltag84 &lt;}\htmlrtf <\htmlrtf0 3{\*\htmltag84 &nbsp;}\htmlrtf \'a0\htmlrtf0 \u8364?{\*\htmltag244 <o:p>}{\*\htmltag252 </o:p>}\htmlrtf\par}\htmlrtf0`,
      String.raw`{\*\htmltag72 </p>}{\*\htmltag58 </body>}{\*\htmltag27 </html>}}`,
    ].join('\r\n');
    const body = rtfToBody(rtf);
    expect(body.html).toBe(
      '<html><head>\r\n<style>p.MsoNormal {margin:0cm;}</style></head>\r\n<body lang=FI><p class=MsoNormal>Hei, tässä on <b>syyskuun raportti</b>&lt;3&nbsp;€<o:p></o:p></p></body></html>',
    );
    expect(body.text).toBe('Hei, tässä on syyskuun raportti<3 €'); // html-to-text turns &nbsp; into a space
  });

  it('gives back the original HTML of the [MS-OXRTFEX] encapsulation example', () => {
    const rtf = [
      String.raw`{\rtf1\ANSI\ansicpg1251\fromhtml1 \deff0{\fonttbl {\f0\fmodern Courier New;}{\f1\fswiss Arial;}{\f2\fswiss\fcharset0 Arial;}}`,
      String.raw`{\colortbl\red0\green0\blue0;\red0\green0\blue255;}`,
      String.raw`{\*\htmltag64}`,
      String.raw`\uc1\pard\plain\deftab360 \f0\fs24`,
      String.raw`{\*\htmltag <HTML><head>\par`,
      String.raw`<style>\par`,
      String.raw`<!--\par`,
      String.raw` /* Style Definitions */\par`,
      String.raw` p.MsoNormal, li.MsoNormal \{font-family:Arial;\}\par`,
      String.raw`-->\par`,
      String.raw`</style>\par`,
      String.raw`\tab <!-- This is a HTML comment.\par`,
      String.raw`There is a horizontal tab (%x09) character before the comment, \par`,
      String.raw`and some new lines inside the comment. -->\par`,
      String.raw`</head>\par`,
      String.raw`<body>\par`,
      String.raw`<p\par`,
      String.raw`class="MsoNormal">}`,
      String.raw`{\htmlrtf \f1 \htmlrtf0 Note the line break inside a P tag. {\*\htmltag <b>}{\htmlrtf \b \htmlrtf0 This is a bold text{\*\htmltag </b>}} \htmlrtf\par\htmlrtf0}`,
      String.raw`\htmlrtf \par \htmlrtf0`,
      String.raw`{\*\htmltag </p>\par`,
      String.raw`<p class="MsoNormal">\par}`,
      String.raw`{\htmlrtf \f1 \htmlrtf0 This is a normal text with a character references: {\*\htmltag &nbsp;}\htmlrtf \'a0\htmlrtf0  {\*\htmltag &lt;}\htmlrtf <\htmlrtf0  {\*\htmltag &uml;}\htmlrtf {\f2\'a8}\htmlrtf0{\*\htmltag <br>\par}\htmlrtf\line\htmlrtf0`,
      String.raw`characters which have special meaning in RTF: \{\}\\{\*\htmltag <br>\par}\htmlrtf\line\htmlrtf0\htmlrtf\par\htmlrtf0}`,
      String.raw`{\*\htmltag </p>\par`,
      String.raw`</body>\par`,
      String.raw`</HTML>}}`,
    ].join('\r\n');
    expect(rtfToBody(rtf).html).toBe(
      [
        '<HTML><head>',
        '<style>',
        '<!--',
        ' /* Style Definitions */',
        ' p.MsoNormal, li.MsoNormal {font-family:Arial;}',
        '-->',
        '</style>',
        '\t<!-- This is a HTML comment.',
        'There is a horizontal tab (%x09) character before the comment, ',
        'and some new lines inside the comment. -->',
        '</head>',
        '<body>',
        '<p',
        'class="MsoNormal">Note the line break inside a P tag. <b>This is a bold text</b> </p>',
        '<p class="MsoNormal">',
        'This is a normal text with a character references: &nbsp; &lt; &uml;<br>',
        'characters which have special meaning in RTF: {}\\<br>',
        '</p>',
        '</body>',
        '</HTML>',
      ].join('\r\n'),
    );
  });

  it('survives hostile RTF: deep nesting, a huge \\bin, a backslash at the end, padding after the document', () => {
    expect(rtfToBody(`${'{'.repeat(100_000)}syvä${'}'.repeat(100_000)}`).text).toBe('syvä');
    expect(rtfToBody(String.raw`{\rtf1 ennen {\bin4000000000 }`).text).toBe('ennen');
    expect(rtfToBody(String.raw`{\rtf1 loppu\'`).text).toBe('loppu');
    expect(rtfToBody('{\\rtf1 valmis}\0\0{roskaa}').text).toBe('valmis');
  });
});
