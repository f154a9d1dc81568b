import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildAgent, buildTicket, buildWorkspace } from '../../../test/factories.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('custom fields', () => {
  it('defines a dropdown and a number field and validates ticket values against them', async () => {
    const { admin } = await buildWorkspace(server);
    const product = await api(server, admin).post('/api/v1/custom-fields', { key: 'product', label: 'Product', type: 'dropdown', options: ['Laptop', 'Phone'], position: 1 });
    expect(product.status).toBe(201);
    expect(product.body).toMatchObject({ key: 'product', label: 'Product', type: 'dropdown', options: ['Laptop', 'Phone'], required: false, position: 1, active: true });
    const units = await api(server, admin).post('/api/v1/custom-fields', { key: 'units', label: 'Units', type: 'number' });
    expect(units.status).toBe(201);
    expect(units.body.options).toEqual([]);

    const list = await api(server, admin).get('/api/v1/custom-fields');
    expect(list.body.data.map((field: { key: string }) => field.key)).toEqual(['units', 'product']);

    const ticket = await buildTicket(server, admin);
    const ok = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { customFields: { product: 'Phone', units: 3 } });
    expect(ok.status).toBe(200);
    expect(ok.body.customFields).toEqual({ product: 'Phone', units: 3 });

    const badOption = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { customFields: { product: 'Tablet' } });
    expect(badOption.status).toBe(400);
    expect(badOption.body.error.code).toBe('validation_failed');
    expect(badOption.body.error.message).toContain('product');
    expect(badOption.body.error.message).toContain('Laptop, Phone');

    const badNumber = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { customFields: { units: 'three' } });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.error.message).toMatch(/units: must be a number/);

    const unknown = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { customFields: { colour: 'red' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/colour: no such custom field/);

    // JSON numbers and booleans keep their types end to end.
    await api(server, admin).post('/api/v1/custom-fields', { key: 'vip', label: 'VIP', type: 'checkbox' });
    const typed = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { customFields: { vip: true, units: 2.5 } });
    expect(typed.status).toBe(200);
    expect(typed.body.customFields).toEqual({ product: 'Phone', units: 2.5, vip: true });
    const notBoolean = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { customFields: { vip: 'yes' } });
    expect(notBoolean.status).toBe(400);
    expect(notBoolean.body.error.message).toMatch(/vip: must be a checkbox/);

    const cleared = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { customFields: { units: null } });
    expect(cleared.body.customFields).toEqual({ product: 'Phone', units: null, vip: true });
    const unchanged = await api(server, admin).get(`/api/v1/tickets/${ticket.id}`);
    expect(unchanged.body.customFields).toEqual({ product: 'Phone', units: null, vip: true });
  });

  it('requires options for dropdowns only, unique keys and unique options', async () => {
    const { admin } = await buildWorkspace(server);
    const noOptions = await api(server, admin).post('/api/v1/custom-fields', { key: 'size', label: 'Size', type: 'dropdown' });
    expect(noOptions.status).toBe(400);
    expect(noOptions.body.error.message).toMatch(/options/);
    const twice = await api(server, admin).post('/api/v1/custom-fields', { key: 'size', label: 'Size', type: 'dropdown', options: ['S', 'S'] });
    expect(twice.status).toBe(400);
    const optionsOnText = await api(server, admin).post('/api/v1/custom-fields', { key: 'note', label: 'Note', type: 'text', options: ['x'] });
    expect(optionsOnText.status).toBe(400);
    const badKey = await api(server, admin).post('/api/v1/custom-fields', { key: 'Order Id', label: 'Order', type: 'text' });
    expect(badKey.status).toBe(400);

    expect((await api(server, admin).post('/api/v1/custom-fields', { key: 'order_id', label: 'Order', type: 'text' })).status).toBe(201);
    const duplicate = await api(server, admin).post('/api/v1/custom-fields', { key: 'order_id', label: 'Order again', type: 'text' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('conflict');
  });

  it('changes label and options but never the key or type', async () => {
    const { admin } = await buildWorkspace(server);
    const field = await api(server, admin).post('/api/v1/custom-fields', { key: 'plan', label: 'Plan', type: 'dropdown', options: ['Free', 'Pro'] });
    const changed = await api(server, admin).patch(`/api/v1/custom-fields/${field.body.id}`, { label: 'Subscription', options: ['Free', 'Pro', 'Enterprise'] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ key: 'plan', label: 'Subscription', options: ['Free', 'Pro', 'Enterprise'] });
    const sameKey = await api(server, admin).patch(`/api/v1/custom-fields/${field.body.id}`, { key: 'plan', position: 5 });
    expect(sameKey.status).toBe(200);
    expect(sameKey.body.position).toBe(5);

    const rekey = await api(server, admin).patch(`/api/v1/custom-fields/${field.body.id}`, { key: 'tier' });
    expect(rekey.status).toBe(400);
    expect(rekey.body.error.message).toMatch(/key: cannot change/);
    const retype = await api(server, admin).patch(`/api/v1/custom-fields/${field.body.id}`, { type: 'text' });
    expect(retype.status).toBe(400);
    const emptyOptions = await api(server, admin).patch(`/api/v1/custom-fields/${field.body.id}`, { options: [] });
    expect(emptyOptions.status).toBe(400);

    const off = await api(server, admin).patch(`/api/v1/custom-fields/${field.body.id}`, { active: false });
    expect(off.body.active).toBe(false);
    const ticket = await buildTicket(server, admin);
    const inactive = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { customFields: { plan: 'Pro' } });
    expect(inactive.status).toBe(400);
  });

  it('lets agents read definitions but only admins change them, within their workspace', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const field = await api(server, admin).post('/api/v1/custom-fields', { key: 'region', label: 'Region', type: 'text' });
    expect((await api(server, agent).get('/api/v1/custom-fields')).body.data).toHaveLength(1);
    const create = await api(server, agent).post('/api/v1/custom-fields', { key: 'x', label: 'X', type: 'text' });
    expect(create.status).toBe(403);
    expect((await api(server, agent).patch(`/api/v1/custom-fields/${field.body.id}`, { label: 'Y' })).status).toBe(403);

    const outsider = (await buildWorkspace(server)).admin;
    expect((await api(server, outsider).get('/api/v1/custom-fields')).body.data).toEqual([]);
    expect((await api(server, outsider).patch(`/api/v1/custom-fields/${field.body.id}`, { label: 'Mine' })).status).toBe(404);
    const theirTicket = await buildTicket(server, outsider);
    expect((await api(server, outsider).patch(`/api/v1/tickets/${theirTicket.id}`, { customFields: { region: 'EU' } })).status).toBe(400);
  });
});
