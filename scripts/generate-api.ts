import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, apiSchemaSource } from './api-schema.js';

// `npm run generate:api`: the web app's API types from the OpenAPI document, no server or database needed.
writeFileSync(SCHEMA_FILE, await apiSchemaSource());
console.log(`Wrote ${SCHEMA_FILE}`);
