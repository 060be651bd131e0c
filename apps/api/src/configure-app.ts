import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe, ProblemDetailsFilter } from '#libs/common';

/** Global prefix, strict validation, problem+json errors and the OpenAPI document. */
export function configureApp(app: INestApplication): OpenAPIObject {
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
