import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';
import { AppConfig } from '#libs/common';
import { AppModule } from '../apps/api/src/app.module.js';
import { buildOpenApiDocument } from '../apps/api/src/openapi.js';

/** Where the web app's typed client reads the API's shapes from (`npm run generate:api` writes it). */
export const SCHEMA_FILE = 'apps/web/src/api/schema.gen.ts';

const HEADER =
  '// Generated from the OpenAPI document by `npm run generate:api` (scripts/generate-api.ts). Do not edit:\n' +
  '// change the DTOs and controllers, then regenerate. test/web-client-fresh.spec.ts fails when this is stale.\n\n';

/**
 * The OpenAPI document as the API serves it at /api/docs-json, built without a database: Nest's
 * preview mode reads the modules, controllers and DTOs but instantiates no provider, so nothing
 * connects. The `api` prefix, then the same buildOpenApiDocument as configure-app.ts.
 */
export async function openApiDocument(): Promise<OpenAPIObject> {
  // Only validated, never used: preview mode opens no connection and signs no token.
  const config = AppConfig.load({ NODE_ENV: 'test', JWT_SECRET: 'document-only-never-used-to-sign-anything' });
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl: 'postgres://unused@127.0.0.1/none' }), {
    preview: true,
    logger: ['error'],
    bodyParser: false,
  });
  app.setGlobalPrefix('api');
  const document = buildOpenApiDocument(app);
  await app.close();
  return document;
}

/** The TypeScript source of SCHEMA_FILE: openapi-typescript's `paths` and `components` of the document. */
export async function apiSchemaSource(document?: OpenAPIObject): Promise<string> {
  const nodes = await openapiTS((document ?? (await openApiDocument())) as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(nodes);
}
