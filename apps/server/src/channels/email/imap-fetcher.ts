import { ImapFlow } from 'imapflow';
import type { Services } from '../../lib/context.ts';
import { findImapMailboxes, getMailboxById, type MailboxRow } from '../../modules/mailboxes/queries.ts';
import { recordImapFetch } from '../../modules/mailboxes/commands/record-imap-fetch.ts';
import { receiveRawEmail } from './receive-raw-email.ts';

/** Most mails taken from one mailbox per round (the next round continues after the last stored UID). */
const BATCH = 200;
const MAX_BACKOFF_MS = 5 * 60_000;

/** Opens an IMAP connection for a mailbox. */
export function connectImap(mailbox: MailboxRow): ImapFlow {
  return new ImapFlow({
    host: mailbox.imapHost!,
    port: mailbox.imapPort ?? 993,
    secure: mailbox.imapSecure,
    auth: { user: mailbox.imapUser ?? '', pass: mailbox.imapPassword ?? '' },
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
  });
}

/** One fetch round on a connected client: stores every mail after the last UID, then flags it \Seen or moves it, then advances the UID. */
export async function fetchImapMailbox(services: Services, mailbox: MailboxRow, client: ImapFlow): Promise<{ stored: number; duplicates: number }> {
  const lock = await client.getMailboxLock(mailbox.imapFolder);
  let stored = 0;
  let duplicates = 0;
  try {
    const opened = client.mailbox;
    if (!opened) throw new Error(`Could not open folder ${mailbox.imapFolder}`);
    const uidValidity = Number(opened.uidValidity);
    let lastUid = mailbox.imapUidValidity === uidValidity ? mailbox.imapLastUid : 0;
    if (mailbox.imapUidValidity !== uidValidity) await recordImapFetch(services, mailbox.id, { uidValidity, lastUid });
    const pending: { uid: number; source: Buffer }[] = [];
    if (opened.exists > 0) {
      for await (const message of client.fetch(`${lastUid + 1}:*`, { uid: true, source: true }, { uid: true })) {
        if (message.uid > lastUid && message.source) pending.push({ uid: message.uid, source: message.source });
        if (pending.length >= BATCH) break;
      }
    }
    for (const message of pending.sort((a, b) => a.uid - b.uid)) {
      const result = await receiveRawEmail(services, { mailbox, raw: message.source, source: 'imap' });
      if (result.duplicate) duplicates++;
      else stored++;
      if (mailbox.imapProcessedAction === 'move' && mailbox.imapProcessedFolder) {
        await client.mailboxCreate(mailbox.imapProcessedFolder).catch(() => undefined);
        await client.messageMove(String(message.uid), mailbox.imapProcessedFolder, { uid: true });
      } else {
        await client.messageFlagsAdd(String(message.uid), ['\\Seen'], { uid: true });
      }
      lastUid = message.uid;
      await recordImapFetch(services, mailbox.id, { uidValidity, lastUid });
    }
  } finally {
    lock.release();
  }
  await recordImapFetch(services, mailbox.id, { fetchedAt: new Date() });
  return { stored, duplicates };
}

/** Runs one loop per active IMAP mailbox (IDLE wakes it on new mail, else it polls); errors are stored on the mailbox and retried with backoff. */
export function startImapFetchers(services: Services, { pollMs = 60_000, rescanMs = 30_000 }: { pollMs?: number; rescanMs?: number } = {}): () => Promise<void> {
  const running = new Map<string, Promise<void>>();
  const wakeups = new Set<() => void>();
  let stopped = false;
  const sleep = (ms: number, client?: ImapFlow) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakeups.delete(done);
        client?.off('exists', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakeups.add(done);
      client?.on('exists', done);
    });

  const loop = async (mailboxId: string) => {
    let failures = 0;
    let client: ImapFlow | null = null;
    while (!stopped) {
      const mailbox = await getMailboxById(services.db, mailboxId).catch(() => null);
      if (!mailbox || !mailbox.active || !mailbox.imapHost) break;
      try {
        if (!client || !client.usable) {
          client = connectImap(mailbox);
          client.on('error', () => undefined); // surfaced by the next command, which records it
          await client.connect();
        }
        await fetchImapMailbox(services, mailbox, client);
        failures = 0;
      } catch (error) {
        failures++;
        const message = error instanceof Error ? error.message : String(error);
        await recordImapFetch(services, mailboxId, { error: message }).catch((cause) => console.error('[imap]', cause));
        await client?.logout().catch(() => undefined);
        client = null;
      }
      if (stopped) break;
      await sleep(failures ? Math.min(1000 * 2 ** failures, MAX_BACKOFF_MS) : pollMs, client ?? undefined);
    }
    await client?.logout().catch(() => undefined);
  };

  const scan = async () => {
    while (!stopped) {
      try {
        for (const mailbox of await findImapMailboxes(services.db)) {
          if (running.has(mailbox.id)) continue;
          running.set(mailbox.id, loop(mailbox.id).finally(() => running.delete(mailbox.id)));
        }
      } catch (error) {
        console.error('[imap] could not list mailboxes', error);
      }
      await sleep(rescanMs);
    }
  };
  const scanning = scan();

  return async () => {
    stopped = true;
    for (const wake of [...wakeups]) wake();
    await scanning;
    await Promise.all(running.values());
  };
}
