import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

export type Role = 'ld' | 'admin';
export const ROLES: readonly Role[] = ['ld', 'admin'];

/** The caller as read from the database on this request (never trusted from the token). */
export interface AuthUser {
  id: string;
  sessionId: string;
  email: string;
  name: string;
  /** Null: no verified organisation yet (public courses only). */
  organisationId: string | null;
  roles: Role[];
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});

export function hasRole(user: AuthUser | undefined, role: Role): boolean {
  return !!user && user.roles.includes(role);
}
