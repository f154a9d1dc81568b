import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile, unlink } from 'node:fs/promises';
import { createHash, randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/** Where attachment bytes live: a local folder by default (S3-compatible storage can implement the same type). */
export type Storage = {
  put(bytes: Buffer): Promise<{ key: string; sha256: string; size: number }>;
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
};

/** Writes `bytes` to `temp`, then renames it to `path` (readers never see a partial file). */
async function writeAtomically(temp: string, path: string, bytes: Buffer): Promise<void> {
  await writeFile(temp, bytes);
  await rename(temp, path);
}

/** Stores files below `root`, sharded by the first characters of a random key; writes are atomic (temp file + rename). */
export function createDiskStorage(root: string): Storage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!/^[a-f0-9-]{36}$/.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return join(base, key.slice(0, 2), key);
  };
  // Shard folders known to exist: one mkdir per shard per process, not per file (recreated if removed meanwhile).
  const shards = new Set<string>();
  const writeInShard = async (path: string, bytes: Buffer) => {
    const shard = dirname(path);
    if (!shards.has(shard)) {
      await mkdir(shard, { recursive: true });
      shards.add(shard);
    }
    try {
      await writeAtomically(`${path}.tmp`, path, bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      shards.delete(shard);
      await mkdir(shard, { recursive: true });
      await writeAtomically(`${path}.tmp`, path, bytes);
      shards.add(shard);
    }
  };
  return {
    async put(bytes) {
      const key = randomUUID();
      const path = pathOf(key);
      await writeInShard(path, bytes);
      return { key, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    },
    async read(key) {
      const path = pathOf(key);
      await stat(path);
      return createReadStream(path);
    },
    async remove(key) {
      await unlink(pathOf(key)).catch(() => {});
    },
  };
}
