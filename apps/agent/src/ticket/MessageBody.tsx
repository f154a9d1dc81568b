import { useMemo, useState } from 'react';
import type { MessageSchema } from '@tuki/shared';
import { useT } from '../i18n/useT.ts';
import { renderMessageHtml } from './messageHtml.ts';

/**
 * A message's body: its HTML (sanitised again here, remote images held back until the agent asks,
 * a trailing quoted history folded) or, without HTML, its text.
 */
export function MessageBody({ message }: { message: MessageSchema }) {
  const t = useT();
  const [showRemoteImages, setShowRemoteImages] = useState(false);
  const [quoteOpen, setQuoteOpen] = useState(false);
  const rendered = useMemo(
    () => (message.bodyHtml ? renderMessageHtml(message.bodyHtml, { showRemoteImages, foldQuote: message.authorType === 'contact' }) : null),
    [message.bodyHtml, message.authorType, showRemoteImages],
  );
  if (!rendered) return <div className="message-body">{message.bodyText}</div>;

  return (
    <>
      {rendered.blockedImages > 0 && (
        <p className="remote-images-notice">
          <span>{t('message.remoteImagesHidden', { count: rendered.blockedImages })}</span>
          <button type="button" className="btn btn-small" onClick={() => setShowRemoteImages(true)}>{t('message.showRemoteImages')}</button>
        </p>
      )}
      <div className={quoteOpen ? 'message-body message-html' : 'message-body message-html quote-folded'} dangerouslySetInnerHTML={{ __html: rendered.html }} />
      {rendered.hasQuote && (
        <button type="button" className="quote-toggle" aria-expanded={quoteOpen} onClick={() => setQuoteOpen(!quoteOpen)}>
          <span aria-hidden="true">•••</span> {quoteOpen ? t('message.hideQuoted') : t('message.showQuoted')}
        </button>
      )}
    </>
  );
}
