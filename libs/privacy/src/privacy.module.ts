import { Module } from '@nestjs/common';
import { AlumniModule } from '#libs/alumni';
import { CatalogueModule } from '#libs/catalogue';
import { DemandModule } from '#libs/demand';
import { EnrolmentsModule } from '#libs/enrolments';
import { EvaluationsModule } from '#libs/evaluations';
import { IdentityModule } from '#libs/identity';
import { InCompanyModule } from '#libs/incompany';
import { KnowledgeBankModule } from '#libs/knowledge-bank';
import { NotificationsModule } from '#libs/notifications';
import { ProgrammesModule } from '#libs/programmes';
import { TrainersModule } from '#libs/trainers';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyService } from './privacy.service.js';

/** AVG (GDPR) rights over every area: export, erasure and the retention job. */
@Module({
  imports: [
    IdentityModule,
    CatalogueModule,
    EnrolmentsModule,
    NotificationsModule,
    KnowledgeBankModule,
    InCompanyModule,
    ProgrammesModule,
    EvaluationsModule,
    DemandModule,
    TrainersModule,
    AlumniModule,
  ],
  controllers: [PrivacyController],
  providers: [PrivacyService],
  exports: [PrivacyService],
})
export class PrivacyModule {}
