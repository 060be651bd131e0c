import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, type ErrorKind, type FieldError } from './domain.exception.js';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
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
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
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
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const problem = this.toProblem(exception);
    problem.instance = req?.originalUrl;
    if (problem.status >= 500) {
      this.logger.error(`${req?.method} ${req?.originalUrl}: ${String(exception)}`, (exception as Error)?.stack);
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
    if ((exception as { cause?: { type?: string } })?.cause?.type === 'entity.parse.failed') {
      return { ...base(400, 'MALFORMED_JSON'), detail: 'The request body is not valid JSON.' };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail =
        typeof body === 'string'
          ? body
          : typeof (body as { message?: unknown }).message === 'string'
            ? ((body as { message: string }).message)
            : exception.message;
      return { ...base(status, CODE_BY_STATUS[status] ?? `HTTP_${status}`), detail };
    }
    const pgCode = (exception as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code
      ?? (exception as { code?: unknown })?.code;
    if (typeof pgCode === 'string' && PG_CONFLICT_CODES.has(pgCode)) {
      return {
        ...base(409, 'CONCURRENT_CHANGE'),
        detail: 'Someone else changed this at the same moment. Please try again.',
      };
    }
    return { ...base(500, 'INTERNAL_ERROR'), detail: 'An unexpected error occurred.' };
  }
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
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
