import type { INestApplication } from '@nestjs/common';
import express from 'express';
import helmet from 'helmet';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import {
  AppConfig,
  createValidationPipe,
  DomainException,
  findUnsafeInput,
  hasRole,
  jsonDepthExceeds,
  MAX_JSON_DEPTH,
  ProblemDetailsFilter,
  ValidationException,
} from '#libs/common';
import { AccessTokenVerifier } from '#libs/identity';
import { buildOpenApiDocument } from './openapi.js';

/** A URL longer than this is refused (414); our longest legitimate query is a few hundred bytes. */
const MAX_URL_BYTES = 8 * 1024;
const IMPORT_PATH = '/api/admin/import';

/**
 * Security headers, body limits, input hygiene, global prefix, strict validation, problem+json
 * errors and the OpenAPI document. The app must be created with `bodyParser: false`: the parsers
 * are registered here, after the checks that must run before a body is read.
 */
export function configureApp(app: INestApplication): OpenAPIObject {
  const filter = new ProblemDetailsFilter();
  const fail = (req: express.Request, res: express.Response, e: unknown) => filter.respond(e, req, res);
  answerOversizedHeaders(app.getHttpServer() as Server, filter);

  app.use(securityHeaders());
  app.use((req: express.Request, res: express.Response, next: express.NextFunction): void => {
    if (Buffer.byteLength(req.originalUrl) > MAX_URL_BYTES)
      return fail(req, res, new DomainException('URI_TOO_LONG', 'uri_too_long', 'The URL is too long.'));
    try {
      decodeURIComponent(req.path);
    } catch {
      return fail(
        req,
        res,
        new ValidationException([
          { field: 'path', messages: ['the URL is not validly encoded'], codes: ['isUrlEncoded'] },
        ]),
      );
    }
    next();
  });
  // A large body is read only for someone allowed to send it: authentication first.
  const verifier = app.get(AccessTokenVerifier);
  app.use(IMPORT_PATH, (req: express.Request, res: express.Response, next: express.NextFunction): void => {
    verifier.callerFromAuthorization(req.headers.authorization).then(
      (caller): void => {
        if (!caller)
          return fail(
            req,
            res,
            new DomainException('INVALID_TOKEN', 'unauthenticated', 'A valid access token is required.'),
          );
        if (!hasRole(caller, 'admin'))
          return fail(
            req,
            res,
            new DomainException('MISSING_ROLE', 'forbidden', 'You do not have the role this action needs.'),
          );
        next();
      },
      (e: unknown) => fail(req, res, e),
    );
  });
  app.use(IMPORT_PATH, jsonParser('50mb'));
  app.use(jsonParser('1mb'));
  app.use(express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 200 }));
  app.use((err: unknown, req: express.Request, res: express.Response, next: express.NextFunction) =>
    err ? fail(req, res, err) : next(),
  );
  // NUL characters, unpaired surrogates and prototype keys: refused wherever they appear.
  app.use((req: express.Request, res: express.Response, next: express.NextFunction): void => {
    const errors = [
      ...findUnsafeInput(req.query),
      ...findUnsafeInput(req.body ?? {}),
      ...findUnsafeInput(pathSegments(req.path), 'path'),
    ];
    if (errors.length) return fail(req, res, new ValidationException(errors));
    next();
  });
  serveWebApp(app);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(filter);
  const http = app.getHttpAdapter().getInstance() as {
    disable?: (s: string) => void;
    set?: (k: string, v: unknown) => void;
  };
  http.disable?.('x-powered-by');
  // Client address and protocol from X-Forwarded-* only when the hop that sent them is a proxy
  // we trust; otherwise anyone could pick the address the sign-in back-off counts.
  http.set?.('trust proxy', app.get(AppConfig).TRUST_PROXY);
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return document;
}

function jsonParser(limit: string): express.RequestHandler {
  return express.json({
    limit,
    // Checked on the raw text, before JSON.parse and the validators recurse into it.
    verify: (_req, _res, buf) => {
      if (jsonDepthExceeds(buf, MAX_JSON_DEPTH))
        throw Object.assign(new Error('JSON nests too deep'), { status: 400, type: 'entity.too.deep' });
    },
  });
}

function pathSegments(path: string): string[] {
  try {
    return path.split('/').map((s) => decodeURIComponent(s));
  } catch {
    return [];
  }
}

/**
 * helmet's defaults (nosniff, frame and referrer policy, …) on every response; a CSP that lets
 * Swagger UI run (its styles are inline); HSTS only for requests that came over HTTPS, since a
 * browser ignores it on plain HTTP and a development server must stay reachable. Everything
 * under /api is personal or changes per caller: never stored by a cache.
 */
function securityHeaders(): express.RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'font-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (req.path === '/api' || req.path.startsWith('/api/')) {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Pragma', 'no-cache');
    }
    headers(req, res, next);
  };
}

/**
 * Node answers a request whose headers (URL included) exceed its limit with a bare 431 before
 * any handler runs; this gives it a problem+json body like every other error.
 */
function answerOversizedHeaders(server: Server, filter: ProblemDetailsFilter): void {
  // API-only test harnesses may hand over no Node server at all.
  if (typeof (server as Partial<Server> | undefined)?.on !== 'function') return;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const problem = filter.toProblem(
      new DomainException(
        tooLarge ? 'HEADERS_TOO_LARGE' : 'BAD_REQUEST',
        'validation',
        tooLarge ? 'The request headers or URL are too large.' : 'The request is malformed.',
      ),
    );
    const body = JSON.stringify({
      ...problem,
      status,
      title: tooLarge ? 'Request Header Fields Too Large' : 'Bad Request',
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  });
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
  app.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d' }),
    (_req: express.Request, res: express.Response) => {
      res.status(404).type('text/plain').send('Not found');
    },
  );
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/'))
      return next();
    res.setHeader('Content-Security-Policy', WEB_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
