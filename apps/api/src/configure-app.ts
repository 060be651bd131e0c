import type { INestApplication } from '@nestjs/common';
import express from 'express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe, ProblemDetailsFilter } from '#libs/common';

/**
 * Body limits, global prefix, strict validation, problem+json errors and the OpenAPI document.
 * The app must be created with `bodyParser: false`: the parsers are registered here.
 */
export function configureApp(app: INestApplication): OpenAPIObject {
  // Bodies stay small, except catalogue imports (create the app with bodyParser: false).
  app.use('/api/admin/import', express.json({ limit: '50mb' }));
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  const http = app.getHttpAdapter().getInstance() as { disable?: (s: string) => void; set?: (k: string, v: unknown) => void };
  http.disable?.('x-powered-by');
  // Behind a load balancer: trust the first proxy for client addresses and protocol.
  http.set?.('trust proxy', 1);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Collegiaal API')
      .setDescription(
        'Collegiale cursussen binnen de overheid: catalogue, teachers, enrolments and the knowledge bank. ' +
          'Errors are application/problem+json (RFC 9457) with a stable `code`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return document;
}
