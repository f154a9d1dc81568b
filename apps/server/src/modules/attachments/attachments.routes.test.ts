import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildAgent, buildTicket, buildWorkspace, type TestUser } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { DATABASE_CONTENT_MAX } from './content.ts';

const LIMIT = 4 * DATABASE_CONTENT_MAX;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ maxAttachmentBytes: LIMIT });
});
afterAll(async () => {
  await server?.close();
});

type Part = { field?: string; filename: string; contentType?: string; bytes: Buffer | string };

/** A multipart/form-data body built by hand, as a browser would send it. */
function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----tuki${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.field ?? 'file'}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.isBuffer(part.bytes) ? part.bytes : Buffer.from(part.bytes),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(user: TestUser, part: Part | Part[]) {
  const { body, contentType } = multipart(Array.isArray(part) ? part : [part]);
  const response = await server.app.inject({ method: 'POST', url: '/api/v1/attachments', headers: { authorization: `Bearer ${user.token}`, 'content-type': contentType }, payload: body });
  return { status: response.statusCode, body: JSON.parse(response.body) };
}

async function download(user: TestUser, id: string, query = '') {
  return server.app.inject({ method: 'GET', url: `/api/v1/attachments/${id}${query}`, headers: { authorization: `Bearer ${user.token}` } });
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-fake-image-data')]);

describe('POST /api/v1/attachments', () => {
  it('stores a file for a message to claim, then serves it to the workspace with safe headers', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const colleague = await buildAgent(server, workspace.id);
    const text = 'Rivi 1\nRivi 2 — äö\n';
    const uploaded = await upload(admin, { filename: 'notes.txt', contentType: 'text/plain', bytes: text });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ filename: 'notes.txt', contentType: 'text/plain', size: Buffer.byteLength(text), inline: false, url: `/api/v1/attachments/${uploaded.body.id}` });

    // Not on a message yet: only the uploader sees it.
    expect((await download(colleague, uploaded.body.id)).statusCode).toBe(404);
    const own = await download(admin, uploaded.body.id);
    expect(own.statusCode).toBe(200);
    expect(own.body).toBe(text);

    const ticket = await buildTicket(server, admin);
    const message = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'See attached', attachmentIds: [uploaded.body.id] });
    expect(message.status).toBe(201);
    expect(message.body.attachments).toEqual([uploaded.body]);
    const reused = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'Again', attachmentIds: [uploaded.body.id] });
    expect(reused.status).toBe(400);

    const res = await download(colleague, uploaded.body.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(Buffer.from(text))).toBe(true);
    expect(res.headers['content-type']).toBe('text/plain');
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(text)));
    expect(res.headers['content-disposition']).toBe('attachment; filename="notes.txt"');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
  });

  it('serves real png images inline only when a preview asks (?inline=1), never SVG or HTML, and names non-ASCII files with filename*', async () => {
    const { admin } = await buildWorkspace(server);
    const image = await upload(admin, { filename: 'kuvakaappaus.png', contentType: 'image/png', bytes: PNG });
    expect(image.body.contentType).toBe('image/png');
    const imageRes = await download(admin, image.body.id);
    expect(imageRes.headers['content-disposition']).toBe('attachment; filename="kuvakaappaus.png"');
    const preview = await download(admin, image.body.id, '?inline=1');
    expect(preview.headers['content-disposition']).toBe('inline; filename="kuvakaappaus.png"');
    expect(preview.headers['content-type']).toBe('image/png');
    expect(preview.headers['x-content-type-options']).toBe('nosniff');
    expect((await download(admin, image.body.id, '?inline=yes')).statusCode).toBe(400);

    const svg = await upload(admin, { filename: 'logo.svg', contentType: 'image/svg+xml', bytes: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' });
    expect(svg.status).toBe(201);
    const svgRes = await download(admin, svg.body.id, '?inline=1');
    expect(svgRes.headers['content-disposition']).toMatch(/^attachment;/);
    expect(svgRes.headers['content-security-policy']).toBe("default-src 'none'; sandbox");

    const html = await upload(admin, { filename: 'page.html', contentType: 'text/html', bytes: '<script>alert(1)</script>' });
    const htmlRes = await download(admin, html.body.id, '?inline=1');
    expect(htmlRes.headers['content-disposition']).toMatch(/^attachment;/);
    expect(htmlRes.headers['x-content-type-options']).toBe('nosniff');

    // A "png" whose bytes are not a png is not served as an image.
    const fake = await upload(admin, { filename: 'fake.png', contentType: 'image/png', bytes: '<html><script>alert(1)</script></html>' });
    expect(fake.body.contentType).toBe('application/octet-stream');
    expect((await download(admin, fake.body.id, '?inline=1')).headers['content-disposition']).toMatch(/^attachment;/);

    const pdf = await upload(admin, { filename: 'lasku.pdf', contentType: 'application/pdf', bytes: '%PDF-1.7\n%fake' });
    expect((await download(admin, pdf.body.id, '?inline=1')).headers['content-disposition']).toBe('attachment; filename="lasku.pdf"');

    const finnish = await upload(admin, { filename: 'Lasku äö €.pdf', contentType: 'application/pdf', bytes: '%PDF-1.7\n%fake' });
    expect(finnish.body.filename).toBe('Lasku äö €.pdf');
    const finnishRes = await download(admin, finnish.body.id);
    expect(finnishRes.headers['content-type']).toBe('application/pdf');
    expect(finnishRes.headers['content-disposition']).toBe(`attachment; filename="Lasku __ _.pdf"; filename*=UTF-8''Lasku%20%C3%A4%C3%B6%20%E2%82%AC.pdf`);
  });

  it('keeps small files in the database with their row and larger ones in storage, and serves both byte for byte', async () => {
    const { admin } = await buildWorkspace(server);
    const small = Buffer.alloc(DATABASE_CONTENT_MAX, 7);
    const large = Buffer.alloc(DATABASE_CONTENT_MAX + 1, 9);
    const inDatabase = await upload(admin, { filename: 'small.bin', bytes: small });
    const inStorage = await upload(admin, { filename: 'large.bin', bytes: large });
    expect([inDatabase.status, inStorage.status]).toEqual([201, 201]);

    const where = async (id: string) => {
      const [row] = await queryRows<{ storage_key: string | null; bytes: number | null }>(
        server.services.db,
        sql`select a.storage_key, length(c.content) as bytes from attachments a left join attachment_contents c on c.attachment_id = a.id where a.id = ${id}`,
      );
      return row;
    };
    expect(await where(inDatabase.body.id)).toEqual({ storage_key: null, bytes: DATABASE_CONTENT_MAX });
    const stored = await where(inStorage.body.id);
    expect(stored.bytes).toBeNull();
    expect(existsSync(join(server.config.storageDir, stored.storage_key!.slice(0, 2), stored.storage_key!))).toBe(true);

    expect((await download(admin, inDatabase.body.id)).rawPayload.equals(small)).toBe(true);
    expect((await download(admin, inStorage.body.id)).rawPayload.equals(large)).toBe(true);
    // A file gone from storage is a clear 404, not a server error.
    rmSync(join(server.config.storageDir, stored.storage_key!.slice(0, 2), stored.storage_key!));
    const missing = await download(admin, inStorage.body.id);
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body).error.message).toMatch(/missing from storage/);

    // The bytes go with their row.
    await queryRows(server.services.db, sql`delete from attachments where id = ${inDatabase.body.id}`);
    expect(await queryRows(server.services.db, sql`select 1 from attachment_contents where attachment_id = ${inDatabase.body.id}`)).toEqual([]);
  });

  it('strips paths from file names', async () => {
    const { admin } = await buildWorkspace(server);
    const res = await upload(admin, { filename: '..\\..\\windows\\evil.txt', contentType: 'text/plain', bytes: 'x' });
    expect(res.status).toBe(201);
    expect(res.body.filename).toBe('evil.txt');
  });

  it('refuses programs and scripts by extension and by their bytes with 415', async () => {
    const { admin } = await buildWorkspace(server);
    const cases: Part[] = [
      { filename: 'setup.exe', contentType: 'application/octet-stream', bytes: 'anything' },
      { filename: 'invoice.pdf.exe', contentType: 'application/pdf', bytes: '%PDF-1.4' },
      { filename: 'run.BAT', contentType: 'text/plain', bytes: 'echo hi' },
      { filename: 'run.cmd', contentType: 'text/plain', bytes: 'echo hi' },
      { filename: 'app.js', contentType: 'text/plain', bytes: 'alert(1)' },
      { filename: 'macro.vbs', contentType: 'text/plain', bytes: 'MsgBox 1' },
      { filename: 'screensaver.scr', contentType: 'application/octet-stream', bytes: 'x' },
      { filename: 'package.msi', contentType: 'application/octet-stream', bytes: 'x' },
      { filename: 'report.pdf', contentType: 'application/x-msdownload', bytes: 'x' },
      { filename: 'photo.jpg', contentType: 'image/jpeg', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]) },
      { filename: 'notes.txt', contentType: 'text/plain', bytes: '#!/bin/sh\nrm -rf /\n' },
      { filename: 'tool', contentType: 'application/octet-stream', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]) },
    ];
    for (const part of cases) {
      const res = await upload(admin, part);
      expect(res.status, part.filename).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
      expect(res.body.error.message).toMatch(/not accepted/);
    }
  });

  it('refuses an empty file with 400, a file over the limit with 413, and a body without a file', async () => {
    const { admin } = await buildWorkspace(server);
    const empty = await upload(admin, { filename: 'empty.txt', contentType: 'text/plain', bytes: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/empty/);

    const big = await upload(admin, { filename: 'big.bin', bytes: Buffer.alloc(LIMIT + 1, 1) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
    const justFits = await upload(admin, { filename: 'fits.bin', bytes: Buffer.alloc(LIMIT, 1) });
    expect(justFits.status).toBe(201);

    const wrongField = await upload(admin, { field: 'document', filename: 'a.txt', contentType: 'text/plain', bytes: 'a' });
    expect(wrongField.status).toBe(400);
    const json = await api(server, admin).post('/api/v1/attachments', { file: 'nope' });
    expect(json.status).toBe(415);
  });

  it('refuses read-only users and keeps files inside their workspace', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const reader = await buildAgent(server, workspace.id, { role: 'read-only' });
    const denied = await upload(reader, { filename: 'a.txt', contentType: 'text/plain', bytes: 'a' });
    expect(denied.status).toBe(403);

    const uploaded = await upload(admin, { filename: 'secret.txt', contentType: 'text/plain', bytes: 'secret' });
    const ticket = await buildTicket(server, admin);
    await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'File', attachmentIds: [uploaded.body.id] });
    expect((await download(reader, uploaded.body.id)).statusCode).toBe(200);

    const outsider = (await buildWorkspace(server)).admin;
    const res = await download(outsider, uploaded.body.id);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('secret');
    const claim = await api(server, outsider).post(`/api/v1/tickets/${(await buildTicket(server, outsider)).id}/messages`, { kind: 'note', body: 'Mine now', attachmentIds: [uploaded.body.id] });
    expect(claim.status).toBe(400);
    expect((await api(server, null).get(`/api/v1/attachments/${uploaded.body.id}`)).status).toBe(401);
  });
});
