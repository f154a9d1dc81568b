/** Named entities common in mail HTML; numeric references are decoded generically. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', euro: '€',
  copy: '©', reg: '®', trade: '™', bull: '•', middot: '·', deg: '°',
  auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', uuml: 'ü', Uuml: 'Ü', aring: 'å', Aring: 'Å',
  oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ', otilde: 'õ', Otilde: 'Õ', scaron: 'š',
  Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž', szlig: 'ß', eacute: 'é', Eacute: 'É', egrave: 'è',
};

/** Decodes HTML character references (named ones from a small table, all numeric ones). */
export function decodeHtmlEntities(input: string): string {
  return input.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[body] ?? match;
  });
}

const BLOCK_TAGS = /^(p|div|br|tr|li|ul|ol|table|h[1-6]|hr|pre|section|article|header|footer|address|dd|dt|dl)$/i;

/** Turns mail HTML into plain text for reply extraction and previews, quoting `<blockquote>` content with "> ". */
export function htmlToText(html: string): string {
  const withoutInvisible = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  let quoteDepth = 0;
  const lines: string[] = [''];
  const pushText = (text: string) => {
    lines[lines.length - 1] += text;
  };
  const newLine = () => {
    lines.push('> '.repeat(quoteDepth));
  };
  const tokens = withoutInvisible.split(/(<\/?[a-z][^>]*>|<\/?[a-z][a-z0-9]*\s*\/?>)/i);
  for (const token of tokens) {
    const tag = /^<(\/?)([a-z][a-z0-9]*)/i.exec(token);
    if (!tag) {
      const text = decodeHtmlEntities(token.replace(/\s+/g, ' '));
      if (text.trim() !== '' || !/^\s*$/.test(lines[lines.length - 1].replace(/^(> )*/, ''))) pushText(text);
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    if (name === 'blockquote') {
      quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
      newLine();
    } else if (name === 'tr' && !closing) {
      newLine();
    } else if (name !== 'tr' && BLOCK_TAGS.test(name)) {
      if (name === 'hr') pushText('\n________________________________');
      newLine();
    } else if (name === 'td' || name === 'th') {
      if (closing) pushText(' ');
    }
  }
  const cleaned = lines
    .flatMap((line) => line.split('\n'))
    .map((line) => line.replace(/[ \t]+/g, ' ').replace(/^ /, '').trimEnd());
  // Blank or bare ">" lines at the end carry nothing.
  while (cleaned.length > 0 && /^[> ]*$/.test(cleaned[cleaned.length - 1])) cleaned.pop();
  return cleaned.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
