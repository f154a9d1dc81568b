import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REPO_ROOT } from './config.ts';
import { parseRoles } from './main.ts';

describe('loadConfig', () => {
  it('uses documented defaults and resolves the data folder from the repository root', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, publicUrl: 'http://localhost:3000', secureCookies: false, seedDemo: true });
    expect(config.dataDir).toBe(`${REPO_ROOT}data`);
    expect(config.storageDir).toBe(`${REPO_ROOT}data/files`);
  });

  it('names every bad variable in one clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SEED_DEMO: 'maybe' })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT="eighty"');
      expect(message).toContain('DATABASE_URL="mysql://x"');
      expect(message).toContain('LOG_LEVEL="loud"');
    }
  });

  it('takes the SMTP role TLS and AUTH settings only together: key with certificate, TLS before AUTH', () => {
    expect(loadConfig({ SMTP_TLS_KEY: '/k.pem', SMTP_TLS_CERT: '/c.pem', SMTP_REQUIRE_TLS: 'true', SMTP_AUTH_USER: 'relay', SMTP_AUTH_PASSWORD: 'long-enough' })).toMatchObject({
      smtpTlsKey: '/k.pem', smtpTlsCert: '/c.pem', smtpRequireTls: true, smtpAuthUser: 'relay', smtpAuthPassword: 'long-enough',
    });
    expect(() => loadConfig({ SMTP_TLS_KEY: '/k.pem' })).toThrowError(/SMTP_TLS_KEY, SMTP_TLS_CERT: set both/);
    expect(() => loadConfig({ SMTP_REQUIRE_TLS: 'yes' })).toThrowError(/SMTP_REQUIRE_TLS: needs/);
    expect(() => loadConfig({ SMTP_AUTH_USER: 'relay', SMTP_AUTH_PASSWORD: 'long-enough' })).toThrowError(/AUTH is only offered over TLS/);
    expect(() => loadConfig({ SMTP_TLS_KEY: '/k.pem', SMTP_TLS_CERT: '/c.pem', SMTP_AUTH_USER: 'relay' })).toThrowError(/SMTP_AUTH_USER, SMTP_AUTH_PASSWORD: set both/);
  });

  it('requires a session secret in production and secure cookies behind https', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ PUBLIC_URL: 'https://help.example.fi' }).secureCookies).toBe(true);
  });
});

describe('parseRoles', () => {
  it('defaults to every role and accepts lists', () => {
    expect(parseRoles([])).toEqual(['web', 'worker', 'smtp', 'cron']);
    expect(parseRoles(['--role', 'web,worker'])).toEqual(['web', 'worker']);
    expect(parseRoles(['--role=smtp'])).toEqual(['smtp']);
  });
  it('refuses unknown roles', () => {
    expect(() => parseRoles(['--role', 'mailer'])).toThrow(/Unknown --role mailer/);
  });
});
