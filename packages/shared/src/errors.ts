/** Every error code the API can return, with the HTTP status it maps to. */
export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

/** The union of API error codes. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** The body of every error response. */
export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
};
