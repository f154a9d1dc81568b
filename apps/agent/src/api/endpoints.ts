import type {
  ApiTokenSchema,
  AttachmentSchema,
  BulkUpdateTicketsBody,
  CompanySchema,
  ContactSchema,
  CreateMessageBody,
  CreateTicketBody,
  CreateUserBody,
  CustomFieldBody,
  CustomFieldSchema,
  EscalateTicketBody,
  GroupBody,
  GroupSchema,
  Language,
  MessageSchema,
  NotificationSchema,
  SearchHitSchema,
  SessionSchema,
  TicketEventSchema,
  TicketLinkSchema,
  TicketListItemSchema,
  TicketSchema,
  UpdateTicketBody,
  UpdateUserBody,
  UserSchema,
  ViewBody,
  ViewSchema,
  WebhookBody,
  WebhookDeliverySchema,
  WebhookSchema,
} from '@tuki/shared';
import { api, apiRequest, type Page } from './client.ts';

/** A tag with how many tickets carry it. */
export type TagCount = { name: string; count: number };

/** Workspace settings as the settings endpoint presents them. */
export type WorkspaceSettings = SessionSchema['workspace'] & Record<string, unknown>;

/** Fields of the signed-in user's own profile that they may change. */
export type ProfileChanges = { name?: string; language?: Language; timeZone?: string; password?: string };

/** Sort options for a view's ticket list. */
export type ViewTicketQuery = { cursor?: string | null; limit?: number; sortBy?: ViewSchema['sortBy']; sortOrder?: 'asc' | 'desc' };

/** Sign-in, session and sign-out. */
export const authApi = {
  login: (email: string, password: string) => api.post<SessionSchema>('/auth/login', { email, password }),
  session: () => api.get<SessionSchema>('/auth/session'),
  logout: () => api.post<void>('/auth/logout'),
  updateMe: (changes: ProfileChanges) => api.patch<UserSchema>('/me', changes),
};

/** Agents and groups. */
export const peopleApi = {
  users: (cursor?: string | null) => api.get<Page<UserSchema>>('/users', { cursor, limit: 200 }),
  createUser: (body: CreateUserBody) => api.post<UserSchema>('/users', body),
  updateUser: (id: string, body: UpdateUserBody) => api.patch<UserSchema>(`/users/${id}`, body),
  groups: () => api.get<{ data: GroupSchema[] }>('/groups'),
  createGroup: (body: GroupBody) => api.post<GroupSchema>('/groups', body),
  updateGroup: (id: string, body: Partial<GroupBody>) => api.patch<GroupSchema>(`/groups/${id}`, body),
  deleteGroup: (id: string) => api.delete<void>(`/groups/${id}`),
};

/** Customers and companies. */
export const contactsApi = {
  list: (q?: string, cursor?: string | null) => api.get<Page<ContactSchema>>('/contacts', { q, cursor }),
  get: (id: string) => api.get<ContactSchema>(`/contacts/${id}`),
  tickets: (id: string) => api.get<Page<TicketSchema>>(`/contacts/${id}/tickets`, { limit: 20 }),
  company: (id: string) => api.get<CompanySchema>(`/companies/${id}`),
};

/** Saved views and their tickets. */
export const viewsApi = {
  list: () => api.get<{ data: ViewSchema[] }>('/views'),
  tickets: (id: string, query: ViewTicketQuery, signal?: AbortSignal) =>
    api.get<Page<TicketListItemSchema>>(`/views/${id}/tickets`, query, signal),
  create: (body: ViewBody) => api.post<ViewSchema>('/views', body),
  update: (id: string, body: Partial<ViewBody>) => api.patch<ViewSchema>(`/views/${id}`, body),
  delete: (id: string) => api.delete<void>(`/views/${id}`),
};

