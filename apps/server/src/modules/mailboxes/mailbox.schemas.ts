import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

/** What an admin sends to create or change a mailbox; passwords are write-only. */
export const MailboxBody = Type.Object(
  {
    address: Type.String({ format: 'email', maxLength: 254 }),
    senderName: Type.String({ minLength: 1, maxLength: 200 }),
    groupId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
    signature: Type.Optional(Type.String({ maxLength: 10_000 })),
    active: Type.Optional(Type.Boolean()),
    imap: Type.Optional(
      Nullable(
        Type.Object(
          {
            host: Type.String({ minLength: 1, maxLength: 255 }),
            port: Type.Integer({ minimum: 1, maximum: 65535 }),
            secure: Type.Boolean(),
            user: Type.String({ minLength: 1, maxLength: 255 }),
            password: Type.Optional(Type.String({ maxLength: 1000 })),
            folder: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
            processedAction: Type.Optional(Type.Union([Type.Literal('flag'), Type.Literal('move')])),
            processedFolder: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 255 }))),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    smtp: Type.Optional(
      Nullable(
        Type.Object(
          {
            host: Type.String({ minLength: 1, maxLength: 255 }),
            port: Type.Integer({ minimum: 1, maximum: 65535 }),
            secure: Type.Boolean(),
            user: Type.Optional(Nullable(Type.String({ maxLength: 255 }))),
            password: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);
/** Create/update body of a mailbox. */
export type MailboxBody = Static<typeof MailboxBody>;

/** A mailbox as admins see it: settings, fetch state and the last error; never passwords. */
export const MailboxSchema = Type.Object({
  id: Type.String(),
  address: Type.String(),
  senderName: Type.String(),
  groupId: Nullable(Type.String()),
  signature: Type.String(),
  active: Type.Boolean(),
  webhookUrl: Type.String(),
  webhookSecret: Type.Optional(Type.String()),
  imap: Nullable(
    Type.Object({
      host: Type.String(),
      port: Type.Integer(),
      secure: Type.Boolean(),
      user: Nullable(Type.String()),
      hasPassword: Type.Boolean(),
      folder: Type.String(),
      processedAction: Type.String(),
      processedFolder: Nullable(Type.String()),
      lastUid: Type.Integer(),
    }),
  ),
  smtp: Nullable(Type.Object({ host: Type.String(), port: Type.Integer(), secure: Type.Boolean(), user: Nullable(Type.String()), hasPassword: Type.Boolean() })),
  lastFetchAt: Nullable(Type.String()),
  lastError: Nullable(Type.String()),
  lastErrorAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
/** API shape of a mailbox. */
export type MailboxSchema = Static<typeof MailboxSchema>;

/** One stored inbound mail, as shown in the admin lists (failed, spam, ignored). */
export const InboundEmailSchema = Type.Object({
  id: Type.String(),
  mailboxId: Type.String(),
  source: Type.String(),
  messageId: Type.String(),
  fromAddress: Nullable(Type.String()),
  subject: Nullable(Type.String()),
  size: Type.Integer(),
  status: Type.String(),
  reason: Nullable(Type.String()),
  error: Nullable(Type.String()),
  attempts: Type.Integer(),
  ticketId: Nullable(Type.String()),
  ticketMessageId: Nullable(Type.String()),
  rawUrl: Type.String(),
  receivedAt: Type.String(),
  processedAt: Nullable(Type.String()),
});
/** API shape of an inbound mail. */
export type InboundEmailSchema = Static<typeof InboundEmailSchema>;
