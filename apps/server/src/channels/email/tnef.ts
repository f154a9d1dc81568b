/**
 * A small decoder for TNEF (`winmail.dat`, `application/ms-tnef`, [MS-OXTNEF]): the attachments
 * and the plain, HTML or compressed RTF body Outlook packs into it. Every read is bounds-checked;
 * a broken file throws `TnefError` and the caller keeps the original part.
 */
import { decompressRtf, RtfError, rtfToBody } from './rtf.ts';

/** One file unpacked from a TNEF stream. */
export type TnefAttachment = { filename: string; contentType: string | null; content: Buffer };

/**
 * What a TNEF stream held. The body comes from PR_BODY / PR_BODY_HTML; when neither is there, from
 * the compressed RTF body (PR_RTF_COMPRESSED): its encapsulated HTML, else its text. An RTF body
 * that does not decode leaves `text` and `html` null.
 */
export type TnefContent = { attachments: TnefAttachment[]; text: string | null; html: string | null };

/** A TNEF stream that is truncated or malformed. */
export class TnefError extends Error {}

const SIGNATURE = 0x223e9f78;
const LEVEL_MESSAGE = 1;
const LEVEL_ATTACHMENT = 2;
// Attribute ids (the low 16 bits of the attribute tag).
const ATT_BODY = 0x800c;
const ATT_ATTACH_DATA = 0x800f;
const ATT_ATTACH_TITLE = 0x8010;
const ATT_ATTACH_REND_DATA = 0x9002;
const ATT_MSG_PROPS = 0x9003;
const ATT_OEM_CODEPAGE = 0x9007;
const ATT_ATTACHMENT = 0x9005;
// MAPI property ids.
const PR_BODY = 0x1000;
const PR_BODY_HTML = 0x1013;
const PR_RTF_COMPRESSED = 0x1009;
const PR_ATTACH_DATA = 0x3701;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_MIME_TAG = 0x370e;
// MAPI property types.
const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;
const PT_OBJECT = 0x000d;
const MV_FLAG = 0x1000;
const FIXED_SIZES: Record<number, number> = { 0x0002: 4, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8, 0x000a: 4, 0x000b: 4, 0x0014: 8, 0x0040: 8, 0x0048: 16 };

/** True when the bytes start with the TNEF signature. */
export function isTnef(data: Buffer): boolean {
  return data.length >= 6 && data.readUInt32LE(0) === SIGNATURE;
}

/** Decodes a TNEF stream into its attachments and body; throws `TnefError` when it is not valid TNEF. */
export function decodeTnef(data: Buffer): TnefContent {
  if (!isTnef(data)) throw new TnefError('Not a TNEF stream (bad signature)');
  const result: TnefContent = { attachments: [], text: null, html: null };
  type Packed = { title: string | null; props: Map<number, MapiValue>; data: Buffer | null };
  let current: Packed | null = null;
  const pending: Packed[] = [];
  let eightBit = new TextDecoder('windows-1252'); // 8-bit strings are in the OEM code page Outlook names
  let compressedRtf: Buffer | null = null;
  const text = (value: MapiValue) => (value.type === PT_UNICODE ? cString(value.bytes.toString('utf16le')) : value.type === PT_BINARY ? cString(value.bytes.toString('utf8')) : cString(eightBit.decode(value.bytes)));
  let offset = 6; // signature (4) + legacy key (2)
  while (offset < data.length) {
    if (offset + 9 > data.length) throw new TnefError('Truncated attribute header');
    const level = data[offset];
    const id = data.readUInt16LE(offset + 1);
    const length = data.readUInt32LE(offset + 5);
    const start = offset + 9;
    if (start + length + 2 > data.length) throw new TnefError('Truncated attribute');
    const value = data.subarray(start, start + length);
    offset = start + length + 2; // the 16-bit checksum is not verified: Outlook's readers ignore it too
    if (level === LEVEL_ATTACHMENT) {
      if (id === ATT_ATTACH_REND_DATA || !current) pending.push((current = { title: null, props: new Map(), data: null }));
      if (id === ATT_ATTACH_TITLE) current.title = cString(eightBit.decode(value));
      else if (id === ATT_ATTACH_DATA) current.data = value;
      else if (id === ATT_ATTACHMENT) current.props = readMapiProps(value);
    } else if (level === LEVEL_MESSAGE) {
      if (id === ATT_OEM_CODEPAGE && value.length >= 4) eightBit = codePageDecoder(value.readUInt32LE(0));
      else if (id === ATT_BODY) result.text ??= cString(eightBit.decode(value));
      else if (id === ATT_MSG_PROPS) {
        const props = readMapiProps(value);
        const body = props.get(PR_BODY);
        const html = props.get(PR_BODY_HTML);
        const rtf = props.get(PR_RTF_COMPRESSED);
        if (body) result.text = text(body);
        if (html) result.html = text(html);
        if (rtf?.type === PT_BINARY) compressedRtf = rtf.bytes;
      }
    }
  }
  if (compressedRtf && !result.text?.trim() && !result.html?.trim()) Object.assign(result, bodyFromRtf(compressedRtf));
  for (const entry of pending) {
    const attached = entry.props.get(PR_ATTACH_DATA);
    const content = entry.data ?? (attached && attached.type !== PT_OBJECT ? attached.bytes : null);
    if (!content) continue;
    const longName = entry.props.get(PR_ATTACH_LONG_FILENAME) ?? entry.props.get(PR_ATTACH_FILENAME);
    const mimeTag = entry.props.get(PR_ATTACH_MIME_TAG);
    result.attachments.push({
      filename: (longName ? text(longName) : entry.title) || 'attachment',
      contentType: mimeTag ? text(mimeTag).toLowerCase() || null : null,
      content: Buffer.from(content),
    });
  }
  return result;
}

