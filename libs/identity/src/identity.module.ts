import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '#libs/common';
import { MailModule } from '#libs/mail';
import { OrganisationsModule } from '#libs/organisations';
import { AdminUsersController } from './admin-users.controller.js';
import { ManagerLink } from './manager-link.entity.js';
import { ManagerLinksController } from './manager-links.controller.js';
import { ManagerLinksRepository } from './manager-links.repository.js';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { JwtAuthGuard, RolesGuard } from './auth/auth.guards.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { AccessTokenVerifier } from './auth/access-token-verifier.js';
import { PasswordHasher } from './password-hasher.js';
import { signingKey } from './signing-key.js';
import { TokenService } from './token.service.js';
import { AuthSession, AuthThrottle, EmailVerification, RefreshToken, User } from './user.entity.js';
import { AuthThrottlesRepository } from './auth-throttles.repository.js';
import { EmailVerificationsRepository } from './email-verifications.repository.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { UserSeedingRepository } from './user-seeding.repository.js';
import { UserSeedingService } from './user-seeding.service.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';
import { AdminIdentityProvidersController } from './sso/admin-identity-providers.controller.js';
import { IdentityProvidersRepository } from './sso/identity-providers.repository.js';
import { IdentityProvidersService } from './sso/identity-providers.service.js';
import { OidcClient } from './sso/oidc-client.js';
import { SecretBox } from './sso/secret-box.js';
import { IdentityProvider, SsoHandoff, SsoLoginState } from './sso/sso.entities.js';
import { SsoController } from './sso/sso.controller.js';
import { SsoService } from './sso/sso.service.js';
import { SsoStatesRepository } from './sso/sso-states.repository.js';

import { IdentityPersonalData } from './personal-data.js';

/** Set before the modules load: required in production, kept in DATA_DIR in development (prepare.ts). */
function jwtSecret(config: AppConfig): string {
  if (config.JWT_SECRET === undefined) throw new Error('JWT_SECRET is not set');
  return config.JWT_SECRET;
}

@Module({
  imports: [
    TypeOrmModule.forFeature([
      User,
      AuthSession,
      RefreshToken,
      EmailVerification,
      AuthThrottle,
      IdentityProvider,
      SsoLoginState,
      SsoHandoff,
      ManagerLink,
    ]),
    OrganisationsModule,
    MailModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: signingKey(jwtSecret(config)) as unknown as string,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'], issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
      }),
    }),
  ],
  controllers: [
    AuthController,
    AdminUsersController,
    SsoController,
    AdminIdentityProvidersController,
    ManagerLinksController,
  ],
  providers: [
    IdentityPersonalData,
    ManagerLinksRepository,
    UsersRepository,
    AuthSessionsRepository,
    EmailVerificationsRepository,
    AuthThrottlesRepository,
    SignInThrottle,
    PasswordHasher,
    TokenService,
    AuthService,
    UsersService,
    UserSeedingRepository,
    UserSeedingService,
    JwtStrategy,
    AccessTokenVerifier,
    IdentityProvidersRepository,
    SsoStatesRepository,
    OidcClient,
    SsoService,
    IdentityProvidersService,
    // A key of its own when SSO_SECRET_KEY is set, so JWT_SECRET can rotate without re-entering client secrets.
    {
      provide: SecretBox,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new SecretBox(config.SSO_SECRET_KEY ?? jwtSecret(config)),
    },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [IdentityPersonalData, UsersService, UserSeedingService, PasswordHasher, AuthService, AccessTokenVerifier],
})
export class IdentityModule {}
