import type { Type } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';
import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * The field may be left out. Unlike class-validator's @IsOptional(), null is not "left out":
 * it must pass the field's own rules, so `{"title": null}` is a 400 on `title`, never a NULL
 * that reaches the database.
 */
export function Optional(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined, options);
}

/**
 * The field may be left out or be null, where null means something ("none", "clear this").
 * Other values must pass the field's rules. Document it with `nullable: true`.
 */
export function Nullable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null, options);
}

/**
 * PartialType for PATCH bodies. @nestjs/swagger's default marks every field @IsOptional(),
 * which lets null through again; this keeps null subject to each field's rules (fields
 * marked @Nullable() stay nullable).
 */
export function StrictPartialType<T>(classRef: Type<T>): Type<Partial<T>> {
  return PartialType(classRef, { skipNullProperties: false });
}
