import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';
import { AppConfig } from '#libs/common';
import { AppModule } from '../apps/api/src/app.module.js';
import { describeResponses } from '../apps/api/src/openapi.js';

/** Where the web app's typed client reads the API's shapes from (`npm run generate:api` writes it). */
export const SCHEMA_FILE = 'apps/web/src/api/schema.gen.ts';

const HEADER =
  '// Generated from the OpenAPI document by `npm run generate:api` (scripts/generate-api.ts). Do not edit:\n' +
  '// change the DTOs and controllers, then regenerate. test/web-client-fresh.spec.ts fails when this is stale.\n\n';

/**
 * The OpenAPI document as the API serves it at /api/docs-json, built without a database: Nest's
 * preview mode reads the modules, controllers and DTOs but instantiates no provider, so nothing
 * connects. Built like configure-app.ts builds it: the `api` prefix, SwaggerModule, then
 * describeResponses for the public routes and the problem+json errors.
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
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Collegiaal API').addBearerAuth().build(),
  );
  describeResponses(document);
  await app.close();
  return document;
}

/** The TypeScript source of SCHEMA_FILE: openapi-typescript's `paths` and `components` of the document. */
export async function apiSchemaSource(document?: OpenAPIObject): Promise<string> {
  const nodes = await openapiTS((document ?? (await openApiDocument())) as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(nodes);
}
