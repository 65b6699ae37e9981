import { DynamicModule, Logger } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** Where `npm run build` puts the web app (apps/web), from the directory the API is started in. */
export const WEB_DIST = path.resolve(process.env.WEB_DIST_DIR ?? 'apps/web/dist');

/**
 * The web app on the API's own origin: its files, and its index.html for every other GET that is
 * not the API's (`/v1`, `/health`, `/docs`, `/openapi.*`, `/admin`), so that the browser's router
 * takes the path. Without a build (an API-only run), nothing is served and `/` is a 404.
 */
export function webAppModules(): DynamicModule[] {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    new Logger('WebApp').warn(`no web app build in ${WEB_DIST}: run npm run build to serve it`);
    return [];
  }
  return [
    ServeStaticModule.forRoot({
      rootPath: WEB_DIST,
      exclude: ['/v1/{*rest}', '/health', '/docs/{*rest}', '/docs', '/openapi.json', '/openapi.yaml', '/admin/{*rest}'],
      // hashed assets are immutable; index.html is always asked again
      serveStaticOptions: {
        index: false,
        setHeaders: (res, file) =>
          res.setHeader(
            'Cache-Control',
            file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      },
    }),
  ];
}
