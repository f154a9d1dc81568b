import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { fileURLToPath } from 'node:url';

/** The repository root: relative paths in settings are resolved from here, whatever the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Roles one process can run. */
export const ROLES = ['web', 'worker', 'smtp', 'cron'] as const;
export type Role = (typeof ROLES)[number];

const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  publicUrl: Type.String({ pattern: '^https?://' }),
  databaseUrl: Type.Union([Type.String({ pattern: '^postgres(ql)?://' }), Type.Null()]),
  dataDir: Type.String({ minLength: 1 }),
  storageDir: Type.String({ minLength: 1 }),
  sessionSecret: Type.String({ minLength: 16 }),
  secureCookies: Type.Boolean(),
  logLevel: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
  seedDemo: Type.Boolean(),
  maxAttachmentBytes: Type.Integer({ minimum: 1 }),
  loginMaxAttempts: Type.Integer({ minimum: 1 }),
  loginWindowSeconds: Type.Integer({ minimum: 1 }),
  dbPoolSize: Type.Integer({ minimum: 1, maximum: 500 }),
  smtpPort: Type.Integer({ minimum: 0, maximum: 65535 }),
  trustProxy: Type.Boolean(),
  smtpHost: Type.String({ minLength: 1 }),
  smtpTlsKey: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  smtpTlsCert: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  smtpRequireTls: Type.Boolean(),
  smtpAuthUser: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  smtpAuthPassword: Type.Union([Type.String({ minLength: 8 }), Type.Null()]),
  emailMaxBytes: Type.Integer({ minimum: 1024 }),
  emailDomain: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  smtpRelayUrl: Type.Union([Type.String({ pattern: '^smtps?://' }), Type.Null()]),
  emailReopenClosedDays: Type.Integer({ minimum: 0 }),
  emailRateLimit: Type.Integer({ minimum: 1 }),
  emailRateWindowSeconds: Type.Integer({ minimum: 1 }),
  imapPollSeconds: Type.Integer({ minimum: 1 }),
  emailInboundLanes: Type.Integer({ minimum: 1, maximum: 32 }),
  emailInboundBatch: Type.Integer({ minimum: 1, maximum: 256 }),
});

/** Every setting Tuki reads, validated at boot. */
export type Config = Static<typeof ConfigSchema>;

/** One documented setting: its environment variable, default and meaning (README lists them all). */
type Setting = { env: string; key: keyof Config; default: string | null; parse: 'int' | 'bool' | 'string' | 'nullable' };

/** The environment variables Tuki reads. */
export const SETTINGS: Setting[] = [
  { env: 'PORT', key: 'port', default: '3000', parse: 'int' },
  { env: 'HOST', key: 'host', default: '0.0.0.0', parse: 'string' },
  { env: 'PUBLIC_URL', key: 'publicUrl', default: null, parse: 'string' },
  { env: 'DATABASE_URL', key: 'databaseUrl', default: null, parse: 'nullable' },
  { env: 'DATA_DIR', key: 'dataDir', default: './data', parse: 'string' },
  { env: 'STORAGE_DIR', key: 'storageDir', default: null, parse: 'string' },
  { env: 'SESSION_SECRET', key: 'sessionSecret', default: 'dev-only-secret-change-me', parse: 'string' },
  { env: 'SECURE_COOKIES', key: 'secureCookies', default: null, parse: 'bool' },
  { env: 'LOG_LEVEL', key: 'logLevel', default: 'info', parse: 'string' },
  { env: 'SEED_DEMO', key: 'seedDemo', default: 'true', parse: 'bool' },
  { env: 'MAX_ATTACHMENT_BYTES', key: 'maxAttachmentBytes', default: String(25 * 1024 * 1024), parse: 'int' },
  { env: 'LOGIN_MAX_ATTEMPTS', key: 'loginMaxAttempts', default: '10', parse: 'int' },
  { env: 'LOGIN_WINDOW_SECONDS', key: 'loginWindowSeconds', default: '900', parse: 'int' },
  { env: 'DB_POOL_SIZE', key: 'dbPoolSize', default: '20', parse: 'int' },
  { env: 'SMTP_PORT', key: 'smtpPort', default: '2525', parse: 'int' },
  { env: 'TRUST_PROXY', key: 'trustProxy', default: 'false', parse: 'bool' },
  { env: 'SMTP_HOST', key: 'smtpHost', default: '0.0.0.0', parse: 'string' },
  { env: 'SMTP_TLS_KEY', key: 'smtpTlsKey', default: null, parse: 'nullable' },
  { env: 'SMTP_TLS_CERT', key: 'smtpTlsCert', default: null, parse: 'nullable' },
  { env: 'SMTP_REQUIRE_TLS', key: 'smtpRequireTls', default: 'false', parse: 'bool' },
  { env: 'SMTP_AUTH_USER', key: 'smtpAuthUser', default: null, parse: 'nullable' },
  { env: 'SMTP_AUTH_PASSWORD', key: 'smtpAuthPassword', default: null, parse: 'nullable' },
  { env: 'EMAIL_MAX_BYTES', key: 'emailMaxBytes', default: String(25 * 1024 * 1024), parse: 'int' },
  { env: 'EMAIL_DOMAIN', key: 'emailDomain', default: null, parse: 'nullable' },
  { env: 'SMTP_RELAY_URL', key: 'smtpRelayUrl', default: null, parse: 'nullable' },
  { env: 'EMAIL_REOPEN_CLOSED_DAYS', key: 'emailReopenClosedDays', default: '14', parse: 'int' },
  { env: 'EMAIL_RATE_LIMIT', key: 'emailRateLimit', default: '20', parse: 'int' },
  { env: 'EMAIL_RATE_WINDOW_SECONDS', key: 'emailRateWindowSeconds', default: '600', parse: 'int' },
  { env: 'IMAP_POLL_SECONDS', key: 'imapPollSeconds', default: '60', parse: 'int' },
  { env: 'EMAIL_INBOUND_LANES', key: 'emailInboundLanes', default: '3', parse: 'int' },
  { env: 'EMAIL_INBOUND_BATCH', key: 'emailInboundBatch', default: '16', parse: 'int' },
];

