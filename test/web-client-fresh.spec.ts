import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, apiSchemaSource } from '../scripts/api-schema.js';

/**
 * Issue #14 item 3: the web app's client is generated from the OpenAPI document. A DTO or route
 * changed without regenerating would leave the web app typed against an API that no longer exists.
 */
describe('The generated web client', () => {
  it('matches the OpenAPI document the API builds today (else run `npm run generate:api`)', async () => {
    const fresh = await apiSchemaSource();
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== fresh)
      throw new Error(`${SCHEMA_FILE} is stale: the API changed since it was generated. Run \`npm run generate:api\`.`);
    expect(committed).toBe(fresh);
  });
});
