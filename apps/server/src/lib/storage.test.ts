import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiskStorage } from './storage.ts';

describe('disk storage', () => {
  const roots: string[] = [];
  const storageIn = () => {
    const root = mkdtempSync(join(tmpdir(), 'tuki-storage-'));
    roots.push(root);
    return { root, storage: createDiskStorage(root) };
  };
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('stores bytes under a new key with their hash and size, reads them back and removes them', async () => {
    const { storage } = storageIn();
    const put = await storage.put(Buffer.from('hello, tuki'));
    expect(put).toMatchObject({ size: 11, sha256: 'ebefb092b0901431ba89effc276288352cc2986b675daf195b674b03051887e9', key: expect.stringMatching(/^[a-f0-9-]{36}$/) });
    expect(await text(await storage.read(put.key))).toBe('hello, tuki');
    await storage.remove(put.key);
    await expect(storage.read(put.key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('still stores a file when its shard folder was removed after an earlier write', async () => {
    const { root, storage } = storageIn();
    const first = await storage.put(Buffer.from('first'));
    rmSync(join(root, first.key.slice(0, 2)), { recursive: true });
    // Keys are random: write until one lands in the removed shard again (1 in 256 per write on average).
    let again = await storage.put(Buffer.from('again'));
    for (let n = 0; n < 5_000 && again.key.slice(0, 2) !== first.key.slice(0, 2); n++) again = await storage.put(Buffer.from('again'));
    expect(again.key.slice(0, 2)).toBe(first.key.slice(0, 2));
    expect(await text(await storage.read(again.key))).toBe('again');
  });

  it('refuses keys that are not its own', async () => {
    const { storage } = storageIn();
    await expect(storage.read('../../etc/passwd')).rejects.toThrow('Invalid storage key');
  });
});
