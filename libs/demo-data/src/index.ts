export { DemoDataModule } from './demo-data.module.js';
export { DemoDataService, DEMO_LOGINS, DEMO_PASSWORD, loadDemoBundle } from './demo-data.service.js';
export type { DemoAccount, SeedSummary } from './demo-data.service.js';
export { WERKATELIER_TITLE, SAMEN_IN_BELEID_TITLE } from './demo-programmes.js';
