import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageSchema, TicketEventSchema, TicketLinkSchema, TicketSchema } from '@tuki/shared';
import { ticketsApi } from '../api/endpoints.ts';
import { useRealtimeMessages } from '../session/RealtimeProvider.tsx';

/** A ticket with its conversation, timeline and links, kept live. */
export type TicketData = {
  ticket: TicketSchema | undefined;
  messages: MessageSchema[];
  events: TicketEventSchema[];
  links: TicketLinkSchema[];
  error: unknown;
  loading: boolean;
  setTicket: (ticket: TicketSchema) => void;
  addMessage: (message: MessageSchema) => void;
  reloadTicket: () => Promise<void>;
  reloadMessages: () => Promise<void>;
  reloadLinks: () => Promise<void>;
};

async function loadAllMessages(ticketId: string): Promise<MessageSchema[]> {
  const all: MessageSchema[] = [];
  let cursor: string | null = null;
  do {
    const page = await ticketsApi.messages(ticketId, cursor);
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor && all.length < 2000);
  return all;
}

/** Loads one ticket and everything on it, refreshing on realtime events for that ticket. */
export function useTicketData(ticketId: string): TicketData {
  const [ticket, setTicket] = useState<TicketSchema | undefined>(undefined);
  const [messages, setMessages] = useState<MessageSchema[]>([]);
  const [events, setEvents] = useState<TicketEventSchema[]>([]);
  const [links, setLinks] = useState<TicketLinkSchema[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const current = useRef(ticketId);
  current.current = ticketId;

  const guard = useCallback(
    <T,>(id: string, apply: (value: T) => void) =>
      (value: T) => {
        if (current.current === id) apply(value);
      },
    [],
  );

  const reloadTicket = useCallback(async () => {
    const id = ticketId;
    try {
      const [nextTicket, nextEvents] = await Promise.all([ticketsApi.get(id), ticketsApi.events(id)]);
      guard(id, setTicket)(nextTicket);
      guard(id, setEvents)(nextEvents.data);
      setError(null);
    } catch (caught) {
      guard(id, setError)(caught);
    }
  }, [ticketId, guard]);

  const reloadMessages = useCallback(async () => {
    const id = ticketId;
    try {
      guard(id, setMessages)(await loadAllMessages(id));
    } catch (caught) {
      guard(id, setError)(caught);
    }
  }, [ticketId, guard]);

  const reloadLinks = useCallback(async () => {
    const id = ticketId;
    try {
      guard(id, setLinks)((await ticketsApi.links(id)).data);
    } catch (caught) {
      guard(id, setError)(caught);
    }
  }, [ticketId, guard]);

  useEffect(() => {
    setTicket(undefined);
    setMessages([]);
    setEvents([]);
    setLinks([]);
    setError(null);
    setLoading(true);
    void Promise.all([reloadTicket(), reloadMessages(), reloadLinks()]).finally(() => setLoading(false));
  }, [reloadTicket, reloadMessages, reloadLinks]);

  useRealtimeMessages((message) => {
    if (message.type !== 'event' || message.data.ticketId !== ticketId) return;
    if (message.name === 'message.created') void reloadMessages();
    if (message.name.startsWith('ticket.') || message.name === 'message.created') void reloadTicket();
    if (message.name === 'ticket.linked' || message.name === 'ticket.merged') void reloadLinks();
  });

  const addMessage = useCallback((message: MessageSchema) => {
    setMessages((list) => (list.some((existing) => existing.id === message.id) ? list : [...list, message]));
  }, []);

  return { ticket, messages, events, links, error, loading, setTicket, addMessage, reloadTicket, reloadMessages, reloadLinks };
}
