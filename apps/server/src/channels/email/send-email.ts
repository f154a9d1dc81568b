import type Mail from 'nodemailer/lib/mailer/index.js';
import type { Services } from '../../lib/context.ts';
import { systemActor } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import type { JobAttempt } from '../../lib/queue.ts';
import { getMessageWithDetails, getTicket } from '../../modules/tickets/queries.ts';
import { prepareOutboundEmail, type OutboundEmail } from '../../modules/conversations/commands/prepare-outbound-email.ts';
import { recordEmailDelivery } from '../../modules/conversations/commands/record-email-delivery.ts';
import { findEmailTemplateOverrides } from '../../modules/conversations/queries.ts';
import { findFirstEmail } from '../../modules/contacts/queries.ts';
import { readAttachmentContent } from '../../modules/attachments/content.ts';
import { renderTemplate, templateFor, type NotificationKind } from '../../modules/conversations/notification-templates.ts';
import { createMailTransport } from './mail-transport.ts';
import { emailDomain } from './email-domain.ts';

/** The `email.send` job: sends an agent's reply on an e-mail ticket and records queued → sent, or failed with the reason. */
export async function sendTicketEmail(services: Services, messageId: string, attempt: Pick<JobAttempt, 'isFinal'> = { isFinal: true }): Promise<void> {
  const details = await getMessageWithDetails(services.db, messageId).catch((error) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
  if (!details || details.message.deliveryStatus === 'sent') return;
  const { message } = details;
  const ctx = { ...services, actor: systemActor(message.workspaceId, 'Email') };
  try {
    const ticket = await getTicket(services.db, message.workspaceId, message.ticketId);
    const out = await prepareOutboundEmail(ctx, { ticket, ticketMessageId: message.id, domain: emailDomain(services.config), copies: copiesOf(message.metadata) });
    const signature = out.mailbox.signature.trim();
    const text = signature ? `${message.bodyText}\n\n-- \n${signature}` : message.bodyText;
    const html = `${message.bodyHtml ?? textToHtml(message.bodyText)}${signature ? `<br><br>-- <br>${textToHtml(signature)}` : ''}`;
    const attachments: Mail.Attachment[] = [];
    for (const file of details.attachments) {
      attachments.push({ filename: file.filename, contentType: file.contentType, content: await readAttachmentContent(services.db, services.storage, file), ...(file.contentId ? { cid: file.contentId } : {}) });
    }
    await transmit(services, out, { subject: out.subject, text, html, cc: out.cc, bcc: out.bcc, attachments });
    await recordEmailDelivery(ctx, { ticketId: message.ticketId, messageId: message.id, status: 'sent', recipients: { to: [out.to.address], cc: out.cc, bcc: out.bcc } });
  } catch (error) {
    const permanent = error instanceof AppError || isPermanentSmtpError(error);
    const final = permanent || attempt.isFinal;
    await recordEmailDelivery(ctx, { ticketId: message.ticketId, messageId: message.id, status: final ? 'failed' : 'queued', error: errorText(error) });
    if (!final) throw error;
  }
}

/** The `email.notify` job: sends a customer notification (acknowledgement, solved notice) in the requester's language; never to a bouncing address. */
export async function sendNotificationEmail(services: Services, { workspaceId, ticketId, kind }: { workspaceId: string; ticketId: string; kind: NotificationKind }, attempt: Pick<JobAttempt, 'isFinal'> = { isFinal: true }): Promise<void> {
  const ctx = { ...services, actor: systemActor(workspaceId, 'Email') };
  const ticket = await getTicket(services.db, workspaceId, ticketId);
  const requester = await findFirstEmail(services.db, ticket.requesterId);
  if (!requester || requester.bouncing) return;
  try {
    const out = await prepareOutboundEmail(ctx, { ticket, ticketMessageId: null, domain: emailDomain(services.config) });
    const template = templateFor(await findEmailTemplateOverrides(services.db, workspaceId), kind, requester.language);
    const rendered = renderTemplate(template, { name: requester.name, subject: ticket.subject, number: String(ticket.number), senderName: out.mailbox.senderName });
    await transmit(services, out, {
      subject: rendered.subject,
      text: rendered.body,
      html: textToHtml(rendered.body),
      cc: [],
      bcc: [],
      attachments: [],
      // RFC 3834: an automatic message; other robots must not answer it.
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', Precedence: 'auto_reply' },
    });
  } catch (error) {
    if (error instanceof AppError || isPermanentSmtpError(error) || attempt.isFinal) {
      console.error(`[email] ${kind} notification for ticket ${ticketId} not sent: ${errorText(error)}`);
      return;
    }
    throw error;
  }
}

async function transmit(services: Services, out: OutboundEmail, content: { subject: string; text: string; html: string; cc: string[]; bcc: string[]; attachments: Mail.Attachment[]; headers?: Record<string, string> }) {
  const transport = createMailTransport(out.mailbox, services.config);
  try {
    await transport.sendMail({
      from: { name: out.from.name, address: out.from.address },
      to: { name: out.to.name, address: out.to.address },
      cc: content.cc.length ? content.cc : undefined,
      // nodemailer puts Bcc addresses in the SMTP envelope only and leaves the header out.
      bcc: content.bcc.length ? content.bcc : undefined,
      replyTo: out.replyTo,
      subject: content.subject,
      messageId: `<${out.messageId}>`,
      inReplyTo: out.inReplyTo ? `<${out.inReplyTo}>` : undefined,
      references: out.references.length ? out.references.map((id) => `<${id}>`) : undefined,
      text: content.text,
      html: content.html,
      attachments: content.attachments,
      headers: content.headers,
    });
  } finally {
    transport.close();
  }
}

/** The copies an agent added to a reply (`metadata.email.cc/bcc`, written by addMessage and startEmailTicket). */
function copiesOf(metadata: unknown): { cc: string[]; bcc: string[] } {
  const email = (metadata as { email?: { cc?: unknown; bcc?: unknown } } | null)?.email;
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return { cc: list(email?.cc), bcc: list(email?.bcc) };
}

function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: number } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<div>${escaped.replace(/\r?\n/g, '<br>')}</div>`;
}
