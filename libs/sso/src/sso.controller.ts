import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Public } from '@socius/auth';
import type { Request, Response } from 'express';
import { SsoButtonListDto } from './dto/identity-provider.dto';
import { IdentityProvidersService } from './identity-providers.service';
import { SsoError, SsoService } from './sso.service';

/** Where a failed sign-in lands: the web sign-in page, which says what went wrong. */
const failurePage = (slug: string | undefined, code: string) =>
  `/login?${new URLSearchParams({ ...(slug ? { org: slug } : {}), 'sso-error': code })}`;

@ApiTags('single sign-on')
@Controller('v1/auth/sso')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly providers: IdentityProvidersService,
  ) {}

  /** The callback every provider sends the browser back to (register it at the provider). */
  @Get('callback')
  @Public()
  @ApiFoundResponse({ description: 'Signed in: to the page asked for; or to the sign-in page saying what went wrong' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const cookies: string[] = [this.sso.clearFlowCookie()];
    try {
      const { location, sessionCookie } = await this.sso.callback(query, req.headers.cookie, {
        ip: req.ip,
        userAgent: req.get('user-agent'),
      });
      cookies.push(sessionCookie);
      res.setHeader('Set-Cookie', cookies).redirect(302, location);
    } catch (error) {
      if (!(error instanceof SsoError)) throw error;
      req.log?.warn({ code: error.code, reason: error.message }, 'sso sign-in refused');
      res.setHeader('Set-Cookie', cookies).redirect(302, failurePage(undefined, error.code));
    }
  }

  /** The organization's sign-in buttons (its enabled identity providers). */
  @Get(':slug')
  @Public()
  buttons(@Param('slug') slug: string): Promise<SsoButtonListDto> {
    return this.providers.buttons(slug);
  }

  /** Sends the browser to the provider (PKCE S256, state and nonce); `returnTo`: a path of this site. */
  @Get(':slug/:providerId/start')
  @Public()
  @ApiQuery({ name: 'returnTo', required: false, description: 'a path of this site to land on once signed in' })
  @ApiFoundResponse({ description: "To the provider's sign-in page; or to the sign-in page saying what went wrong" })
  async start(
    @Param('slug') slug: string,
    @Param('providerId') providerId: string,
    @Query('returnTo') returnTo: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const { location, cookie } = await this.sso.start(slug, providerId, returnTo);
      res.setHeader('Set-Cookie', cookie).redirect(302, location);
    } catch (error) {
      if (!(error instanceof SsoError)) throw error;
      res.redirect(302, failurePage(slug, error.code));
    }
  }
}
