/**
 * Test helper: writes TNEF (`winmail.dat`) bytes as Outlook does ([MS-OXTNEF]), so fixtures and
 * tests need no third-party sample files.
 */

/** A MAPI property to write: PT_STRING8 (`string8`), PT_UNICODE (`unicode`), PT_BINARY (`binary`) or PT_LONG (`long`); `name` makes it a named property. */
export type TnefProp = { id: number; kind: 'string8' | 'unicode' | 'binary' | 'long'; value: string | Buffer | number; name?: string };

/** What the TNEF stream holds. */
export type TnefSpec = { messageProps?: TnefProp[]; attachments?: { title: string; data: Buffer; props?: TnefProp[] }[]; truncateBy?: number };

const TYPES = { string8: 0x001e, unicode: 0x001f, binary: 0x0102, long: 0x0003 } as const;

function uint16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

function padded(bytes: Buffer): Buffer {
  return Buffer.concat([uint32(bytes.length), bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
}

function attribute(level: number, id: number, type: number, data: Buffer): Buffer {
  let checksum = 0;
  for (const byte of data) checksum = (checksum + byte) & 0xffff;
  return Buffer.concat([Buffer.from([level]), uint16(id), uint16(type), uint32(data.length), data, uint16(checksum)]);
}

function mapiProps(props: TnefProp[]): Buffer {
  const parts: Buffer[] = [uint32(props.length)];
  for (const prop of props) {
    parts.push(uint16(TYPES[prop.kind]), uint16(prop.id));
    if (prop.name !== undefined) {
      // A named property: a property-set GUID, kind 1 (a name), the UTF-16 name.
      parts.push(Buffer.alloc(16, 0x42), uint32(1), padded(Buffer.from(`${prop.name}\0`, 'utf16le')));
    }
    if (prop.kind === 'long') parts.push(uint32(prop.value as number));
    else {
      const bytes = Buffer.isBuffer(prop.value) ? prop.value : Buffer.from(`${prop.value}\0`, prop.kind === 'unicode' ? 'utf16le' : 'latin1');
      parts.push(uint32(1), padded(bytes));
    }
  }
  return Buffer.concat(parts);
}

/** Builds a TNEF stream: message class, optional message MAPI properties, then each attachment. */
export function buildTnef({ messageProps = [], attachments = [], truncateBy = 0 }: TnefSpec): Buffer {
  const parts: Buffer[] = [
    uint32(0x223e9f78),
    uint16(0x1234),
    attribute(1, 0x9006, 0x0008, uint32(0x00010000)), // attTnefVersion
    attribute(1, 0x9007, 0x0006, Buffer.concat([uint32(1252), uint32(0)])), // attOemCodepage
    attribute(1, 0x8008, 0x0007, Buffer.from('IPM.Microsoft Mail.Note\0', 'latin1')), // attMessageClass
  ];
  if (messageProps.length) parts.push(attribute(1, 0x9003, 0x0006, mapiProps(messageProps)));
  for (const file of attachments) {
    parts.push(attribute(2, 0x9002, 0x0006, Buffer.alloc(14))); // attAttachRendData starts an attachment
    parts.push(attribute(2, 0x8010, 0x0001, Buffer.from(`${file.title}\0`, 'latin1'))); // attAttachTitle
    parts.push(attribute(2, 0x800f, 0x0006, file.data)); // attAttachData
    if (file.props?.length) parts.push(attribute(2, 0x9005, 0x0006, mapiProps(file.props))); // attAttachment
  }
  const whole = Buffer.concat(parts);
  return whole.subarray(0, whole.length - truncateBy);
}
