import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '#libs/catalogue';
import { IdentityModule } from '#libs/identity';
import { KnowledgeBankModule } from '#libs/knowledge-bank';
import { NotificationsModule } from '#libs/notifications';
import { InCompanyController } from './incompany.controller.js';
import { InCompanyInvitation, InCompanyRequest } from './incompany.entities.js';
import { InCompanyRepository } from './incompany.repository.js';
import { InCompanyService } from './incompany.service.js';

import { InCompanyPersonalData } from './personal-data.js';
@Module({
  imports: [
    TypeOrmModule.forFeature([InCompanyRequest, InCompanyInvitation]),
    CatalogueModule,
    KnowledgeBankModule,
    NotificationsModule,
    IdentityModule,
  ],
  controllers: [InCompanyController],
  providers: [InCompanyRepository, InCompanyService, InCompanyPersonalData],
  exports: [InCompanyPersonalData, InCompanyService],
})
export class InCompanyModule {}