/** Thrown when the environment holds a bad value; the message names every bad variable. */
export class ConfigError extends Error {}

function parseValue(setting: Setting, raw: string): unknown {
  if (setting.parse === 'int') return /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (setting.parse === 'bool') {
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    return raw;
  }
  return raw;
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const values: Record<string, unknown> = {};
  for (const setting of SETTINGS) {
    const raw = env[setting.env];
    if (raw === undefined || raw === '') {
      values[setting.key] = setting.default === null ? null : parseValue(setting, setting.default);
    } else {
      values[setting.key] = parseValue(setting, raw);
    }
  }
  values.publicUrl ??= `http://localhost:${values.port}`;
  if (typeof values.dataDir === 'string' && !values.dataDir.startsWith('/')) values.dataDir = `${REPO_ROOT}${values.dataDir.replace(/^\.\//, '')}`;
  values.storageDir ??= `${values.dataDir}/files`;
  values.secureCookies ??= String(values.publicUrl).startsWith('https://');
  const problems: string[] = [];
  for (const error of Value.Errors(ConfigSchema, values)) {
    const key = error.instancePath.replace(/^\//, '');
    const setting = SETTINGS.find((s) => s.key === key);
    problems.push(`${setting?.env ?? key}=${JSON.stringify(env[setting?.env ?? ''] ?? values[key])}: ${error.message}`);
  }
  if (values.sessionSecret === 'dev-only-secret-change-me' && env.NODE_ENV === 'production') {
    problems.push('SESSION_SECRET: must be set in production');
  }
  problems.push(...smtpSecurityProblems(values));
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return values as Config;
}

// The SMTP role's TLS and AUTH settings only make sense together: a key needs its certificate,
// requiring TLS needs both, and AUTH (PLAIN/LOGIN send the password) is only offered over TLS.
function smtpSecurityProblems(values: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const tls = Boolean(values.smtpTlsKey) && Boolean(values.smtpTlsCert);
  if (Boolean(values.smtpTlsKey) !== Boolean(values.smtpTlsCert)) problems.push('SMTP_TLS_KEY, SMTP_TLS_CERT: set both (paths of a PEM key and certificate) or neither');
  if (values.smtpRequireTls === true && !tls) problems.push('SMTP_REQUIRE_TLS: needs SMTP_TLS_KEY and SMTP_TLS_CERT');
  if (Boolean(values.smtpAuthUser) !== Boolean(values.smtpAuthPassword)) problems.push('SMTP_AUTH_USER, SMTP_AUTH_PASSWORD: set both or neither');
  if (values.smtpAuthUser && !tls) problems.push('SMTP_AUTH_USER: AUTH is only offered over TLS; set SMTP_TLS_KEY and SMTP_TLS_CERT');
  return problems;
}
