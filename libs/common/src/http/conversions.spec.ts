import 'reflect-metadata';
import fc from 'fast-check';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, IsInt, Max, Min } from 'class-validator';
import { ValidationException } from '../errors/domain.exception.js';
import { createValidationPipe } from '../errors/validation.js';
import { parseDateTime, parseDay, toBool, toDateTime, toInt } from './conversions.js';
import { Optional } from './optional.js';
import { PageQueryDto } from './pagination.dto.js';

class Query {
  @Optional() @Transform(toInt) @IsInt() @Min(-5) @Max(100) n?: number;
  @Optional() @Transform(toBool) @IsBoolean() flag?: boolean;
  @Optional() @Transform(toDateTime) @IsDate() at?: Date;
}

const pipe = createValidationPipe();
const query = (metatype: new () => object, value: Record<string, unknown>) =>
  pipe.transform(value, { type: 'query', metatype });

async function refusedFields(metatype: new () => object, value: Record<string, unknown>): Promise<string[]> {
  try {
    await query(metatype, value);
    return [];
  } catch (e) {
    if (!(e instanceof ValidationException)) throw e;
    return e.fieldErrors.map((f) => f.field);
  }
}

describe('toInt', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['-3', -3],
    ['100', 100],
  ])('converts the canonical decimal %j', async (text, n) => {
    await expect(query(Query, { n: text })).resolves.toEqual({ n });
  });

  it.each([
    ['1', '2'],
    '',
    '  ',
    ' 5',
    '5 ',
    '05',
    '+5',
    '-0',
    '5.0',
    '1e1',
    '1e400',
    '0x10',
    '0b11',
    '0o7',
    '1_0',
    'Infinity',
    'NaN',
    '٣',
    '99999999999999999999',
    '5\u0000',
  ])('leaves %j unconverted, so it is a field error', async (text) => {
    expect(await refusedFields(Query, { n: text })).toEqual(['n']);
  });

  it('never throws and only ever yields safe integers or the input itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer().map(String), fc.array(fc.string())), (value) => {
        const out = toInt({ value });
        expect(out === value || Number.isSafeInteger(out)).toBe(true);
        if (typeof out === 'number') expect(String(out)).toBe(value);
      }),
    );
  });
});

describe('PageQueryDto', () => {
  it('takes page and pageSize as plain decimal integers', async () => {
    await expect(query(PageQueryDto, { page: '3', pageSize: '50' })).resolves.toEqual({ page: 3, pageSize: 50 });
  });

  it.each([['1', '2'], '1e400', '  ', '', '0x10', '1.5', '0', '101', '99999999999999999999', 'abc'])(
    'answers pageSize=%j with a pageSize field error',
    async (text) => {
      expect(await refusedFields(PageQueryDto, { pageSize: text })).toEqual(['pageSize']);
    },
  );

  it('answers every other string with a field error or a page size from 1 to 100', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.stringMatching(/^-?\d{1,25}$/), fc.array(fc.string(), { minLength: 2, maxLength: 3 })),
        async (value) => {
          const fields = await refusedFields(PageQueryDto, { pageSize: value });
          if (fields.length) expect(fields).toEqual(['pageSize']);
          else expect(Number(value)).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('toBool', () => {
  it('converts only "true" and "false"', async () => {
    await expect(query(Query, { flag: 'true' })).resolves.toEqual({ flag: true });
    await expect(query(Query, { flag: 'false' })).resolves.toEqual({ flag: false });
  });

  it.each(['1', '0', 'yes', 'TRUE', '', ['true', 'false']])(
    'leaves %j unconverted, so it is a field error',
    async (text) => {
      expect(await refusedFields(Query, { flag: text })).toEqual(['flag']);
    },
  );
});

describe('parseDay', () => {
  it.each(['2027-01-31', '2028-02-29', '2000-02-29', '1999-12-31'])('accepts the calendar day %s', (day) => {
    expect(parseDay(day)).toBe(day);
  });

  it.each([
    '2027-02-29',
    '1900-02-29',
    '2027-02-30',
    '2027-04-31',
    '2027-13-01',
    '2027-00-10',
    '2027-01-00',
    '0000-01-01',
    '0999-12-31',
    '27-01-01',
    '2027-1-1',
    ' 2027-01-01',
    5,
    null,
  ])('refuses %j', (day) => {
    expect(parseDay(day)).toBeUndefined();
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2027-01-14T09:30+01:00', '2027-01-14T08:30:00.000Z'],
    ['2027-01-14T09:30:15Z', '2027-01-14T09:30:15.000Z'],
    ['2027-01-14T09:30:15.123456-05:00', '2027-01-14T14:30:15.123Z'],
    ['2028-02-29T23:59:59+14:00', '2028-02-29T09:59:59.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '2027-02-30T09:00Z',
    '2027-01-14T24:00Z',
    '2027-01-14T09:60Z',
    '2027-01-14T09:30:60Z',
    '2027-01-14T09:30+99:00',
    '2027-01-14T09:30',
    '2027-01-14',
    '0000-01-01T00:00Z',
    '2027-01-14T09:30Z ',
    '2027-01-14t09:30z',
    '+012027-01-14T09:30Z',
    '1798797600000',
  ])('refuses %j', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });

  it('makes @IsDate() refuse anything else with a field error', async () => {
    expect(await refusedFields(Query, { at: '2027-02-30T09:00Z' })).toEqual(['at']);
    await expect(query(Query, { at: '2027-01-14T09:30Z' })).resolves.toEqual({ at: new Date('2027-01-14T09:30Z') });
  });

  it('never throws, and every date it gives is valid and in years 1000–9999', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/),
        ),
        (text) => {
          const d = parseDateTime(text);
          if (d) {
            expect(Number.isNaN(d.getTime())).toBe(false);
            expect(d.getUTCFullYear()).toBeGreaterThanOrEqual(999);
            expect(d.getUTCFullYear()).toBeLessThanOrEqual(10000);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
