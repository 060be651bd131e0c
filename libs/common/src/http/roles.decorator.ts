import { SetMetadata } from '@nestjs/common';
import type { Role } from './auth-user.js';

export const REQUIRED_ROLES = 'collegiaal:roles';

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
