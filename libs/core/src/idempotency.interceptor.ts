import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { Observable, tap } from 'rxjs';
import { ValidationError } from './problems';
import { RequestContext } from './request-context';

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Reads `Idempotency-Key` on POSTs into the request context, with a fingerprint of the route,
 * the caller and the body. Commands that move money claim the key in their own transaction
 * (IdempotencyService), so a retry replays the first answer instead of moving money twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request & { user?: { id: string } }>();
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY.test(key))
      throw ValidationError.field('Idempotency-Key', 'must be 1–200 printable ASCII characters');
    // the caller: a person, else the actor the guard named (an organization's API token)
    const caller = req.user?.id ?? RequestContext.current().actor ?? '';
    const fingerprint = createHash('sha256')
      .update(`${req.method} ${req.path}\n${caller}\n${JSON.stringify(req.body ?? null)}`)
      .digest('hex');
    RequestContext.assign({ idempotency: { key, fingerprint } });
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap(() => {
        // a route that writes its own answer (@Res) sets the header itself, before sending
        if (RequestContext.current().idempotency?.replayed && !res.headersSent)
          res.setHeader('Idempotent-Replayed', 'true');
      }),
    );
  }
}
