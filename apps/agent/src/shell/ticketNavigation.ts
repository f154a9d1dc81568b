const STORAGE_KEY = 'tuki.ticketNavigation';

/** The ticket list the agent last looked at, so j/k can walk it from a ticket page. */
export type TicketNavigation = { viewId: string; ids: string[] };

/** Remembers the order of tickets in the list the agent is working through. */
export function rememberTicketList(navigation: TicketNavigation): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(navigation));
}

/** The remembered list, if any. */
export function recallTicketList(): TicketNavigation | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as TicketNavigation) : null;
  } catch {
    return null;
  }
}

/** The id of the ticket `step` places away from `ticketId` in the remembered list. */
export function neighbourTicket(ticketId: string, step: 1 | -1): string | null {
  const list = recallTicketList();
  if (!list) return null;
  const index = list.ids.indexOf(ticketId);
  if (index === -1) return null;
  return list.ids[index + step] ?? null;
}
