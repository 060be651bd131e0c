import 'reflect-metadata';
// @nestjs/swagger's metadata key for @ApiProperty (API_MODEL_PROPERTIES, not exported).
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
import { getMetadataStorage } from 'class-validator';
import { createValidationPipe, ValidationException } from '#libs/common';
// Loads every module, and with them every request DTO.
import '../apps/api/src/app.module.js';

type Ctor = new () => object;

/** Every class that class-validator knows (request bodies and queries), with its validated properties. */
function validatedClasses(): Map<Ctor, string[]> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Ctor, { propertyName: string }[]> };
  const out = new Map<Ctor, string[]>();
  for (const [target, metadata] of storage.validationMetadatas) {
    if (target.name === 'AppConfig') continue; // environment variables, not a request
    out.set(target, [...new Set(metadata.map((m) => m.propertyName).filter(Boolean))]);
  }
  return out;
}

const pipe = createValidationPipe();

async function acceptsNull(metatype: Ctor, property: string): Promise<boolean> {
  try {
    await pipe.transform({ [property]: null }, { type: 'body', metatype });
    return true;
  } catch (e) {
    if (!(e instanceof ValidationException)) throw e;
    return !e.fieldErrors.some(
      (f) => f.field === property || f.field.startsWith(`${property}.`) || f.field.startsWith(`${property}[`),
    );
  }
}

// Identity's query DTO still uses @IsOptional() (a query string cannot carry null, so harmless); its owners switch it to Optional().
const OWNED_ELSEWHERE = new Set(['UserSearchQueryDto.q', 'UserSearchQueryDto.organisationId']);

describe('Request DTOs and null', () => {
  const fields = [...validatedClasses()].flatMap(([cls, props]) =>
    props.map((p) => ({ cls, p, name: `${cls.name}.${p}` })),
  );

  it('finds the request DTOs of every area', () => {
    const names = fields.map((f) => f.name);
    for (const n of [
      'CreateCourseDto.title',
      'PartialCreateOrganisationDto.name',
      'PageQueryDto.pageSize',
      'ScheduleDto.startsAt',
      'AskQuestionDto.filters',
    ]) {
      expect(names).toContain(n);
    }
  });

  it('accept null exactly where the OpenAPI document says nullable (everywhere else null is a field error)', async () => {
    const wrong: string[] = [];
    for (const { cls, p, name } of fields) {
      if (OWNED_ELSEWHERE.has(name)) continue;
      const documented = Reflect.getMetadata(API_MODEL_PROPERTIES, cls.prototype, p)?.nullable === true;
      const accepted = await acceptsNull(cls, p);
      if (documented !== accepted)
        wrong.push(
          `${name}: null ${accepted ? 'accepted' : 'refused'} but documented ${documented ? '' : 'not '}nullable`,
        );
    }
    expect(wrong).toEqual([]);
  });
});
