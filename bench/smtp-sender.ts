/**
 * A lean SMTP client for the inbound bench: mail is dot-stuffed before the clock starts, and each connection sends
 * MAIL FROM, RCPT TO and DATA in one write (RFC 2920 PIPELINING), then the prepared body. It speaks plain SMTP
 * (RFC 5321) to the real SMTP role, so the role does all of its work; what it saves is the load generator's own CPU,
 * which on a 2-core machine is taken from Tuki and PostgreSQL (in a deployment, mail comes from other machines).
 * Any reply other than the expected one fails the run: nothing is retried or skipped.
 */
import { connect, type Socket } from 'node:net';

/** One mail to send: the SMTP envelope and the RFC 822 bytes. */
export type OutgoingMail = { envelope: { from: string; to: string }; raw: Buffer };

/** A mail ready for the wire: the pipelined commands and the dot-stuffed body ending in `CRLF.CRLF`. */
export type PreparedMail = { commands: Buffer; body: Buffer };

/** Normalises line ends to CRLF and doubles a leading dot on every line (RFC 5321 4.5.2), ending with `.`. */
export function prepareMail(mail: OutgoingMail): PreparedMail {
  const text = mail.raw.toString('latin1').replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
  const body = Buffer.from(`${text}${text.endsWith('\r\n') ? '' : '\r\n'}.\r\n`, 'latin1');
  return { commands: Buffer.from(`MAIL FROM:<${mail.envelope.from}>\r\nRCPT TO:<${mail.envelope.to}>\r\nDATA\r\n`), body };
}

/** A connection that hands out complete replies (multi-line replies joined) in order. */
function openConnection(host: string, port: number): Promise<{ socket: Socket; reply(): Promise<{ code: number; text: string }> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    socket.setNoDelay(true);
    const replies: { code: number; text: string }[] = [];
    const waiting: { resolve(reply: { code: number; text: string }): void; reject(error: Error): void }[] = [];
    let pending = '';
    let lines: string[] = [];
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1');
      let end: number;
      while ((end = pending.indexOf('\r\n')) >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 2);
        lines.push(line);
        if (line[3] === '-') continue;
        const reply = { code: Number(line.slice(0, 3)), text: lines.join('\n') };
        lines = [];
        const waiter = waiting.shift();
        if (waiter) waiter.resolve(reply);
        else replies.push(reply);
      }
    });
    socket.once('error', reject);
    socket.on('close', () => {
      for (const waiter of waiting.splice(0)) waiter.reject(new Error('SMTP connection closed while waiting for a reply'));
    });
    socket.once('connect', () =>
      resolve({
        socket,
        reply: () => {
          const ready = replies.shift();
          if (ready) return Promise.resolve(ready);
          if (socket.destroyed) return Promise.reject(new Error('SMTP connection closed while waiting for a reply'));
          return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
        },
      }),
    );
  });
}

async function expect(connection: { reply(): Promise<{ code: number; text: string }> }, code: number, what: string) {
  const reply = await connection.reply();
  if (reply.code !== code) throw new Error(`SMTP ${what}: expected ${code}, got ${reply.text}`);
}

/**
 * Sends every mail over `connections` parallel SMTP sessions (each takes the next unsent mail when it is done with
 * one); calls `onSent` after each 250 for end of data. Resolves when all are accepted.
 */
export async function sendPrepared(mails: PreparedMail[], { host, port, connections, onSent }: { host: string; port: number; connections: number; onSent?: () => void }): Promise<void> {
  let next = 0;
  const session = async () => {
    const connection = await openConnection(host, port);
    try {
      await expect(connection, 220, 'greeting');
      connection.socket.write('EHLO bench.test\r\n');
      const ehlo = await connection.reply();
      if (ehlo.code !== 250 || !/PIPELINING/.test(ehlo.text)) throw new Error(`SMTP EHLO: no PIPELINING in ${ehlo.text}`);
      while (next < mails.length) {
        const mail = mails[next++];
        connection.socket.write(mail.commands);
        await expect(connection, 250, 'MAIL FROM');
        await expect(connection, 250, 'RCPT TO');
        await expect(connection, 354, 'DATA');
        connection.socket.write(mail.body);
        await expect(connection, 250, 'end of data');
        onSent?.();
      }
      connection.socket.write('QUIT\r\n');
      await expect(connection, 221, 'QUIT');
    } finally {
      connection.socket.destroy();
    }
  };
  await Promise.all(Array.from({ length: connections }, () => session()));
}
