/**
 * Outlook's compressed RTF body (`PR_RTF_COMPRESSED`, [MS-OXRTFCP]) and a small RTF reader that
 * turns it into a mail body: the original HTML when the RTF encapsulates it ([MS-OXRTFEX],
 * `\fromhtml1`), plain text otherwise. Every read is bounds-checked; broken data throws `RtfError`.
 */
import { htmlToText } from './html-to-text.ts';

/** Compressed RTF that is truncated or malformed. */
export class RtfError extends Error {}

/** The most decompressed RTF kept from one body (20 MB); longer output is cut here. */
export const MAX_RTF_BYTES = 20 * 1024 * 1024;

const COMPRESSED = 0x75465a4c; // 'LZFu'
const UNCOMPRESSED = 0x414c454d; // 'MELA'
const HEADER_SIZE = 16;
const DICTIONARY_SIZE = 4096;
// [MS-OXRTFCP] 3.1.1.1.2: the dictionary starts with these 207 bytes; writing continues after them.
const DICTIONARY_PREFIX =
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx';

/**
 * Decompresses a `PR_RTF_COMPRESSED` value into the RTF bytes. Output stops at RAWSIZE or at
 * `maxBytes`, whichever is smaller; throws `RtfError` on a bad header, a CRC mismatch or data
 * that ends before its end marker.
 */
export function decompressRtf(data: Buffer, maxBytes = MAX_RTF_BYTES): Buffer {
  if (data.length < HEADER_SIZE) throw new RtfError('Compressed RTF is shorter than its header');
  const compressedSize = data.readUInt32LE(0);
  const rawSize = data.readUInt32LE(4);
  const type = data.readUInt32LE(8);
  const crc = data.readUInt32LE(12);
  if (compressedSize < HEADER_SIZE - 4) throw new RtfError(`Compressed RTF size ${compressedSize} is smaller than its header`);
  if (compressedSize + 4 > data.length) throw new RtfError(`Compressed RTF is truncated (${data.length} of ${compressedSize + 4} bytes)`);
  const contents = data.subarray(HEADER_SIZE, compressedSize + 4);
  if (type === UNCOMPRESSED) {
    if (rawSize > contents.length) throw new RtfError(`Uncompressed RTF is truncated (${contents.length} of ${rawSize} bytes)`);
    return Buffer.from(contents.subarray(0, Math.min(rawSize, maxBytes)));
  }
  if (type !== COMPRESSED) throw new RtfError(`Unknown RTF compression type 0x${type.toString(16).padStart(8, '0')}`);
  if (crc32(contents) !== crc) throw new RtfError('Compressed RTF fails its CRC check');

  // A control byte and eight 2-byte references (17 bytes) expand to at most 8 × 17 bytes.
  const limit = Math.min(rawSize, maxBytes, contents.length * 8);
  const output = Buffer.alloc(limit);
  const dictionary = Buffer.alloc(DICTIONARY_SIZE);
  dictionary.write(DICTIONARY_PREFIX, 'latin1');
  let write = DICTIONARY_PREFIX.length;
  let produced = 0;
  let at = 0;
  const put = (byte: number) => {
    output[produced++] = byte;
    dictionary[write] = byte;
    write = (write + 1) % DICTIONARY_SIZE;
  };
  while (produced < limit) {
    if (at >= contents.length) throw new RtfError('Compressed RTF ends before its end marker');
    const control = contents[at++];
    for (let bit = 0; bit < 8 && produced < limit; bit++) {
      if ((control & (1 << bit)) === 0) {
        if (at >= contents.length) throw new RtfError('Compressed RTF ends inside a literal');
        put(contents[at++]);
        continue;
      }
      if (at + 2 > contents.length) throw new RtfError('Compressed RTF ends inside a reference');
      const reference = contents.readUInt16BE(at);
      at += 2;
      const offset = reference >> 4;
      if (offset === write) return produced === limit ? output : Buffer.from(output.subarray(0, produced)); // the end marker
      const length = (reference & 0x0f) + 2;
      for (let index = 0; index < length && produced < limit; index++) put(dictionary[(offset + index) % DICTIONARY_SIZE]);
    }
  }
  return output;
}

// [MS-OXRTFCP] 3.1.3.2: CRC-32 with the reflected polynomial 0xEDB88320, starting from 0 and
// without a final inversion, over the CONTENTS after the header.
function crc32(bytes: Buffer): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return crc >>> 0;
}

/** A mail body read from RTF: `html` is set only when the RTF encapsulates HTML. */
export type RtfBody = { html: string | null; text: string };

type GroupState = {
  skip: boolean; // inside a destination that is not body text (font table, pictures, \* groups…)
  fontTable: boolean;
  htmlTag: boolean; // inside {\*\htmltag…}: original HTML markup
  suppressed: boolean; // \htmlrtf: RTF-only content that was not in the original
  unicodeSkip: number; // \ucN: how many fallback characters follow each \uN
  font: number | null;
};

