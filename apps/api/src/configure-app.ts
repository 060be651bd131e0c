import type { INestApplication } from '@nestjs/common';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  serveWebApp(app);
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

// The web app's own pages: scripts, styles and data only from this origin.
const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * Serves the built web app (dist/web, or WEB_DIR) on the same origin as the API: hashed assets
 * cached for a year, every other non-API GET answered with index.html so client routes such as
 * /cursussen/123 survive a reload. Without a build (API-only tests) nothing is served.
 */
function serveWebApp(app: INestApplication): void {
  const dir = resolve(process.env.WEB_DIR ?? join(process.cwd(), 'dist', 'web'));
  const indexHtml = join(dir, 'index.html');
  if (!existsSync(indexHtml)) return;
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d' }), (_req: express.Request, res: express.Response) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.setHeader('Content-Security-Policy', WEB_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
