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
