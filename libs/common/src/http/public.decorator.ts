import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'collegiaal:isPublic';

/** Marks a route as reachable without a token. Everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
