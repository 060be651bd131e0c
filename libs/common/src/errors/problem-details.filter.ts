import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, type ErrorKind, type FieldError } from './domain.exception.js';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
  uri_too_long: HttpStatus.URI_TOO_LONG,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  431: 'HEADERS_TOO_LARGE',
  503: 'UNAVAILABLE',
};

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
}

/** PostgreSQL error codes that mean "the caller raced someone", not "the server broke". */
const PG_CONFLICT_CODES = new Set(['23505', '40001', '40P01', '55P03']);

/**
 * One place that turns every error into RFC 9457 problem+json. Unknown errors become a
 * generic 500 without stack traces or SQL; they are logged server-side instead.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    this.respond(exception, ctx.getRequest<Request>(), ctx.getResponse<Response>());
  }

  /** Also used by the HTTP middleware that runs before Nest's routing (body limits, URL checks). */
  respond(exception: unknown, req: Request | undefined, res: Response): void {
    const problem = this.toProblem(exception);
    problem.instance = req?.originalUrl.slice(0, 2048);
    if (exception instanceof DomainException)
      for (const [name, value] of Object.entries(exception.headers)) res.setHeader(name, value);
    if (problem.status >= 500) {
      this.logger.error(
        `${req?.method ?? ''} ${req?.originalUrl.slice(0, 2048) ?? ''}: ${String(exception)}`,
        exception instanceof Error ? exception.stack : undefined,
      );
    }
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainException) {
      const status = STATUS_BY_KIND[exception.kind];
      return {
        ...base(status, exception.code),
        detail: exception.message,
        ...(exception.fieldErrors.length ? { errors: exception.fieldErrors } : {}),
      };
    }
    // Express's body parser reports invalid JSON as a 400 whose cause says so.
    const parserError = bodyParserError(exception);
    if (parserError) return parserError;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail =
        typeof body === 'string'
          ? body
          : typeof (body as { message?: unknown }).message === 'string'
            ? (body as { message: string }).message
            : exception.message;
      return { ...base(status, CODE_BY_STATUS[status] ?? `HTTP_${status}`), detail };
    }
    const pgCode =
      (exception as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code ??
      (exception as { code?: unknown } | null)?.code;
    if (typeof pgCode === 'string' && PG_CONFLICT_CODES.has(pgCode)) {
      return {
        ...base(409, 'CONCURRENT_CHANGE'),
        detail: 'Someone else changed this at the same moment. Please try again.',
      };
    }
    // Class 22 (data exception): a value the validation let through but the database cannot
    // store, such as a number out of range. The caller's input, not a server fault.
    if (typeof pgCode === 'string' && pgCode.startsWith('22')) {
      return { ...base(400, 'INVALID_VALUE'), detail: 'A value in the request is out of range or not valid.' };
    }
    return { ...base(500, 'INTERNAL_ERROR'), detail: 'An unexpected error occurred.' };
  }
}

/** body-parser's errors (thrown before Nest routes, or wrapped by Nest): their own 4xx, our codes. */
const BODY_PARSER_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'MALFORMED_JSON', 'The request body is not valid JSON.'],
  'entity.too.deep': [400, 'JSON_TOO_DEEP', 'The request body nests deeper than allowed.'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than allowed.'],
  'entity.verify.failed': [400, 'BAD_REQUEST', 'The request body was refused.'],
  'request.aborted': [400, 'BAD_REQUEST', 'The request was aborted.'],
  'request.size.invalid': [400, 'BAD_REQUEST', 'The request body does not match its Content-Length.'],
  'charset.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body charset is not supported.'],
  'encoding.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body encoding is not supported.'],
  'parameters.too.many': [413, 'PAYLOAD_TOO_LARGE', 'The request has too many parameters.'],
};

function bodyParserError(exception: unknown): ProblemDetails | null {
  const e = exception as { type?: unknown; cause?: { type?: unknown } } | null;
  const type = typeof e?.type === 'string' ? e.type : typeof e?.cause?.type === 'string' ? e.cause.type : undefined;
  const known = type ? BODY_PARSER_ERRORS[type] : undefined;
  return known ? { ...base(known[0], known[1]), detail: known[2] } : null;
}

function base(status: number, code: string): Omit<ProblemDetails, 'detail'> {
  return {
    type: `https://collegiaal.example/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
  };
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
