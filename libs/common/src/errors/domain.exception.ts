/**
 * What went wrong, independent of transport. The global filter maps each kind to one HTTP
 * status, so features never pick status codes themselves.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_many_requests'
  | 'uri_too_long'
  | 'unavailable';

export interface FieldError {
  field: string;
  messages: string[];
  /** Stable rule names (class-validator constraint keys such as `isEmail`, `minLength`), so clients can word the message in their own language. */
  codes?: string[];
}

/** Base of every feature exception; `code` is stable and documented for API clients. */
export class DomainException extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** Response headers that belong to the answer, such as Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationException extends DomainException {
  constructor(fieldErrors: FieldError[], message = 'The request is not valid.') {
    super('VALIDATION_FAILED', 'validation', message, fieldErrors);
  }

  static forField(field: string, message: string, code = 'VALIDATION_FAILED'): ValidationException {
    const e = new ValidationException([{ field, messages: [message] }], message);
    (e as { code: string }).code = code;
    return e;
  }
}
