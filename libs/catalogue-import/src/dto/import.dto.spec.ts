import 'reflect-metadata';
import { createValidationPipe, ValidationException } from '#libs/common';
import { ImportBundleDto } from './import.dto.js';

const pipe = createValidationPipe();

async function refusedFields(body: unknown): Promise<string[]> {
  try {
    await pipe.transform(body, { type: 'body', metatype: ImportBundleDto });
    return [];
  } catch (e) {
    if (!(e instanceof ValidationException)) throw e;
    return e.fieldErrors.map((f) => f.field);
  }
}

describe('ImportBundleDto', () => {
  it('accepts empty parts', async () => {
    expect(await refusedFields({ organisations: [], trainers: [], courses: [] })).toEqual([]);
  });

  it.each([[[[]]], [[]], [null], ['x'], [1]])(
    'refuses organisations: [%j] (items must be objects, not nested lists)',
    async (item) => {
      expect(await refusedFields({ organisations: [item], trainers: [], courses: [] })).toEqual(
        expect.arrayContaining(['organisations']),
      );
    },
  );

  it('refuses null for a part and for a field', async () => {
    expect(await refusedFields({ organisations: null, trainers: [], courses: [] })).toEqual(['organisations']);
    const org = { id: 'x', name: 'Gemeente X', kind: 'gemeente', region: 'Utrecht', emailDomains: null };
    expect(await refusedFields({ organisations: [org], trainers: [], courses: [] })).toEqual([
      'organisations[0].emailDomains',
    ]);
  });
});
