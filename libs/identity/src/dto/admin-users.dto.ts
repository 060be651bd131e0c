import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto, ROLES } from '#libs/common';
import type { Role } from '#libs/common';

export class UserSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class SetRolesDto {
  @ApiProperty({ type: [String], enum: ROLES })
  @IsArray()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class SetOrganisationDto {
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'null: no organisation (public courses only)',
  })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  organisationId: string | null;
}

export class AdminUserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) emailVerifiedAt: string | null;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty({ nullable: true, type: String }) disabledAt: string | null;
}

export class AdminUserPageDto {
  @ApiProperty({ type: [AdminUserDto] }) items: AdminUserDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
