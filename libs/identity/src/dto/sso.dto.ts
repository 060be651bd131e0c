import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEmail,
  IsFQDN,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Optional, trim } from '#libs/common';

const lowerTrim = ({ value }: { value: unknown }): unknown => {
  if (!Array.isArray(value)) return value;
  const items: unknown[] = value;
  return items.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v));
};
/** A claim name as providers spell them (`email`, `upn`, `preferred_username`, URIs of namespaced claims). */
const CLAIM_NAME = /^[A-Za-z0-9_.:/-]{1,100}$/;

export class SsoStartQueryDto {
  @ApiPropertyOptional({
    description: 'Work e-mail address: its domain picks the organisation, and it is passed on as login_hint',
    example: 'sanne.devries@minbzk.nl',
  })
  @Optional()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ description: 'Slug of the organisation, instead of an e-mail address', example: 'bzk' })
  @Optional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @Length(2, 80)
  organisation?: string;

  @ApiPropertyOptional({
    description: 'Path in the web app to open after signing in (same site only)',
    example: '/mijn-leren',
  })
  @Optional()
  @IsString()
  @MaxLength(500)
  @Matches(/^\/(?![/\\])[^\s\\]*$/, { message: 'returnTo must be a path on this site' })
  returnTo?: string;
}

export class SsoExchangeDto {
  @ApiProperty({ description: 'The one-time code from /sso/klaar#code=…, valid for two minutes' })
  @IsString()
  @MaxLength(200)
  code: string;
}

export class OrganisationSsoDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ description: 'Whether its people can sign in through the organisation’s own identity provider' })
  singleSignOn: boolean;
  @ApiProperty({ description: 'Whether password log-in and password sign-up are off for it (single sign-on only)' })
  passwordLoginDisabled: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Where to send the browser to sign in through the organisation; null without single sign-on',
    example: '/api/auth/sso/start?organisation=bzk',
  })
  startUrl: string | null;
}

export class PutIdentityProviderDto {
  @ApiProperty({
    description:
      'Issuer identifier, exactly as the provider names itself (its discovery document is at <issuer>/.well-known/openid-configuration)',
    example: 'https://login.microsoftonline.com/<tenant>/v2.0',
  })
  @Transform(trim)
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(500)
  issuer: string;

  @ApiProperty({ description: 'Client id that the provider gave Collegiaal' })
  @Transform(trim)
  @IsString()
  @Length(1, 255)
  clientId: string;

  @ApiPropertyOptional({
    description:
      'Client secret; required the first time, left out to keep the stored one. Stored encrypted and never returned.',
    writeOnly: true,
  })
  @Optional()
  @IsString()
  @Length(1, 1000)
  clientSecret?: string;

  @ApiProperty({
    type: [String],
    description: 'The e-mail domains this provider vouches for; each must be a domain of the same organisation',
    example: ['minbzk.nl'],
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @Transform(lowerTrim)
  @IsFQDN({}, { each: true })
  emailDomains: string[];

  @ApiPropertyOptional({ description: 'Claim that holds the e-mail address', default: 'email', example: 'email' })
  @Optional()
  @IsString()
  @Matches(CLAIM_NAME, { message: 'emailClaim must be a claim name' })
  emailClaim?: string;

  @ApiPropertyOptional({ description: 'Claim that holds the person’s name', default: 'name', example: 'name' })
  @Optional()
  @IsString()
  @Matches(CLAIM_NAME, { message: 'nameClaim must be a claim name' })
  nameClaim?: string;

  @ApiProperty({ description: 'Whether people can sign in through it' })
  @IsBoolean()
  enabled: boolean;

  @ApiProperty({
    description: 'Switches password log-in and password sign-up off for the organisation’s people (needs enabled)',
  })
  @IsBoolean()
  passwordLoginDisabled: boolean;
}

export class IdentityProviderDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() issuer: string;
  @ApiProperty() clientId: string;
  @ApiProperty({ description: 'A client secret is stored (it is never returned)' }) clientSecretSet: boolean;
  @ApiProperty({ type: [String] }) emailDomains: string[];
  @ApiProperty() emailClaim: string;
  @ApiProperty() nameClaim: string;
  @ApiProperty() enabled: boolean;
  @ApiProperty() passwordLoginDisabled: boolean;
  @ApiProperty({
    description: 'Redirect URI to register at the provider',
    example: 'https://collegiaal.example/api/auth/sso/callback',
  })
  redirectUri: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
