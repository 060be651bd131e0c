import { AppConfig } from './app-config.js';

describe('AppConfig', () => {
  it('has defaults that run a development machine without any settings', () => {
    const c = AppConfig.load({});
    expect(c).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATA_DIR: '.data',
      SEED_DEMO_DATA: true,
      ACCESS_TOKEN_TTL_SECONDS: 900,
    });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('converts numbers and booleans and treats empty values as unset', () => {
    const c = AppConfig.load({ PORT: '8080', SEED_DEMO_DATA: 'false', DATABASE_URL: '', JWT_SECRET: '' });
    expect(c).toMatchObject({ PORT: 8080, SEED_DEMO_DATA: false });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('refuses to start production without a strong JWT secret, listing what is wrong', () => {
    expect(() => AppConfig.load({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => AppConfig.load({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => AppConfig.load({ PORT: 'abc' })).toThrow(/PORT/);
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/collegiaal', JWT_SECRET: 'x'.repeat(32) };
    expect(AppConfig.load(production).JWT_SECRET).toHaveLength(32);
  });

  it('refuses to start production without DATABASE_URL, since the image has no embedded PostgreSQL', () => {
    expect(() => AppConfig.load({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(/DATABASE_URL/);
  });

  it('seeds demo data in production only when asked for', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/collegiaal', JWT_SECRET: 'x'.repeat(32) };
    expect(AppConfig.load(production).SEED_DEMO_DATA).toBe(false);
    expect(AppConfig.load({ ...production, SEED_DEMO_DATA: '' }).SEED_DEMO_DATA).toBe(false);
    expect(AppConfig.load({ ...production, SEED_DEMO_DATA: 'true' }).SEED_DEMO_DATA).toBe(true);
    expect(AppConfig.load({}).SEED_DEMO_DATA).toBe(true);
  });
});
