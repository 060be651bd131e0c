import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation } from './organisation.entity.js';
import { OrganisationSeedingRepository } from './organisation-seeding.repository.js';
import { OrganisationSeedingService } from './organisation-seeding.service.js';
import { OrganisationsController } from './organisations.controller.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation])],
  controllers: [OrganisationsController],
  providers: [OrganisationsRepository, OrganisationsService, OrganisationSeedingRepository, OrganisationSeedingService],
  exports: [OrganisationsService, OrganisationSeedingService],
})
export class OrganisationsModule {}
