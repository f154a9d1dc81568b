import DOMPurify from 'dompurify';

/** Safe HTML of a message for display, and what was held back from it. */
export type MessageHtml = { html: string; blockedImages: number; hasQuote: boolean };

/** Links and image sources a message may carry: the web, mail, our own attachment URLs and raster data URLs. */
const ALLOWED_URI = /^(?:https?:|mailto:|\/api\/v1\/attachments\/[0-9a-f-]+(?:\?inline=1)?$|data:image\/(?:png|jpe?g|gif|webp);base64,|#)/i;
/** CSS that could lift content out of its message card (over the app's own controls). */
const LAYOUT_ESCAPES = ['position', 'z-index', 'inset', 'top', 'left', 'right', 'bottom', 'transform', 'translate', 'filter', 'clip-path', 'mask'];

const purifier = DOMPurify(window);
let showRemote = false;
let blocked = 0;

purifier.addHook('afterSanitizeAttributes', (node) => {
  const element = node as Element;
  if (element.tagName === 'A') {
    element.setAttribute('target', '_blank');
    element.setAttribute('rel', 'noopener noreferrer nofollow');
  }
  if (element.tagName === 'IMG') {
    // Remote images load only after consent, whatever the server did; our own files and data URLs load at once.
    const remote = element.getAttribute('data-blocked-src') ?? (/^https?:/i.test(element.getAttribute('src') ?? '') ? element.getAttribute('src') : null);
    if (remote !== null) {
      element.removeAttribute('src');
      if (showRemote && /^https?:\/\//i.test(remote)) {
        element.setAttribute('src', remote);
        element.removeAttribute('data-blocked-src');
      } else {
        element.setAttribute('data-blocked-src', remote);
        blocked += 1;
      }
    }
    // Mail rarely describes its images; one without alt text is treated as decoration.
    if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    element.setAttribute('referrerpolicy', 'no-referrer');
    element.setAttribute('loading', 'lazy');
  }
  if (element instanceof HTMLElement && element.hasAttribute('style')) {
    for (const property of LAYOUT_ESCAPES) element.style.removeProperty(property);
  }
});

/**
 * Cleans a message's HTML once more in the browser (the server already sanitised it: this is defence in depth)
 * and marks a trailing quoted history so it can be folded away.
 */
export function renderMessageHtml(source: string, options: { showRemoteImages: boolean; foldQuote: boolean }): MessageHtml {
  showRemote = options.showRemoteImages;
  blocked = 0;
  const body = purifier.sanitize(source, {
    RETURN_DOM: true,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'link', 'meta', 'base', 'video', 'audio', 'source'],
    FORBID_ATTR: ['id', 'name', 'class', 'srcset', 'action', 'formaction', 'background'],
    ADD_ATTR: ['target'],
  }) as HTMLElement;
  // Images whose source the server dropped (unknown cid:, scripts' targets) would only show as broken.
  for (const image of body.querySelectorAll('img:not([src]):not([data-blocked-src])')) image.remove();
  const hasQuote = options.foldQuote && markTrailingQuote(body);
  return { html: body.innerHTML, blockedImages: blocked, hasQuote };
}

/** Marks the last quotation (and its "On … wrote:" line) when nothing but whitespace follows it; true when found. */
function markTrailingQuote(root: HTMLElement): boolean {
  const quotes = [...root.querySelectorAll('blockquote')].filter((quote) => !quote.parentElement?.closest('blockquote'));
  const last = quotes.at(-1);
  if (!last) return false;
  const after = document.createRange();
  after.setStartAfter(last);
  after.setEnd(root, root.childNodes.length);
  if (after.toString().trim() !== '') return false;
  const previous = last.previousElementSibling;
  const intro = previous?.textContent && previous.textContent.trim().endsWith(':') && previous.textContent.length < 300 ? previous : null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEndBefore(intro ?? last);
  // Only a quote below an answer folds: a message that is all quote stays open.
  if (before.toString().trim() === '') return false;
  last.setAttribute('data-quoted', '');
  intro?.setAttribute('data-quoted', '');
  return true;
}
