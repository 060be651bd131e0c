/**
 * npm run meili:setup-key: makes (or finds) the application's Meilisearch API key from the
 * master key and prints it as `MEILI_API_KEY=…`. Idempotent by key uid (APP_KEY_UID): run it as
 * often as you like; the value stays the same for the same master key. The master key stays with
 * the operator: give the app MEILI_API_KEY, never MEILI_MASTER_KEY.
 *
 *   MEILI_URL=http://localhost:7700 MEILI_MASTER_KEY=… npm run meili:setup-key
 */
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import type { Key } from 'meilisearch';
import {
  APP_KEY_UID,
  appKeyCreation,
  keyPlan,
  versionMismatch,
} from '../libs/knowledge-bank/src/engines/meilisearch-requests.js';

const host = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY;
if (!host || !masterKey) {
  console.error('Set MEILI_URL and MEILI_MASTER_KEY (the master key is used for this step only).');
  process.exit(2);
}
const client = new Meilisearch({ host, apiKey: masterKey });

const mismatch = versionMismatch((await client.getVersion()).pkgVersion);
if (mismatch) {
  console.error(mismatch);
  process.exit(1);
}

const wanted = appKeyCreation('collegiaal');
const notFound = (e: unknown) => e instanceof MeilisearchApiError && e.cause?.code === 'api_key_not_found';
const existing: Key | undefined = await client.getKey(APP_KEY_UID).catch((e: unknown) => {
  if (notFound(e)) return undefined;
  throw e;
});

const plan = keyPlan(wanted, existing);
let key: Key;
if (plan === 'keep' && existing) key = existing;
else {
  if (plan === 'recreate') await client.deleteKey(APP_KEY_UID);
  key = await client.createKey(wanted).catch(async (e: unknown) => {
    // Another operator's run created it a moment ago: take that one.
    if (e instanceof MeilisearchApiError && e.cause?.code === 'api_key_already_exists')
      return client.getKey(APP_KEY_UID);
    throw e;
  });
}
console.error(
  `Meilisearch application key ${plan === 'keep' ? 'found' : 'created'}: ${key.actions.join(', ')} on ${key.indexes.join(', ')}`,
);
// In the compose stack the application's key is given beforehand (.env): stop the stack when it is not this one.
const expected = process.env.MEILI_API_KEY;
if (expected && expected !== key.key) {
  console.error(
    'MEILI_API_KEY is not the application key this master key gives: set MEILI_API_KEY to the value printed below.',
  );
  console.log(`MEILI_API_KEY=${key.key}`);
  process.exit(1);
}
console.log(`MEILI_API_KEY=${key.key}`);
