// Browser tests: the built web app in Debian's Chromium (playwright-core), against the real API
// and PostgreSQL. Same ESM/SWC set-up as jest.config.js; run by `npm run test:browser`.
import base from './jest.config.js';

export default {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.spec.ts'],
  testPathIgnorePatterns: [],
  testTimeout: 180_000,
};
