/** A node of the composer's document as the editor's JSON gives it (the subset this file reads). */
export type RichNode = {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: RichNode[];
};

/** The plain-text version of a composed message (the API's `body`: search, notifications, the text part of mail). */
export function toPlainText(doc: RichNode): string {
  return blocks(doc.content ?? []).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function blocks(nodes: RichNode[]): string[] {
  return nodes.flatMap((node) => block(node));
}

function block(node: RichNode): string[] {
  switch (node.type) {
    case 'bulletList':
      return (node.content ?? []).flatMap((item) => listItem(item, '- '));
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      return (node.content ?? []).flatMap((item, index) => listItem(item, `${start + index}. `));
    }
    case 'blockquote':
      return blocks(node.content ?? []).map((line) => `> ${line}`);
    case 'codeBlock':
      return inline(node.content ?? []).split('\n');
    case 'paragraph':
    case 'heading':
      return inline(node.content ?? []).split('\n');
    default:
      return node.content ? blocks(node.content) : [inline([node])];
  }
}

function listItem(item: RichNode, marker: string): string[] {
  const lines = blocks(item.content ?? []);
  const indent = ' '.repeat(marker.length);
  return lines.map((line, index) => (index === 0 ? marker : indent) + line);
}

function inline(nodes: RichNode[]): string {
  let out = '';
  // A run of text under one link (it may mix bold and plain parts) is followed by its address once.
  let link: { href: string; text: string } | null = null;
  const closeLink = () => {
    if (link && link.href !== link.text && !link.href.endsWith(`:${link.text}`) && `https://${link.text}` !== link.href) out += ` (${link.href})`;
    link = null;
  };
  for (const node of nodes) {
    const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
    if (link && href !== link.href) closeLink();
    if (node.type === 'hardBreak') out += '\n';
    else if (node.type === 'mention') out += `@${String(node.attrs?.label ?? node.attrs?.id ?? '')}`;
    else {
      const text = node.text ?? '';
      out += text;
      if (typeof href === 'string') link = link ? { href, text: link.text + text } : { href, text };
    }
  }
  closeLink();
  return out;
}

/** Ids of the people mentioned in a composed message, each once. */
export function mentionIdsIn(doc: RichNode): string[] {
  const ids = new Set<string>();
  const walk = (node: RichNode) => {
    if (node.type === 'mention' && typeof node.attrs?.id === 'string') ids.add(node.attrs.id);
    node.content?.forEach(walk);
  };
  walk(doc);
  return [...ids];
}

/** HTML paragraphs for plain text (drafts saved before the rich composer kept only text). */
export function textToHtml(text: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text ? text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('') : '';
}
