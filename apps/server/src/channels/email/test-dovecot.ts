import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Where Debian installs Dovecot; IMAP tests skip when it is missing. */
export const DOVECOT_BIN = '/usr/sbin/dovecot';
/** True when a real Dovecot can be started for the IMAP tests. */
export const hasDovecot = existsSync(DOVECOT_BIN);

/** A private Dovecot IMAP server on a loopback port with one passwd-file user and a maildir. */
export type TestDovecot = { port: number; user: string; password: string; stop(): Promise<void>; restart(): Promise<void> };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Dovecot did not listen on ${port}`);
}

/** Test helper: starts Dovecot with a temporary configuration (no TLS, PLAIN auth on loopback). */
export async function startDovecot(): Promise<TestDovecot> {
  const root = mkdtempSync(join(tmpdir(), 'tuki-dovecot-'));
  const port = await freePort();
  const user = 'support';
  const password = 'imap-test-password';
  const { uid, gid } = userInfo().uid === 0 ? { uid: 65534, gid: 65534 } : userInfo();
  chmodSync(root, 0o755);
  for (const dir of ['run', 'state', 'mail', 'home']) mkdirSync(join(root, dir), { recursive: true });
  chownSync(join(root, 'mail'), uid, gid);
  chownSync(join(root, 'home'), uid, gid);
  writeFileSync(join(root, 'passwd'), `${user}:{PLAIN}${password}:${uid}:${gid}::${join(root, 'home')}\n`, { mode: 0o644 });
  const config = join(root, 'dovecot.conf');
  writeFileSync(
    config,
    `base_dir = ${root}/run
state_dir = ${root}/state
log_path = ${root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${root}/mail/%u
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${root}/passwd
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${root}/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`,
  );
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(DOVECOT_BIN, ['-F', '-c', config], { stdio: 'ignore' });
    await waitForPort(port);
  };
  const stop = async () => {
    if (!child) return;
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    child = null;
  };
  await start();
  return {
    port,
    user,
    password,
    restart: async () => {
      await stop();
      await start();
    },
    async stop() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
