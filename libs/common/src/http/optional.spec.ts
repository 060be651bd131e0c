import 'reflect-metadata';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Length } from 'class-validator';
import { ValidationException } from '../errors/domain.exception.js';
import { createValidationPipe } from '../errors/validation.js';
import { Nullable, Optional, StrictPartialType } from './optional.js';

class Thing {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(2, 20)
  title?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Nullable()
  @IsString()
  @Length(2, 20)
  note?: string | null;
}

class CreateThing {
  @IsString()
  @Length(2, 20)
  name: string;

  @IsInt()
  size: number;

  @Nullable()
  @IsString()
  photo?: string | null;
}

class PatchThing extends StrictPartialType(CreateThing) {}

const pipe = createValidationPipe();
const run = (metatype: new () => object, body: unknown) => pipe.transform(body, { type: 'body', metatype });

async function fieldErrors(metatype: new () => object, body: unknown): Promise<Record<string, string[]>> {
  try {
    await run(metatype, body);
    return {};
  } catch (e) {
    if (!(e instanceof ValidationException)) throw e;
    return Object.fromEntries(e.fieldErrors.map((f) => [f.field, f.codes ?? []]));
  }
}

describe('Optional()', () => {
  it('lets a field be left out', async () => {
    await expect(run(Thing, {})).resolves.toEqual({});
  });

  it('refuses null with the field’s own rule, unlike @IsOptional()', async () => {
    expect(await fieldErrors(Thing, { title: null })).toEqual({ title: expect.arrayContaining(['isString']) });
  });

  it('still checks a value that is given', async () => {
    expect(await fieldErrors(Thing, { title: 'x' })).toEqual({ title: ['isLength'] });
    await expect(run(Thing, { title: 'Goed' })).resolves.toEqual({ title: 'Goed' });
  });
});

describe('Nullable()', () => {
  it('accepts null as a value of its own, and leaving the field out', async () => {
    await expect(run(Thing, { note: null })).resolves.toEqual({ note: null });
    await expect(run(Thing, {})).resolves.toEqual({});
  });

  it('still checks any other value', async () => {
    expect(await fieldErrors(Thing, { note: 5 })).toEqual({ note: expect.arrayContaining(['isString']) });
    expect(await fieldErrors(Thing, { note: '' })).toEqual({ note: ['isLength'] });
  });
});

describe('StrictPartialType()', () => {
  it('makes every field optional', async () => {
    await expect(run(PatchThing, {})).resolves.toEqual({});
    await expect(run(PatchThing, { size: 3 })).resolves.toEqual({ size: 3 });
  });

  it('refuses null for fields that are not nullable (PartialType’s default would let it through)', async () => {
    expect(await fieldErrors(PatchThing, { name: null, size: null })).toEqual({
      name: expect.arrayContaining(['isString']),
      size: ['isInt'],
    });
  });

  it('keeps null for fields marked Nullable()', async () => {
    await expect(run(PatchThing, { photo: null })).resolves.toEqual({ photo: null });
  });

  it('still refuses unknown fields', async () => {
    expect(await fieldErrors(PatchThing, { colour: 'red' })).toEqual({ colour: ['whitelistValidation'] });
  });
});
