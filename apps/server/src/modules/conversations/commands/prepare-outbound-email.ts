import { AppError } from '../../../lib/errors.ts';
import type { CommandContext } from '../../../lib/context.ts';
import type { TicketRow } from '../../tickets/queries.ts';
import { findMailboxes, getMailbox, type MailboxRow } from '../../mailboxes/queries.ts';
import { findThread, findThreadMessageIds } from '../queries.ts';
import { findFirstEmail } from '../../contacts/queries.ts';
import { ensureEmailThread, replyAddress } from '../email-thread.ts';
import { reserveOutboundMessageId } from './reserve-outbound-message-id.ts';

/** Everything a transport needs to send a ticket mail: who from and to, and the threading headers. */
export type OutboundEmail = {
  mailbox: MailboxRow;
  from: { name: string; address: string };
  replyTo: string;
  to: { name: string; address: string };
  cc: string[];
  /** Blind copies: envelope recipients only, never in the headers. */
  bcc: string[];
  subject: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  language: string;
};

/** Copies an agent added to one reply: `cc` joins the thread (later replies go to them too), `bcc` is for this mail only. */
export type OutboundCopies = { cc?: string[]; bcc?: string[] };

/** Decides the envelope of a mail on a ticket: the thread's mailbox, the requester plus everyone copied (reply-all) and blind copies, a stable Message-ID and the thread's references. */
export async function prepareOutboundEmail(
  ctx: CommandContext,
  { ticket, ticketMessageId, domain, copies = {} }: { ticket: TicketRow; ticketMessageId: string | null; domain: string; copies?: OutboundCopies },
): Promise<OutboundEmail> {
  const existing = await findThread(ctx.db, ticket.id);
  const mailbox = existing?.mailboxId
    ? await getMailbox(ctx.db, ticket.workspaceId, existing.mailboxId)
    : (await findMailboxes(ctx.db, ticket.workspaceId)).find((row) => row.active);
  if (!mailbox) throw new AppError('unprocessable', 'The workspace has no active mailbox to send from');
  const thread = await ensureEmailThread(ctx.db, { workspaceId: ticket.workspaceId, ticketId: ticket.id, mailboxId: mailbox.id, ccAddresses: copies.cc });
  const requester = await findFirstEmail(ctx.db, ticket.requesterId);
  if (!requester) throw new AppError('unprocessable', 'The requester has no e-mail address');
  const cc = thread.ccAddresses.filter((address) => address !== requester.address.toLowerCase());
  const visible = new Set([requester.address.toLowerCase(), ...cc]);
  const earlier = await findThreadMessageIds(ctx.db, ticket.id);
  const messageId = await reserveOutboundMessageId(ctx, { ticketId: ticket.id, ticketMessageId, domain });
  const references = earlier.map((row) => row.messageId).filter((id) => id !== messageId);
  const lastInbound = earlier.filter((row) => row.direction === 'in').at(-1)?.messageId ?? null;
  return {
    mailbox,
    from: { name: mailbox.senderName, address: mailbox.address },
    replyTo: replyAddress(mailbox.address, thread.replyToken),
    to: { name: requester.name, address: requester.address },
    cc,
    bcc: [...new Set((copies.bcc ?? []).map((address) => address.toLowerCase()))].filter((address) => !visible.has(address)),
    // The first mail of a conversation an agent starts has no "Re:".
    subject: `${earlier.length ? 'Re: ' : ''}${ticket.subject} [#${ticket.number}]`,
    messageId,
    inReplyTo: lastInbound ?? references.at(-1) ?? null,
    references: references.slice(-20),
    language: requester.language,
  };
}
