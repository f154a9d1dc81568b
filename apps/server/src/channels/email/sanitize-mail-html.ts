import sanitizeHtml from 'sanitize-html';
import type { IOptions, Attributes } from 'sanitize-html';

/** Options for rendering inbound mail HTML to an agent. */
export type SanitizeMailHtmlOptions = {
  allowRemoteImages: boolean;
  /** Maps a `cid:` reference to the URL of the stored inline attachment, or null when unknown. */
  cidUrl: (contentId: string) => string | null;
};

/** Safe HTML plus what was held back from it. */
export type SanitizedMailHtml = { html: string; blockedRemoteImages: number; trackingPixelsRemoved: number };

/** URL fragments of well-known open-tracking pixels. */
const TRACKING_PIXEL_PATTERNS = [
  /\/(open|opened|track(ing)?\/open|wf\/open|e\/o|o\.gif|pixel(\.gif|\.png)?|beacon|t\.gif|trk|mo\/|emimp\/)(\b|\/|\?|$)/i,
  /[?&](utm_[a-z]+=.*&)?(open|pixel|track)[_-]?id=/i,
  /(list-manage\.com\/track|mailtrack\.io|sendgrid\.net\/wf\/open|mandrillapp\.com\/track\/open|mailchimp\.com\/track|hubspotemail\.net|sparkpostmail\.com\/q|mailgun\.org\/o|mixmax\.com\/api\/track|getnotify\.com|bananatag|yesware|streak\.com|superhuman\.com|cirrusinsight)/i,
];

const DANGEROUS_CSS = /url\s*\(|expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|@import|image-set\s*\(/i;
const RASTER_DATA_URL = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;

/** Cleans inbound mail HTML for display: no active content, remote images held back, tracking pixels removed. */
export function sanitizeMailHtml(html: string, options: SanitizeMailHtmlOptions): SanitizedMailHtml {
  let blockedRemoteImages = 0;
  let trackingPixelsRemoved = 0;

  const transformImage = (tagName: string, attribs: Attributes) => {
    const src = (attribs.src ?? '').trim();
    const next: Attributes = { ...attribs };
    delete next.src;
    if (isTrackingPixel(attribs)) {
      trackingPixelsRemoved += 1;
      // Renaming to a tag that is not allowed makes sanitize-html drop the element.
      return { tagName: 'tuki-removed-pixel', attribs: {} };
    }
    if (/^cid:/i.test(src)) {
      const url = options.cidUrl(safeDecode(src.slice(4)).replace(/^<|>$/g, ''));
      if (url) next.src = url;
    } else if (/^https?:\/\//i.test(src) || src.startsWith('//')) {
      if (options.allowRemoteImages) next.src = src;
      else {
        next['data-blocked-src'] = src;
        blockedRemoteImages += 1;
      }
    } else if (RASTER_DATA_URL.test(src)) {
      next.src = src;
    }
    return { tagName, attribs: next };
  };

  const config: IOptions = {
    allowedTags: [
      ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'style'),
      'img', 'font', 'center', 'span', 'div', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'small', 'big',
    ],
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'xml', 'template'],
    allowedAttributes: {
      '*': ['style', 'align', 'valign', 'dir', 'lang', 'title', 'width', 'height', 'bgcolor', 'color'],
      a: ['href', 'name', 'target', 'rel'],
      img: ['src', 'alt', 'data-blocked-src', 'border'],
      table: ['border', 'cellpadding', 'cellspacing', 'summary'],
      td: ['colspan', 'rowspan', 'nowrap'],
      th: ['colspan', 'rowspan', 'nowrap', 'scope'],
      font: ['face', 'size'],
      ol: ['start', 'type'],
      li: ['value'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'data-blocked-src'],
    allowProtocolRelative: false,
    parseStyleAttributes: false,
    transformTags: {
      '*': (tagName, attribs) => ({ tagName, attribs: cleanStyle(attribs) }),
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...cleanStyle(attribs), target: '_blank', rel: 'noopener noreferrer nofollow' },
      }),
      img: (tagName, attribs) => transformImage(tagName, cleanStyle(attribs)),
    },
  };

  const cleaned = sanitizeHtml(html, config);
  return { html: cleaned, blockedRemoteImages, trackingPixelsRemoved };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Drops CSS declarations that could load something (url(), expression(), @import, bindings) or hide it behind escapes and comments. */
function cleanStyle(attribs: Attributes): Attributes {
  if (attribs.style === undefined) return attribs;
  const kept = attribs.style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration.includes(':') && !DANGEROUS_CSS.test(declaration) && !/\\|\/\*/.test(declaration));
  const next = { ...attribs };
  if (kept.length === 0) delete next.style;
  else next.style = kept.join('; ');
  return next;
}

/** A 1×1 (or 0×0) image by attribute or inline style, or a source from a known tracking service. */
function isTrackingPixel(attribs: Attributes): boolean {
  const src = attribs.src ?? '';
  const size = (name: 'width' | 'height') => {
    const fromAttribute = /^\s*(\d+)(px)?\s*$/i.exec(attribs[name] ?? '')?.[1];
    const fromStyle = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(\\d+)(px)?\\s*(;|$)`, 'i').exec(attribs.style ?? '')?.[1];
    const value = fromAttribute ?? fromStyle;
    return value === undefined ? null : Number(value);
  };
  const width = size('width');
  const height = size('height');
  if (width !== null && height !== null && width <= 1 && height <= 1) return true;
  if (/^(https?:)?\/\//i.test(src) && ((width !== null && width <= 1) || (height !== null && height <= 1))) return true;
  return /^(https?:)?\/\//i.test(src) && TRACKING_PIXEL_PATTERNS.some((pattern) => pattern.test(src));
}
