import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'collegiaal:isPublic';
/** Marks public operations in the OpenAPI document, which then lists them without security. */
export const OPENAPI_PUBLIC = 'x-public';

/** Marks a route as reachable without a token. Everything else requires one. */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(OPENAPI_PUBLIC, true));
