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
    expect(AppConfig.load({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).JWT_SECRET).toHaveLength(32);
  });
});
