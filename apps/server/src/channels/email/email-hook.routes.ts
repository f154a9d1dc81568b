import { Type } from 'typebox';
import type { App } from '../../http/types.ts';
import type { Services } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { safeEqual } from '../../lib/secrets.ts';
import { getMailboxById } from '../../modules/mailboxes/queries.ts';
import { receiveRawEmail } from './receive-raw-email.ts';

const Params = Type.Object({ mailboxId: Type.String({ format: 'uuid' }) });
const Query = Type.Object({ token: Type.Optional(Type.String({ maxLength: 200 })) });

/** `POST /hooks/email/:mailboxId`: a provider delivers one raw RFC 822 mail (`message/rfc822`), authenticated by the mailbox's webhook secret; 202 once stored. */
export function registerEmailHookRoutes(app: App, services: Services) {
  void app.register(async (scope) => {
    scope.addContentTypeParser(['message/rfc822', 'application/octet-stream', 'text/plain'], { parseAs: 'buffer', bodyLimit: services.config.emailMaxBytes }, (_request, body, done) => done(null, body));
    (scope as unknown as App).post(
      '/hooks/email/:mailboxId',
      {
        bodyLimit: services.config.emailMaxBytes,
        schema: {
          tags: ['email'],
          summary: 'Deliver one raw mail to a mailbox (provider webhook); send the secret as x-tuki-token or ?token=',
          params: Params,
          querystring: Query,
          response: { 202: Type.Object({ id: Type.String(), duplicate: Type.Boolean() }) },
        },
      },
      async (request, reply) => {
        const header = request.headers['x-tuki-token'];
        const token = (typeof header === 'string' ? header : undefined) ?? request.query.token;
        if (!token) throw new AppError('unauthenticated', 'Send the mailbox webhook secret as x-tuki-token or ?token=');
        const mailbox = await getMailboxById(services.db, request.params.mailboxId).catch(() => null);
        if (!mailbox || !safeEqual(token, mailbox.webhookSecret)) throw new AppError('unauthenticated', 'Unknown mailbox or wrong token');
        if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type', 'Send the raw mail with content-type message/rfc822');
        const stored = await receiveRawEmail(services, { mailbox, raw: request.body, source: 'webhook' });
        return reply.status(202).send(stored);
      },
    );
  });
}