type MapiValue = { type: number; bytes: Buffer };

// The body of a PR_RTF_COMPRESSED value; an RTF that does not decode gives no body rather than
// failing the whole stream, so its attachments are still unpacked.
function bodyFromRtf(compressed: Buffer): { text: string | null; html: string | null } {
  try {
    const body = rtfToBody(decompressRtf(compressed).toString('latin1'));
    return { text: body.text.trim() ? body.text : null, html: body.html?.trim() ? body.html : null };
  } catch (error) {
    if (error instanceof RtfError) return { text: null, html: null };
    throw error;
  }
}

// A MAPI property list: count, then per property its type, id (named properties carry a GUID and
// a name or number first), and value(s); variable-length values are always counted and padded to 4.
function readMapiProps(data: Buffer): Map<number, MapiValue> {
  const props = new Map<number, MapiValue>();
  const need = (at: number, size: number) => {
    if (at + size > data.length) throw new TnefError('Truncated MAPI property');
  };
  need(0, 4);
  const count = data.readUInt32LE(0);
  let offset = 4;
  for (let index = 0; index < count; index++) {
    need(offset, 4);
    const rawType = data.readUInt16LE(offset);
    const id = data.readUInt16LE(offset + 2);
    offset += 4;
    if (id >= 0x8000) {
      need(offset, 20);
      const kind = data.readUInt32LE(offset + 16);
      offset += 20;
      need(offset, 4);
      if (kind === 0) offset += 4;
      else {
        const nameLength = data.readUInt32LE(offset);
        offset += 4 + nameLength + pad(nameLength);
      }
    }
    const type = rawType & ~MV_FLAG;
    const variable = type === PT_STRING8 || type === PT_UNICODE || type === PT_BINARY || type === PT_OBJECT;
    let values = 1;
    if (variable || rawType & MV_FLAG) {
      need(offset, 4);
      values = data.readUInt32LE(offset);
      offset += 4;
    }
    if (!variable && FIXED_SIZES[type] === undefined) break; // an unknown type: its size is unknown, so stop here
    for (let value = 0; value < values; value++) {
      let size = FIXED_SIZES[type] ?? 0;
      if (variable) {
        need(offset, 4);
        size = data.readUInt32LE(offset);
        offset += 4;
      }
      need(offset, size);
      if (value === 0) props.set(id, { type, bytes: data.subarray(offset, offset + size) });
      offset += size + (variable ? pad(size) : 0);
    }
  }
  return props;
}

function pad(length: number): number {
  return (4 - (length % 4)) % 4;
}

function codePageDecoder(codePage: number): TextDecoder {
  const label = codePage === 65001 ? 'utf-8' : codePage === 28591 ? 'iso-8859-1' : codePage === 28605 ? 'iso-8859-15' : `windows-${codePage}`;
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('windows-1252');
  }
}

function cString(value: string): string {
  return value.replace(/\0+$/, '');
}