// Destinations whose content is never body text (the \* ones are skipped anyway).
const SKIPPED_DESTINATIONS = new Set([
  'colortbl', 'stylesheet', 'info', 'pict', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'footnote', 'annotation', 'atnid', 'atnauthor', 'fldinst', 'datafield', 'filetbl', 'revtbl', 'listtable', 'listoverridetable',
  'rsidtbl', 'xmlnstbl', 'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'objdata', 'objclass', 'nonshppict',
  'shpinst', 'pn', 'xe', 'tc', 'txe', 'rxe', 'template', 'mmathPr', 'generator', 'userprops', 'docvar',
]);
// \fcharsetN → Windows code page, for fonts that name a character set.
const CHARSET_CODE_PAGES: Record<number, number> = {
  0: 1252, 77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257,
  204: 1251, 222: 874, 238: 1250,
};
const SYMBOL_WORDS: Record<string, string> = {
  lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c', rdblquote: '\u201d', bullet: '\u2022', endash: '\u2013', emdash: '\u2014',
};
const MAX_DEPTH = 512;

/**
 * Reads an RTF document (one character per byte, as `Buffer#toString('latin1')` gives it) into a
 * mail body: the de-encapsulated HTML for `\fromhtml1` RTF, plain text for any other RTF.
 */
export function rtfToBody(rtf: string): RtfBody {
  const sink = new TextSink();
  const fontCodePages = new Map<number, number>();
  let html = false;
  let defaultCodePage = 1252;
  let defaultFont: number | null = null;
  let definingFont: number | null = null;
  let state: GroupState = { skip: false, fontTable: false, htmlTag: false, suppressed: false, unicodeSkip: 1, font: null };
  const stack: GroupState[] = [];
  let extraDepth = 0; // groups nested deeper than MAX_DEPTH share their parent's state
  let fallback = 0; // fallback characters still to drop after a \uN
  let ignorable = false; // just read \*
  const newline = () => (html ? '\r\n' : '\n');
  const visible = () => !state.skip && (state.htmlTag || !state.suppressed);
  const codePage = () => {
    if (state.htmlTag) return defaultCodePage; // [MS-OXRTFEX] 2.2.3.2: tag content uses the document code page
    const font = state.font ?? defaultFont;
    return (font !== null ? fontCodePages.get(font) : undefined) ?? defaultCodePage;
  };
  const byte = (value: number) => {
    if (fallback > 0) fallback--;
    else if (visible()) sink.byte(value, codePage());
  };
  const symbol = (value: string) => {
    if (fallback > 0) fallback--;
    else if (visible()) sink.text(value);
  };
  const emit = (value: string) => {
    if (visible()) sink.text(value);
  };

  const controlWord = (name: string, param: number | null) => {
    if (ignorable) {
      ignorable = false;
      if (html && name === 'htmltag' && !state.skip) state.htmlTag = true;
      else state.skip = true;
      return;
    }
    if (state.fontTable) {
      if (name === 'f') definingFont = param;
      else if (name === 'fcharset' && definingFont !== null && param !== null && CHARSET_CODE_PAGES[param]) fontCodePages.set(definingFont, CHARSET_CODE_PAGES[param]);
      else if (name === 'cpg' && definingFont !== null && param) fontCodePages.set(definingFont, param);
      return;
    }
    if (state.skip) return;
    if (name === 'u' && param !== null) {
      emit(String.fromCharCode(param < 0 ? param + 0x10000 : param & 0xffff));
      fallback = state.unicodeSkip;
      return;
    }
    if (name === 'uc') {
      if (param !== null && param >= 0) state.unicodeSkip = Math.min(param, 16);
      return;
    }
    if (name === 'par') return emit(newline());
    if (name === 'tab') return emit('\t');
    if (SYMBOL_WORDS[name]) return emit(SYMBOL_WORDS[name]);
    if (state.htmlTag) return; // any other control word inside HTML markup has no text
    switch (name) {
      case 'fonttbl':
        state.fontTable = true;
        state.skip = true;
        return;
      case 'ansicpg':
        if (param !== null && param > 0) defaultCodePage = param;
        return;
      case 'deff':
        defaultFont = param;
        return;
      case 'fromhtml':
        if (param !== 0 && sink.isEmpty()) html = true;
        return;
      case 'f':
        state.font = param;
        return;
      case 'plain':
        state.font = null;
        return;
      case 'htmlrtf':
        state.suppressed = param !== 0;
        return;
      case 'line':
      case 'sect':
      case 'page':
      case 'row':
        return emit(newline());
      case 'cell':
        return emit('\t');
      case 'emspace':
      case 'enspace':
      case 'qmspace':
        return emit(' ');
    }
    if (SKIPPED_DESTINATIONS.has(name)) state.skip = true;
  };

  const length = rtf.length;
  let index = 0;
  while (index < length) {
    const code = rtf.charCodeAt(index);
    if (code === 0x7b) {
      // {
      if (stack.length < MAX_DEPTH) {
        stack.push(state);
        state = { ...state };
      } else extraDepth++;
      fallback = 0;
      ignorable = false;
      index++;
    } else if (code === 0x7d) {
      // }
      if (extraDepth > 0) extraDepth--;
      else {
        const parent = stack.pop();
        if (!parent || stack.length === 0) break; // the document's own group is closed: what follows is padding
        state = parent;
      }
      fallback = 0;
      ignorable = false;
      index++;
    } else if (code === 0x5c) {
      // \
      const next = rtf.charCodeAt(index + 1);
      if (isLetter(next)) {
        let end = index + 1;
        while (end < length && isLetter(rtf.charCodeAt(end))) end++;
        const name = rtf.slice(index + 1, end);
        let param: number | null = null;
        const negative = rtf.charCodeAt(end) === 0x2d && isDigit(rtf.charCodeAt(end + 1));
        let digits = negative ? end + 1 : end;
        const digitsStart = digits;
        while (digits < length && isDigit(rtf.charCodeAt(digits)) && digits - digitsStart < 10) digits++;
        if (digits > digitsStart) {
          param = Number(rtf.slice(digitsStart, digits)) * (negative ? -1 : 1);
          end = digits;
        }
        if (rtf.charCodeAt(end) === 0x20) end++; // the delimiting space belongs to the control word
        index = end;
        if (name === 'bin') index += Math.min(Math.max(param ?? 0, 0), length - index); // raw binary data
        else controlWord(name, param);
      } else if (next === 0x27) {
        // \'hh
        const hex = rtf.slice(index + 2, index + 4);
        if (/^[0-9a-f]{2}$/i.test(hex)) {
          ignorable = false;
          byte(parseInt(hex, 16));
          index += 4;
        } else index += 2;
      } else {
        index += 2;
        if (next === 0x2a) ignorable = true; // \*
        else if (next === 0x5c || next === 0x7b || next === 0x7d) byte(next); // \\ \{ \}
        else if (next === 0x7e) symbol('\u00a0'); // \~ non-breaking space
        else if (next === 0x5f) symbol(state.htmlTag ? '\u00ad' : '\u2011'); // \_
        else if (next === 0x2d) symbol(state.htmlTag ? '\u00ad' : ''); // \- optional hyphen
        else if (next === 0x0d || next === 0x0a) {
          emit(newline()); // a backslash before a line break is \par
        }
      }
    } else if (state.skip && fallback === 0) {
      // Text of a skipped destination (fonts, pictures…): jump to the next control character.
      index++;
      while (index < length && !isSpecial(rtf.charCodeAt(index))) index++;
      ignorable = false;
    } else {
      // Line breaks in the RTF source are not text; everything else is a byte in the current code page.
      if (code !== 0x0d && code !== 0x0a && code !== 0) {
        ignorable = false;
        byte(code & 0xff);
      }
      index++;
    }
  }

  const output = sink.result();
  if (html) return { html: output, text: htmlToText(output) };
  return { html: null, text: output.replace(/\s+$/, '') };
}

