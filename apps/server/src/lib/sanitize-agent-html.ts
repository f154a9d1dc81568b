import sanitizeHtml from 'sanitize-html';
import type { IOptions } from 'sanitize-html';

/** The formatting an agent's composer produces; everything else (scripts, handlers, styles, images, frames) is dropped. */
const AGENT_HTML: IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre'],
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'xml', 'template', 'iframe', 'object'],
  allowedAttributes: { a: ['href', 'target', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    b: 'strong',
    i: 'em',
    a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href ? { href: attribs.href } : {}), target: '_blank', rel: 'noopener noreferrer nofollow' } }),
  },
};

/** Cleans HTML written by an agent (rich-text composer or API) to a small formatting allow-list; null when nothing is left. */
export function sanitizeAgentHtml(html: string | null | undefined): string | null {
  if (!html) return null;
  const cleaned = sanitizeHtml(html, AGENT_HTML).trim();
  return cleaned.replace(/<(p|li|blockquote|pre|code|strong|em|u|s)>\s*<\/\1>/g, '').trim() ? cleaned : null;
}
