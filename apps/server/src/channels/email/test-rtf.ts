/**
 * Test helper: writes compressed RTF (`PR_RTF_COMPRESSED`, [MS-OXRTFCP]) as Outlook stores it, so
 * tests need no third-party sample files. The compressor is greedy: at each position it takes the
 * longest dictionary match (2 to 17 bytes), else a literal.
 */

const DICTIONARY_PREFIX =
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx';

/** How to write the stream: `literalsOnly` never uses dictionary references; `rawSize` overrides RAWSIZE. */
export type CompressRtfOptions = { literalsOnly?: boolean; rawSize?: number };

/** Compresses RTF (a string is taken one byte per character, latin1) into an 'LZFu' stream with header and CRC. */
export function compressRtf(rtf: string | Buffer, { literalsOnly = false, rawSize }: CompressRtfOptions = {}): Buffer {
  const input = typeof rtf === 'string' ? Buffer.from(rtf, 'latin1') : rtf;
  const dictionary = Buffer.alloc(4096);
  dictionary.write(DICTIONARY_PREFIX, 'latin1');
  let write = DICTIONARY_PREFIX.length;
  const out: number[] = [];
  let position = 0;
  let finished = false;
  while (!finished) {
    const controlAt = out.length;
    out.push(0);
    let control = 0;
    for (let bit = 0; bit < 8; bit++) {
      if (position >= input.length) {
        // The end marker: a reference whose offset is the current write position.
        control |= 1 << bit;
        out.push(write >> 4, (write & 0x0f) << 4);
        finished = true;
        break;
      }
      const match = literalsOnly ? { offset: 0, length: 0 } : longestMatch(dictionary, write, input, position);
      const length = match.length >= 2 ? match.length : 1;
      if (match.length >= 2) {
        control |= 1 << bit;
        const reference = (match.offset << 4) | (match.length - 2);
        out.push(reference >> 8, reference & 0xff);
      } else out.push(input[position]);
      for (let index = 0; index < length; index++) {
        dictionary[write] = input[position++];
        write = (write + 1) % 4096;
      }
    }
    out[controlAt] = control;
  }
  const contents = Buffer.from(out);
  const header = Buffer.alloc(16);
  header.writeUInt32LE(contents.length + 12, 0);
  header.writeUInt32LE(rawSize ?? input.length, 4);
  header.writeUInt32LE(0x75465a4c, 8);
  header.writeUInt32LE(rtfCrc(contents), 12);
  return Buffer.concat([header, contents]);
}

/** Stores RTF without compression ('MELA'), as [MS-OXRTFCP] also allows. */
export function storeRtfUncompressed(rtf: string): Buffer {
  const input = Buffer.from(rtf, 'latin1');
  const header = Buffer.alloc(16);
  header.writeUInt32LE(input.length + 12, 0);
  header.writeUInt32LE(input.length, 4);
  header.writeUInt32LE(0x414c454d, 8);
  return Buffer.concat([header, input]);
}

/** The [MS-OXRTFCP] CRC-32 of compressed contents (reflected 0xEDB88320, initial 0, no final inversion). */
export function rtfCrc(bytes: Buffer): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return crc >>> 0;
}

// The longest run (at most 17 bytes) the decompressor would copy from some dictionary offset. A
// copy may read bytes it has just written, so positions written during the match read from the input.
function longestMatch(dictionary: Buffer, write: number, input: Buffer, position: number): { offset: number; length: number } {
  const most = Math.min(17, input.length - position);
  let best = { offset: 0, length: 0 };
  for (let offset = 0; offset < 4096; offset++) {
    if (offset === write) continue; // that offset is the end marker
    let length = 0;
    while (length < most) {
      const at = (offset + length) % 4096;
      const written = (at - write + 4096) % 4096;
      const byte = written < length ? input[position + written] : dictionary[at];
      if (byte !== input[position + length]) break;
      length++;
    }
    if (length > best.length) best = { offset, length };
    if (length === most) break;
  }
  return best;
}
