import { type ExecutionContext, Injectable } from '@nestjs/common';
import type { CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { type AuthUser, IS_PUBLIC, REQUIRED_ROLES, type Role } from '#libs/common';
import { IdentityException } from '../identity.exception.js';

/**
 * Global: every route needs a valid access token unless marked @Public(). On public routes
 * a token is still read when sent, so responses can be personalised.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic) return (await super.canActivate(context)) as boolean;
    const req = context.switchToHttp().getRequest<{ headers?: { authorization?: string }; user?: AuthUser }>();
    if (!req.headers?.authorization) return true;
    try {
      await super.canActivate(context);
    } catch {
      req.user = undefined;
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof IdentityException) throw err;
    if (err || !user) throw IdentityException.invalidToken();
    return user;
  }
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles?.length) return true;
    const { user } = context.switchToHttp().getRequest<{ user?: AuthUser }>();
    if (!user) throw IdentityException.invalidToken();
    if (!roles.some((r) => user.roles.includes(r))) throw IdentityException.missingRole();
    return true;
  }
}
