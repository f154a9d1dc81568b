/** Domain event names: `entity.past_tense`, emitted inside the transaction that caused them. */
export const EVENTS = {
  ticketCreated: 'ticket.created',
  ticketUpdated: 'ticket.updated',
  ticketAssigned: 'ticket.assigned',
  /** A ticket became solved (or closed) from an unsolved state: once per solve, whichever path solved it. */
  ticketSolved: 'ticket.solved',
  ticketEscalated: 'ticket.escalated',
  ticketMerged: 'ticket.merged',
  ticketLinked: 'ticket.linked',
  messageCreated: 'message.created',
  notificationCreated: 'notification.created',
} as const;

/** A domain event name. */
export type EventName = (typeof EVENTS)[keyof typeof EVENTS];

/** Events an outgoing webhook can subscribe to. */
export const WEBHOOK_EVENTS: EventName[] = [
  'ticket.created',
  'ticket.updated',
  'ticket.assigned',
  'ticket.escalated',
  'ticket.merged',
  'message.created',
];
