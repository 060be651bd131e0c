import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { trim } from '#libs/common';

export class SetManagerLinkDto {
  @ApiProperty({
    description: 'The manager by e-mail address: an active, verified account, of any organisation',
    example: 'p.jansen@minbzk.nl',
  })
  @Transform(trim)
  @IsEmail({}, { message: 'managerEmail must be a valid e-mail address' })
  @MaxLength(254)
  managerEmail: string;
}

export class CreateManagerLinkDto extends SetManagerLinkDto {
  @ApiProperty({ description: 'The person, by e-mail address (of your own organisation)' })
  @Transform(trim)
  @IsEmail({}, { message: 'userEmail must be a valid e-mail address' })
  @MaxLength(254)
  userEmail: string;
}

export class ManagerLinkDto {
  @ApiProperty() userId: string;
  @ApiProperty() userName: string;
  @ApiProperty() userEmail: string;
  @ApiProperty() managerId: string;
  @ApiProperty() managerName: string;
  @ApiProperty() managerEmail: string;
  @ApiProperty({ nullable: true, type: String }) managerOrganisationId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who set the link' }) linkedById: string | null;
  @ApiProperty() createdAt: string;
}