// Collects output text; bytes are decoded together so multi-byte code pages (932, 936…) work.
class TextSink {
  private parts: string[] = [];
  private bytes: number[] = [];
  private codePage = 1252;

  byte(value: number, codePage: number): void {
    if (this.bytes.length && (codePage !== this.codePage || this.bytes.length >= 65536)) this.flush();
    this.codePage = codePage;
    this.bytes.push(value);
  }

  text(value: string): void {
    this.flush();
    this.parts.push(value);
  }

  isEmpty(): boolean {
    return this.bytes.length === 0 && this.parts.every((part) => part === '');
  }

  result(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    if (!this.bytes.length) return;
    this.parts.push(decoderFor(this.codePage).decode(Uint8Array.from(this.bytes)));
    this.bytes = [];
  }
}

const CODE_PAGE_LABELS: Record<number, string> = {
  932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 10000: 'macintosh', 20866: 'koi8-r', 28591: 'iso-8859-1',
  28592: 'iso-8859-2', 28605: 'iso-8859-15', 65001: 'utf-8',
};
const decoders = new Map<number, TextDecoder>();

function decoderFor(codePage: number): TextDecoder {
  let decoder = decoders.get(codePage);
  if (decoder) return decoder;
  try {
    decoder = new TextDecoder(CODE_PAGE_LABELS[codePage] ?? `windows-${codePage}`);
  } catch {
    decoder = decoderFor(1252); // a code page TextDecoder does not know (437, 850…)
  }
  decoders.set(codePage, decoder);
  return decoder;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isSpecial(code: number): boolean {
  return code === 0x5c || code === 0x7b || code === 0x7d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
