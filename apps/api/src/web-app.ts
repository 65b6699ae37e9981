import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** Where `npm run build` puts the web app (apps/web), from the directory the API is started in. */
export const WEB_DIST = path.resolve('apps/web/dist');

/** The API's own paths: never answered with the web app. */
const API_PATHS = /^\/(v1|health|metrics|docs|openapi\.(json|yaml)|admin)(\/|$)/;

/**
 * The web app on the API's own origin: its files, and its index.html for every other GET that asks
 * for a page and is not the API's, so that the browser's router takes the path. Without a build (an
 * API-only run) nothing is served. Registered before Nest's routes; API paths pass straight on.
 */
export function serveWebApp(app: NestExpressApplication): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const files = express.static(WEB_DIST, {
    index: false,
    // hashed assets never change; index.html is asked again each time
    setHeaders: (res, file) =>
      res.setHeader(
        'Cache-Control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    files(req, res, () => {
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
  return true;
}
