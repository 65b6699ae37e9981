import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { ACCESS_KEY, AccessRule, TOKEN_SCOPE_KEY } from '@socius/auth';
import { createValidationPipe, loadConfig, parseTrustProxy } from '@socius/core';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { buildOpenApi } from './openapi';
import { serveWebApp } from './web-app';

export { buildOpenApi };

/** Builds the HTTP app exactly as production runs it; tests call this too. */
export async function createApiApp(options: { logger?: boolean } = {}): Promise<NestExpressApplication> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  // without pino (tests), unexpected errors still reach the console
  app.useLogger(options.logger === false ? ['error'] : app.get(Logger));
  app.set('trust proxy', parseTrustProxy(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.use(helmet());
  app.useBodyParser('json', { limit: '1mb' });
  serveWebApp(app);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = buildOpenApi(app, config.PUBLIC_URL);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
  await app.init();
  assertEveryRouteDeclaresAccess(app);
  return app;
}

/**
 * Deny by default, checked at boot: every controller route names its access rule, and an API token
 * scope sits only on an organization route an admin may call (a token acts as an admin).
 */
export function assertEveryRouteDeclaresAccess(app: INestApplication): void {
  const missing: string[] = [];
  const misplacedScopes: string[] = [];
  for (const route of listRoutes(app)) {
    const rule: AccessRule | undefined =
      Reflect.getMetadata(ACCESS_KEY, route.handler) ?? Reflect.getMetadata(ACCESS_KEY, route.controller);
    if (!rule) missing.push(`${route.method} ${route.path}`);
    if (Reflect.getMetadata(TOKEN_SCOPE_KEY, route.handler) && !(rule?.kind === 'org' && rule.roles.includes('admin')))
      misplacedScopes.push(`${route.method} ${route.path}`);
  }
  if (missing.length) throw new Error(`Routes without @Public(), @Authenticated() or @Roles(): ${missing.join(', ')}`);
  if (misplacedScopes.length)
    throw new Error(`@TokenScope() on routes that are not @Roles('admin', …): ${misplacedScopes.join(', ')}`);
}

export interface RouteInfo {
  method: string;
  path: string;
  handler: object;
  controller: object;
}

/** Every route of every controller, read from Nest's metadata (the same the router uses). */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const discovery = app.get(DiscoveryService, { strict: false });
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as unknown as object;
    const prefix: string = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
    const prototype = (controller as { prototype: Record<string, object> }).prototype;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      routes.push({
        method,
        path: ('/' + [prefix, path].filter((p) => p && p !== '/').join('/')).replace(/\/+/g, '/'),
        handler,
        controller,
      });
    }
  }
  return routes;
}
