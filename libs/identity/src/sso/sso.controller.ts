import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '#libs/common';
import { AuthResultDto } from '../dto/auth.dto.js';
import { OrganisationSsoDto, SsoExchangeDto, SsoStartQueryDto } from '../dto/sso.dto.js';
import { SSO_FAILURES } from './sso-failure.js';
import { SSO_BROWSER_COOKIE, SSO_STATE_TTL_MS, SsoService } from './sso.service.js';

const FAILURES = `On failure the browser goes to the web app's /sso/klaar#error=<code>, one of: ${SSO_FAILURES.join(', ')}.`;

/** Browser-facing: start and callback answer with redirects, never with JSON. */
@ApiTags('auth')
@Controller()
export class SsoController {
  constructor(private readonly sso: SsoService) {}

  @Public()
  @Get('auth/sso/start')
  @ApiOperation({
    summary: 'Sign in through your own organisation (OpenID Connect)',
    description: `Give email or organisation. ${FAILURES}`,
  })
  @ApiFoundResponse({
    description: "To the organisation's identity provider (sets a cookie that binds the sign-in to this browser)",
  })
  async start(@Query() query: SsoStartQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { location, browserSecret } = await this.sso.start(query, cookie(req, SSO_BROWSER_COOKIE));
    if (browserSecret) {
      res.cookie(SSO_BROWSER_COOKIE, browserSecret, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.sso.cookieIsSecure(),
        path: '/api/auth/sso',
        maxAge: SSO_STATE_TTL_MS,
      });
    }
    res.redirect(302, location);
  }

  @Public()
  @Get('auth/sso/callback')
  @ApiOperation({
    summary: "The identity provider's redirect back (register this redirect URI there)",
    description: FAILURES,
  })
  @ApiQuery({ name: 'code', required: false, type: String })
  @ApiQuery({ name: 'state', required: false, type: String })
  @ApiQuery({ name: 'iss', required: false, type: String, description: 'RFC 9207 issuer identification' })
  @ApiQuery({ name: 'error', required: false, type: String })
  @ApiFoundResponse({ description: "To the web app's /sso/klaar#code=<one-time code>, or #error=<code>" })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    res.redirect(302, await this.sso.callback(query, cookie(req, SSO_BROWSER_COOKIE)));
  }

  @Public()
  @Post('auth/sso/exchange')
  @HttpCode(200)
  @ApiOkResponse({
    type: AuthResultDto,
    description: 'The one-time code from /sso/klaar, for the same tokens as a log-in',
  })
  exchange(@Body() dto: SsoExchangeDto): Promise<AuthResultDto> {
    return this.sso.exchange(dto.code);
  }

  @Public()
  @Get('organisations/:id/sso')
  @ApiTags('organisations')
  @ApiOkResponse({ type: OrganisationSsoDto })
  organisationSso(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationSsoDto> {
    return this.sso.organisationSso(id);
  }
}

/** One cookie from the header (no cookie parser is installed for this single use). */
function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
