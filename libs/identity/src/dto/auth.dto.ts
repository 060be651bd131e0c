import { Nullable, Optional, trim } from '#libs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { OrganisationDto } from '#libs/organisations';
import { USER_LANGUAGES, WORK_DOMAINS } from '../user.entity.js';
import type { UserLanguage, WorkDomain } from '../user.entity.js';

export class RegisterDto {
  @ApiProperty({ example: 'Sanne de Vries' })
  @Transform(trim)
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiProperty({ example: 'sanne.devries@minbzk.nl' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  /** NIST 800-63B: length only, no composition rules. */
  @ApiProperty({ minLength: 12, maxLength: 128 })
  @IsString()
  @Length(12, 128, { message: 'password must be between 12 and 128 characters' })
  password: string;
}

export class ResendVerificationDto {
  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;
}

export class VerifyEmailDto {
  @ApiProperty({ description: 'The token from the link in the verification mail' })
  @IsString()
  @MaxLength(200)
  token: string;

  @ApiProperty({ description: 'The password chosen when this link was requested' })
  @IsString()
  @MaxLength(128)
  password: string;
}

export class RegistrationAcceptedDto {
  @ApiProperty({ enum: ['verification_sent'] }) status: 'verification_sent';
  @ApiProperty() detail: string;
}

export class LoginDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(128)
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
}

export class MeDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String], enum: ['ld', 'admin'] }) roles: string[];
  @ApiProperty({
    type: OrganisationDto,
    nullable: true,
    description: 'Null until an organisation is proven (public courses only)',
  })
  organisation: OrganisationDto | null;
  @ApiProperty({
    description:
      'L&D linked someone to this person as their manager (manager_links); approvals named per enrolment are in GET /me/approvals',
  })
  isManager: boolean;
  @ApiProperty({
    enum: USER_LANGUAGES,
    description: 'The language notifications and e-mails to this person are written in (PUT /me/preferences)',
  })
  language: UserLanguage;
  @ApiProperty({
    enum: WORK_DOMAINS,
    nullable: true,
    description: 'Policy, operations, supervision or business operations (PUT /me/preferences); null: not given',
  })
  workDomain: WorkDomain | null;
}

/** Each field left out stays as it is; at least one is given. */
export class PreferencesDto {
  @ApiPropertyOptional({
    enum: USER_LANGUAGES,
    description: 'The language of notifications and e-mails: Dutch or English',
  })
  @Optional()
  @IsIn(USER_LANGUAGES, { message: `language must be one of: ${USER_LANGUAGES.join(', ')}` })
  language?: UserLanguage;

  @ApiPropertyOptional({
    enum: WORK_DOMAINS,
    nullable: true,
    description:
      'The part of government work the person does (beleid, uitvoering, toezicht, bedrijfsvoering), used to mix learning groups; null clears it',
  })
  @Nullable()
  @IsIn(WORK_DOMAINS, { message: `workDomain must be one of: ${WORK_DOMAINS.join(', ')}` })
  workDomain?: WorkDomain | null;
}

export class AuthResultDto extends TokenPairDto {
  @ApiProperty({ type: MeDto }) user: MeDto;
}
