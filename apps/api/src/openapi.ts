import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { OPENAPI_PUBLIC } from '#libs/common';

type Operation = {
  parameters?: { in?: string }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [key: string]: unknown;
};

/**
 * The OpenAPI document of `app` (its global prefix set): the one the API serves at /api/docs-json
 * and the one `npm run generate:api` turns into the web app's types.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
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
  describeResponses(document);
  return document;
}

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; `code` is stable, `errors` lists field errors of a 400.',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'messages'],
        properties: {
          field: { type: 'string' },
          messages: { type: 'array', items: { type: 'string' } },
          codes: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

const DESCRIPTIONS: Record<string, string> = {
  '400': 'Invalid input: field errors in `errors`',
  '401': 'No valid access token',
  '403': 'Not allowed for this caller',
  '404': 'Not found (or not visible to this caller)',
  '409': 'Conflicts with the current state',
  '413': 'Body too large',
  '414': 'URL too long',
  '429': 'Too many attempts; see Retry-After',
  '431': 'Request headers (or URL) too large',
  '503': 'The search engine (Meilisearch) is unavailable or still configuring; try again later',
};

/** Operations that count attempts (sign-in, sign-up): they may answer 429. */
const THROTTLED = /^\/api\/auth\/(login|register|verification\/resend)$/;

/** Operations that ask the search engine (knowledge-bank questions, catalogue text search): 503 while it is down. */
const SEARCHES = new Set(['post /api/knowledge-bank/questions', 'get /api/catalogue/courses']);

/**
 * Completes what the decorators leave out, the same for every operation: which routes are
 * public (no security), and the problem+json errors each kind of route can answer.
 */
function describeResponses(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ProblemDetails = PROBLEM_SCHEMA;
  const problem = (status: string) => ({
    description: DESCRIPTIONS[status],
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  });
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const isPublic = op[OPENAPI_PUBLIC] === true;
      op.security = isPublic ? [] : [{ bearer: [] }];
      const statuses = ['400', '414', '431'];
      if (!isPublic) statuses.push('401', '403');
      else if (path.startsWith('/api/auth/')) statuses.push('401', '403');
      // Anything that names a record, and anything done as a signed-in person (whose own record may not exist yet).
      if (!isPublic || op.parameters?.some((p) => p.in === 'path')) statuses.push('404');
      if (method !== 'get') statuses.push('409');
      if (op.requestBody) statuses.push('413');
      if (THROTTLED.test(path)) statuses.push('429');
      if (SEARCHES.has(`${method} ${path}`)) statuses.push('503');
      for (const status of statuses) op.responses[status] ??= problem(status);
    }
  }
}
