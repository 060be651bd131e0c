import { Body, Controller, Get, Headers, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public } from '#libs/common';
import { AuthService } from './auth.service.js';
import { languageFromHeader } from './identity-mails.js';
import {
  AuthResultDto,
  LoginDto,
  MeDto,
  PreferencesDto,
  RefreshDto,
  RegisterDto,
  RegistrationAcceptedDto,
  ResendVerificationDto,
  TokenPairDto,
  VerifyEmailDto,
} from './dto/auth.dto.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('auth/register')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: RegistrationAcceptedDto,
    description: 'The same answer for a new and a taken address: check your mail',
  })
  register(
    @Body() dto: RegisterDto,
    @Ip() address: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<RegistrationAcceptedDto> {
    return this.auth.register(dto, address, languageFromHeader(acceptLanguage));
  }

  @Public()
  @Post('auth/verification/resend')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: RegistrationAcceptedDto })
  resendVerification(@Body() dto: ResendVerificationDto, @Ip() address: string): Promise<RegistrationAcceptedDto> {
    return this.auth.resendVerification(dto, address);
  }

  @Public()
  @Post('auth/verify-email')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResultDto, description: 'The address is confirmed and the account signed in' })
  verifyEmail(@Body() dto: VerifyEmailDto): Promise<AuthResultDto> {
    return this.auth.verifyEmail(dto);
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResultDto })
  login(@Body() dto: LoginDto, @Ip() address: string): Promise<AuthResultDto> {
    return this.auth.login(dto, address);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @ApiBearerAuth()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logout(user.sessionId);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.auth.me(user.id);
  }

  @ApiBearerAuth()
  @Put('me/preferences')
  @ApiOkResponse({ type: MeDto, description: 'The preferences are saved; the person as GET /me answers' })
  setPreferences(@CurrentUser() user: AuthUser, @Body() dto: PreferencesDto): Promise<MeDto> {
    return this.auth.setPreferences(user.id, dto);
  }
}
