import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { GuestsRepository } from './guests.repository.js';
import { GuestsService } from './guests.service.js';

export class GuestExportDto {
  @ApiProperty() programmeTitle: string;
  @ApiProperty() partTitle: string;
  @ApiProperty({ format: 'date-time' }) partStartsAt: string;
  @ApiProperty() name: string;
  @ApiProperty() organisation: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class GuestsExportDto {
  @ApiProperty({ type: [GuestExportDto], description: 'The guests I invited' }) guestsInvited: GuestExportDto[];
}

/**
 * Guests' part of the AVG rights. A guest's details are kept for the part they come to; the inviter
 * sees them in their export. When the inviter is erased their guests go too (those still to come
 * get a cancellation for their calendar).
 */
@Injectable()
export class GuestsPersonalData {
  constructor(
    private readonly repo: GuestsRepository,
    private readonly guests: GuestsService,
  ) {}

  async export(userId: string): Promise<GuestsExportDto> {
    const guestsInvited: GuestExportDto[] = [];
    for (const g of await this.repo.invitedBy(userId)) {
      const part = await this.repo.partFacts(g.cohortPartId);
      if (!part) continue;
      guestsInvited.push({
        programmeTitle: part.programmeTitle,
        partTitle: part.partTitle,
        partStartsAt: new Date(part.startsAt).toISOString(),
        name: g.name,
        organisation: g.organisation,
        email: g.email,
        createdAt: new Date(g.createdAt).toISOString(),
      });
    }
    return { guestsInvited };
  }

  erase(userId: string): Promise<void> {
    return this.guests.withdrawAllBy(userId);
  }
}
