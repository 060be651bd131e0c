import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { DomainException, ValidationException } from './domain.exception.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';

describe('ProblemDetailsFilter', () => {
  const filter = new ProblemDetailsFilter();

  it('maps each error kind to one HTTP status and keeps the stable code', () => {
    const cases: [DomainException, number][] = [
      [new DomainException('A', 'validation', 'x'), 400],
      [new DomainException('B', 'unauthenticated', 'x'), 401],
      [new DomainException('C', 'forbidden', 'x'), 403],
      [new DomainException('D', 'not_found', 'x'), 404],
      [new DomainException('E', 'conflict', 'x'), 409],
      [new DomainException('F', 'unavailable', 'x'), 503],
    ];
    for (const [e, status] of cases) expect(filter.toProblem(e)).toMatchObject({ status, code: e.code, detail: 'x' });
  });

  it('lists field errors for validation failures', () => {
    const p = filter.toProblem(new ValidationException([{ field: 'title', messages: ['too short'] }]));
    expect(p).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'title', messages: ['too short'] }],
    });
  });

  it('turns database races into 409 and anything unknown into a bare 500 without internals', () => {
    expect(
      filter.toProblem({ code: '23505', message: 'duplicate key value violates unique constraint "uq_users_email"' }),
    ).toMatchObject({ status: 409, code: 'CONCURRENT_CHANGE' });
    expect(filter.toProblem({ driverError: { code: '55P03' } })).toMatchObject({ status: 409 });
    const unknown = filter.toProblem(new Error('relation "users" does not exist at SELECT * FROM users'));
    expect(unknown).toEqual({
      type: expect.any(String),
      title: 'Internal Server Error',
      status: 500,
      code: 'INTERNAL_ERROR',
      detail: 'An unexpected error occurred.',
    });
  });

  it('keeps framework HTTP errors as they are, with a code', () => {
    expect(filter.toProblem(new ForbiddenException())).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const malformed = new BadRequestException('Unexpected end', {
      cause: Object.assign(new SyntaxError('x'), { type: 'entity.parse.failed' }),
    });
    expect(filter.toProblem(malformed)).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
  });
});
