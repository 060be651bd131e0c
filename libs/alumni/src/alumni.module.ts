import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#libs/identity';
import { MailModule } from '#libs/mail';
import { AlumniConsent, AlumniMessage } from './alumni.entities.js';
import { AlumniController } from './alumni.controller.js';
import { AlumniRepository } from './alumni.repository.js';
import { AlumniSeedingService } from './alumni-seeding.service.js';
import { AlumniService } from './alumni.service.js';
import { AlumniPersonalData } from './personal-data.js';

@Module({
  imports: [TypeOrmModule.forFeature([AlumniConsent, AlumniMessage]), IdentityModule, MailModule],
  controllers: [AlumniController],
  providers: [AlumniRepository, AlumniService, AlumniSeedingService, AlumniPersonalData],
  exports: [AlumniService, AlumniSeedingService, AlumniPersonalData],
})
export class AlumniModule {}
