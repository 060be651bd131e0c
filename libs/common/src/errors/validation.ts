import { type ValidationError, ValidationPipe } from '@nestjs/common';
import { type FieldError, ValidationException } from './domain.exception.js';

/** Flattens class-validator's tree into `a.b[0].c` field paths, one entry per field. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const path = parent ? (isIndex ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    if (error.constraints) {
      const messages = Object.entries(error.constraints).map(([key, msg]) =>
        key === 'whitelistValidation' ? `property ${error.property} is not allowed` : msg,
      );
      out.push({ field: path, messages, codes: Object.keys(error.constraints) });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

/** Strict: unknown fields are refused, payloads are converted to DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationException(flattenValidationErrors(errors)),
  });
}
