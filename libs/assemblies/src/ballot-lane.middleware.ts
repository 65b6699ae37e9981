import { Injectable, NestMiddleware } from '@nestjs/common';
import { isUuid } from '@socius/core';
import type { NextFunction, Request, Response } from 'express';
import { CHOICE_MAX_LENGTH } from './dto/assembly.dto';
import { VotingService } from './voting.service';


/** `{"choice": "for"}` or `{"choice": ["a", "b"]}` and nothing else: what CastBallotDto accepts without a proxy or a change. */
function plainChoice(body: unknown): string | string[] | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'choice') return null;
  const choice = (body as { choice: unknown }).choice;
  const ok = (c: unknown) => typeof c === 'string' && c.length <= CHOICE_MAX_LENGTH;
  if (ok(choice)) return choice as string;
  if (Array.isArray(choice) && choice.every(ok)) return choice as string[];
  return null;
}

/**
 * The ballot lane: `POST /v1/orgs/{slug}/resolutions/{id}/ballots` by the holder of a voting code,
 * casting their own first ballot — the request an assembly receives by the thousand when it opens.
 * It is served here, after the logging and request-context middleware, by the same service call the
 * controller makes first (`VotingService.castByCode`, one statement), without the router's
 * guard / interceptor / pipe chain, which costs more CPU than the ballot itself.
 * Anything else — a bearer token, an Idempotency-Key, a proxy or a changed vote, a body the DTO
 * would refuse, and every case the statement does not write (a wrong code, a closed resolution, a
 * second ballot, a member not on the electorate) — goes on to the controller untouched, which
 * answers exactly as it always did. Errors thrown here (429 too many wrong codes, a 409 race) reach
 * the same problem+json filter.
 */
@Injectable()
export class BallotLaneMiddleware implements NestMiddleware {
  constructor(private readonly voting: VotingService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const code = req.headers['x-voting-code'];
    const { slug, id } = req.params as { slug?: string; id?: string };
    const choice = plainChoice(req.body);
    if (typeof code !== 'string' || choice === null || !slug || !id || !isUuid(id) || req.headers.authorization !== undefined || req.headers['idempotency-key'] !== undefined) {
      return next();
    }
    const receipt = await this.voting.castByCode(slug, code, req.ip ?? '', id.toLowerCase(), choice);
    if (!receipt) return next();
    // the answer as the controller's, without Express's content negotiation and ETag (a POST's answer is not cached)
    const body = JSON.stringify(receipt);
    res.writeHead(201, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) }).end(body);
  }
}
