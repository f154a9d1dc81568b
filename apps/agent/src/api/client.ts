import type { ErrorCode } from '@tuki/shared';

/** An error returned by the API (or a network failure), carrying the server's message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network_error' | 'unknown';
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: ApiError['code'], message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** A cursor-paginated list response. */
export type Page<T> = { data: T[]; nextCursor: string | null };

/** Query-string values accepted by the client; undefined and empty values are dropped. */
export type Query = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the CSRF token from the session so every write can send it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers what to do when the server says the session has ended (401 outside login). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Builds `/api/v1/path?query` from a path and optional query values. */
export function apiUrl(path: string, query?: Query): string {
  const url = `/api/v1${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

type RequestOptions = { query?: Query; body?: unknown; signal?: AbortSignal };

/** Sends a request to the Tuki API and returns the parsed JSON; throws ApiError on failure. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ApiError(0, 'network_error', reason);
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed = parseJson(text);
  if (response.ok) return parsed as T;

  const error = readErrorBody(parsed);
  const apiError = new ApiError(
    response.status,
    error?.code ?? 'unknown',
    error?.message ?? (text.slice(0, 300) || `${response.status} ${response.statusText}`),
    error?.details,
  );
  if (response.status === 401 && path !== '/auth/login' && path !== '/auth/session') onUnauthenticated?.();
  throw apiError;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readErrorBody(value: unknown): { code: ErrorCode; message: string; details?: Record<string, unknown> } | null {
  if (!value || typeof value !== 'object' || !('error' in value)) return null;
  const error = (value as { error: unknown }).error;
  if (!error || typeof error !== 'object') return null;
  const { code, message, details } = error as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  return {
    code: code as ErrorCode,
    message,
    details: details && typeof details === 'object' ? (details as Record<string, unknown>) : undefined,
  };
}

/** Shorthands for the HTTP verbs. */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};
