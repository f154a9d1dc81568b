/** Extensions Tuki never stores: programs and scripts that run when opened. */
export const BLOCKED_EXTENSIONS = new Set([
  'exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'msi', 'msp', 'mst', 'dll', 'cpl', 'sys', 'drv',
  'js', 'jse', 'mjs', 'cjs', 'vbs', 'vbe', 'wsf', 'wsh', 'wsc', 'hta', 'ps1', 'psm1', 'psd1', 'reg', 'lnk', 'inf',
  'jar', 'sh', 'bash', 'csh', 'ksh', 'command', 'app', 'appx', 'msix', 'apk', 'deb', 'rpm', 'elf', 'run', 'gadget', 'application', 'scf', 'url',
]);

/** Media types of programs and scripts, declared by the client or sniffed from the bytes. */
export const BLOCKED_TYPES = new Set([
  'application/x-msdownload', 'application/x-msdos-program', 'application/x-dosexec', 'application/x-ms-installer', 'application/x-msi',
  'application/vnd.microsoft.portable-executable', 'application/x-executable', 'application/x-elf', 'application/x-mach-binary',
  'application/x-sh', 'application/x-shellscript', 'text/x-shellscript', 'application/x-csh', 'application/javascript', 'application/x-javascript',
  'text/javascript', 'application/ecmascript', 'text/vbscript', 'application/x-vbscript', 'application/hta', 'application/java-archive',
  'application/vnd.android.package-archive', 'application/x-bat', 'application/x-powershell',
]);

/** Image types browsers render safely; only these may be shown inline (never SVG, which can carry script). */
export const INLINE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

const startsWith = (bytes: Buffer, signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The media type the bytes themselves declare (magic numbers), or null when they do not say. */
export function sniffContentType(bytes: Buffer): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, ascii('MZ'))) return 'application/x-msdownload';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'application/x-executable';
  for (const magic of [[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe]]) {
    if (startsWith(bytes, magic)) return 'application/x-mach-binary';
  }
  if (startsWith(bytes, ascii('#!'))) return 'text/x-shellscript';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-ole-storage'; // .doc, .xls, and .msi
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  return null;
}

/** The lower-case extension of a file name ("" when none). */
export function extensionOf(filename: string): string {
  const match = /\.([^.]+)$/.exec(filename);
  return match ? match[1].toLowerCase() : '';
}

/** A file name safe to store and echo: no path, no control characters, at most 255 characters. */
export function cleanFilename(filename: string | undefined): string {
  const base = (filename ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().replace(/^\.+/, '').slice(0, 255);
  return cleaned || 'file';
}

/** A declared media type reduced to `type/subtype` in lower case, or null when malformed. */
export function normalizeContentType(declared: string | undefined): string | null {
  const essence = (declared ?? '').split(';')[0].trim().toLowerCase();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(essence) ? essence : null;
}

/** Why a file may not be stored ("extension" or "type"), or null when it may. */
export function refusedBecause(filename: string, declaredType: string | null, sniffedType: string | null): 'extension' | 'type' | null {
  if (BLOCKED_EXTENSIONS.has(extensionOf(filename))) return 'extension';
  if ((declaredType && BLOCKED_TYPES.has(declaredType)) || (sniffedType && BLOCKED_TYPES.has(sniffedType))) return 'type';
  return null;
}

/**
 * The media type to store and serve: what the bytes say when they say it; otherwise the declared type,
 * except that an image type the bytes do not confirm becomes application/octet-stream.
 */
export function effectiveContentType(declaredType: string | null, sniffedType: string | null): string {
  if (sniffedType === 'application/zip' && declaredType && /zip|openxmlformats|opendocument|epub/.test(declaredType)) return declaredType;
  if (sniffedType === 'application/x-ole-storage') return declaredType && /msword|ms-excel|ms-powerpoint|ms-outlook/.test(declaredType) ? declaredType : 'application/octet-stream';
  if (sniffedType) return sniffedType;
  if (!declaredType || declaredType.startsWith('image/')) return 'application/octet-stream';
  return declaredType;
}

/** The Content-Disposition of a file: `inline` only when asked for and a safe image, else `attachment`; RFC 5987 `filename*` for non-ASCII names. */
export function contentDisposition(filename: string, contentType: string, inlineWanted = false): string {
  const kind = inlineWanted && INLINE_IMAGE_TYPES.has(contentType) ? 'inline' : 'attachment';
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return fallback === filename ? `${kind}; filename="${filename}"` : `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
