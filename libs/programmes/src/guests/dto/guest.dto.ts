import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { trim } from '#libs/common';

/** A guest: name, organisation and e-mail address, nothing more (other fields are refused). */
export class InviteGuestDto {
  @ApiProperty({ minLength: 2, maxLength: 120, example: 'Fatima el Amrani' })
  @Transform(trim)
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiProperty({ minLength: 2, maxLength: 160, example: 'Woningcorporatie De Linge' })
  @Transform(trim)
  @IsString()
  @Length(2, 160)
  organisation: string;

  @ApiProperty({ maxLength: 254, example: 'f.elamrani@delinge.example' })
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email: string;
}

export class GuestInviterDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class GuestDto {
  @ApiProperty() id: string;
  @ApiProperty() cohortPartId: string;
  @ApiProperty() name: string;
  @ApiProperty() organisation: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: GuestInviterDto, description: 'The participant who invited the guest' })
  invitedBy: GuestInviterDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class GuestListDto {
  @ApiProperty() cohortPartId: string;
  @ApiProperty({ description: 'Whether this part takes guests at all' }) allowsGuests: boolean;
  @ApiProperty({ description: 'Guest places of the part in total' }) guestCapacity: number;
  @ApiProperty({ description: 'Guests invited so far by everyone' }) guestsInvited: number;
  @ApiProperty({ description: 'Guest places still free' }) placesLeft: number;
  @ApiProperty({ description: 'How many guests one participant may invite to a part' }) perParticipantLimit: number;
  @ApiProperty({
    type: [GuestDto],
    description: 'A participant sees their own guests; cohort staff see everyone’s, with who invited them',
  })
  guests: GuestDto[];
}
