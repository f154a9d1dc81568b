import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttachmentSchema, MessageKind } from '@tuki/shared';
import { textToHtml } from './richText.ts';

/** What is kept of an unsent reply or note: the rich content (`html`), its plain text, files and mentions. */
export type Draft = { text: string; html: string; attachments: AttachmentSchema[]; mentionIds: string[] };

const EMPTY: Draft = { text: '', html: '', attachments: [], mentionIds: [] };

/** The localStorage key of a ticket's draft of one kind. */
export function draftKey(ticketId: string, kind: MessageKind): string {
  return `tuki.draft.v1.${ticketId}.${kind}`;
}

/** Reads a stored draft, tolerating missing or damaged entries. */
export function readDraft(ticketId: string, kind: MessageKind): Draft {
  try {
    const raw = localStorage.getItem(draftKey(ticketId, kind));
    if (!raw) return EMPTY;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    const text = typeof parsed.text === 'string' ? parsed.text : '';
    return {
      text,
      // Drafts from before the rich composer kept only text.
      html: typeof parsed.html === 'string' ? parsed.html : textToHtml(text),
      attachments: Array.isArray(parsed.attachments) ? parsed.attachments : [],
      mentionIds: Array.isArray(parsed.mentionIds) ? parsed.mentionIds : [],
    };
  } catch {
    return EMPTY;
  }
}

/** A draft that lives in localStorage, so it survives reloads and failed sends; cleared only on demand. */
export function useDraft(ticketId: string, kind: MessageKind) {
  const [draft, setDraft] = useState<Draft>(() => readDraft(ticketId, kind));
  const latest = useRef(draft);

  useEffect(() => {
    latest.current = readDraft(ticketId, kind);
    setDraft(latest.current);
  }, [ticketId, kind]);

  const update = useCallback(
    (change: Partial<Draft> | ((current: Draft) => Partial<Draft>)) => {
      const next = { ...latest.current, ...(typeof change === 'function' ? change(latest.current) : change) };
      latest.current = next;
      // Stored at once rather than in a state updater: the editor reports changes outside React events,
      // and a reload straight after typing must still find them.
      const key = draftKey(ticketId, kind);
      if (!next.text && next.attachments.length === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(next));
      setDraft(next);
    },
    [ticketId, kind],
  );

  const clear = useCallback(() => {
    localStorage.removeItem(draftKey(ticketId, kind));
    latest.current = EMPTY;
    setDraft(EMPTY);
  }, [ticketId, kind]);

  return { draft, update, clear };
}