/** Tickets, their conversation, timeline and relations. */
export const ticketsApi = {
  get: (id: string) => api.get<TicketSchema>(`/tickets/${id}`),
  update: (id: string, body: UpdateTicketBody) => api.patch<TicketSchema>(`/tickets/${id}`, body),
  create: (body: CreateTicketBody) => api.post<TicketSchema>('/tickets', body),
  bulk: (body: BulkUpdateTicketsBody) => api.post<{ updated: number }>('/tickets/bulk', body),
  messages: (id: string, cursor?: string | null) =>
    api.get<Page<MessageSchema>>(`/tickets/${id}/messages`, { cursor, limit: 200 }),
  addMessage: (id: string, body: CreateMessageBody) => api.post<MessageSchema>(`/tickets/${id}/messages`, body),
  events: (id: string) => api.get<Page<TicketEventSchema>>(`/tickets/${id}/events`, { limit: 200 }),
  links: (id: string) => api.get<{ data: TicketLinkSchema[] }>(`/tickets/${id}/links`),
  escalate: (id: string, body: EscalateTicketBody) => api.post<TicketSchema>(`/tickets/${id}/escalate`, body),
  merge: (id: string, targetId: string) => api.post<TicketSchema>(`/tickets/${id}/merge`, { targetId }),
  link: (id: string, relatedId: string) => api.post<TicketLinkSchema>(`/tickets/${id}/links`, { relatedId }),
};

/** Uploads one file and returns the stored attachment. */
export function uploadAttachment(file: File): Promise<AttachmentSchema> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest<AttachmentSchema>('POST', '/attachments', { body: form });
}

/** Full-text search over tickets. */
export const searchApi = {
  search: (q: string, cursor?: string | null, signal?: AbortSignal) =>
    api.get<Page<SearchHitSchema>>('/search', { q, cursor }, signal),
};

/** The signed-in agent's notifications. */
export const notificationsApi = {
  list: (unreadOnly: boolean) => api.get<Page<NotificationSchema>>('/notifications', { unread: unreadOnly || undefined, limit: 30 }),
  unreadCount: () => api.get<{ count: number }>('/notifications/unread-count'),
  markRead: (id: string) => api.post<void>(`/notifications/${id}/read`),
  markAllRead: () => api.post<void>('/notifications/read-all'),
};

/** Admin-only settings resources. */
export const adminApi = {
  customFields: () => api.get<{ data: CustomFieldSchema[] }>('/custom-fields'),
  createCustomField: (body: CustomFieldBody) => api.post<CustomFieldSchema>('/custom-fields', body),
  updateCustomField: (id: string, body: Partial<CustomFieldBody>) => api.patch<CustomFieldSchema>(`/custom-fields/${id}`, body),
  tags: () => api.get<{ data: TagCount[] }>('/tags'),
  apiTokens: () => api.get<{ data: ApiTokenSchema[] }>('/api-tokens'),
  createApiToken: (name: string) => api.post<ApiTokenSchema>('/api-tokens', { name }),
  revokeApiToken: (id: string) => api.delete<void>(`/api-tokens/${id}`),
  webhooks: () => api.get<{ data: WebhookSchema[] }>('/webhooks'),
  createWebhook: (body: WebhookBody) => api.post<WebhookSchema>('/webhooks', body),
  updateWebhook: (id: string, body: Partial<WebhookBody>) => api.patch<WebhookSchema>(`/webhooks/${id}`, body),
  deleteWebhook: (id: string) => api.delete<void>(`/webhooks/${id}`),
  deliveries: (id: string) => api.get<Page<WebhookDeliverySchema>>(`/webhooks/${id}/deliveries`),
  redeliver: (id: string, deliveryId: string) => api.post<unknown>(`/webhooks/${id}/deliveries/${deliveryId}/redeliver`),
  workspace: () => api.get<WorkspaceSettings>('/workspace'),
  updateWorkspace: (body: Partial<WorkspaceSettings>) => api.patch<WorkspaceSettings>('/workspace', body),
};
