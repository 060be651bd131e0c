import 'reflect-metadata';
import { createValidationPipe, ValidationException } from '#libs/common';
import { CatalogueQueryDto } from './catalogue-query.dto.js';

const pipe = createValidationPipe();
const parse = (query: Record<string, unknown>) =>
  pipe.transform(query, { type: 'query', metatype: CatalogueQueryDto }) as Promise<CatalogueQueryDto>;

async function refusedFields(query: Record<string, unknown>): Promise<string[]> {
  try {
    await parse(query);
    return [];
  } catch (e) {
    if (!(e instanceof ValidationException)) throw e;
    return e.fieldErrors.map((f) => f.field);
  }
}

describe('CatalogueQueryDto', () => {
  it('reads from as the start and to as the end of that day in Europe/Amsterdam', async () => {
    const q = await parse({ from: '2027-03-01', to: '2027-03-31' });
    expect(q.from?.toISOString()).toBe('2027-02-28T23:00:00.000Z');
    expect(q.to?.toISOString()).toBe('2027-03-31T22:00:00.000Z'); // summer time from 28 March
  });

  it('takes the last day there is: to=9999-12-31 ends at the start of 10000-01-01 (it used to throw, a 500)', async () => {
    const q = await parse({ to: '9999-12-31' });
    expect(q.to?.toISOString()).toBe('9999-12-31T23:00:00.000Z'); // midnight in Amsterdam
  });

  it('takes a date-time as that instant', async () => {
    expect((await parse({ from: '2027-03-01T08:30:00+01:00' })).from?.toISOString()).toBe('2027-03-01T07:30:00.000Z');
  });

  it.each(['2027-02-30', '2027-13-01', '0000-01-01', '27-3-1', '2027-03-01T25:00Z', '', ' ', '1e400', 'tomorrow'])(
    'answers from and to = %j with field errors',
    async (text) => {
      expect(await refusedFields({ from: text, to: text })).toEqual(['from', 'to']);
    },
  );

  it('answers repeated parameters with field errors', async () => {
    expect(
      await refusedFields({ from: ['2027-01-01', '2027-02-01'], freeSeats: ['true', 'false'], page: ['1', '2'] }),
    ).toEqual(expect.arrayContaining(['from', 'freeSeats', 'page']));
  });

  it.each([
    ['1', 'freeSeats'],
    ['yes', 'freeSeats'],
    ['0x10', 'page'],
    ['05', 'page'],
    ['1.0', 'pageSize'],
  ])('refuses the non-canonical %j for %s', async (text, field) => {
    expect(await refusedFields({ [field]: text })).toEqual([field]);
  });
});
