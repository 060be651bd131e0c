import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '#libs/catalogue';
import { MailModule } from '#libs/mail';
import { CohortsCoreModule } from '../cohorts/cohorts-core.module.js';
import { CohortGuest } from './guest.entities.js';
import { GuestsController } from './guests.controller.js';
import { GuestsRepository } from './guests.repository.js';
import { GuestsService } from './guests.service.js';
import { GuestsPersonalData } from './personal-data.js';

/** External guests at parts that allow them ("gast aan tafel", issue #11 item 7). */
@Module({
  imports: [TypeOrmModule.forFeature([CohortGuest]), CatalogueModule, MailModule, CohortsCoreModule],
  controllers: [GuestsController],
  providers: [GuestsPersonalData, GuestsRepository, GuestsService],
  exports: [GuestsService, GuestsPersonalData],
})
export class GuestsModule {}
