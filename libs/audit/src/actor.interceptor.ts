import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Observable } from 'rxjs';
import type { AuthUser } from '#libs/common';
import { ActorContext, type Actor } from '#libs/database';

/**
 * Global: runs each HTTP handler as its caller, so every write it makes is audited with who
 * (the user the guard authenticated, or anonymous), from which address and in which request.
 * An interceptor, not a middleware: it runs after the global JwtAuthGuard has set req.user.
 */
@Injectable()
export class ActorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: AuthUser }>();
    // Our own id, never the client's: a trail entry must not point at a request someone else named.
    const requestId = randomUUID();
    http.getResponse<Response>().setHeader('X-Request-Id', requestId);
    const actor: Actor = req.user
      ? { type: 'user', id: req.user.id, ip: req.ip, requestId }
      : { type: 'anonymous', ip: req.ip, requestId };
    // Nest binds the handler to the async context in which handle() is called.
    return ActorContext.run(actor, () => next.handle());
  }
}
