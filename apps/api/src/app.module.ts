import { type DynamicModule, Module } from '@nestjs/common';
import { AlumniModule } from '#libs/alumni';
import { AuditModule } from '#libs/audit';
import { CatalogueModule } from '#libs/catalogue';
import { CatalogueImportModule } from '#libs/catalogue-import';
import { AppConfig, AppConfigModule } from '#libs/common';
import { DatabaseModule, HealthModule } from '#libs/database';
import { DemandModule } from '#libs/demand';
import { DemoDataModule } from '#libs/demo-data';
import { EnrolmentsModule } from '#libs/enrolments';
import { EvaluationsModule } from '#libs/evaluations';
import { IdentityModule } from '#libs/identity';
import { InCompanyModule } from '#libs/incompany';
import { InsightsModule } from '#libs/insights';
import { ProgrammesModule } from '#libs/programmes';
import { JobsModule } from '#libs/jobs';
import { KnowledgeBankModule } from '#libs/knowledge-bank';
import { NotificationsModule } from '#libs/notifications';
import { OrganisationsModule } from '#libs/organisations';
import { PrivacyModule } from '#libs/privacy';
import { TrainersModule } from '#libs/trainers';

export interface AppModuleOptions {
  config: AppConfig;
  /** Resolved at start-up: DATABASE_URL or the embedded server's URL. */
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: databaseUrl, poolSize: config.DB_POOL_SIZE }),
        HealthModule,
        JobsModule,
        OrganisationsModule,
        IdentityModule,
        CatalogueModule,
        NotificationsModule,
        EnrolmentsModule,
        KnowledgeBankModule,
        InCompanyModule,
        ProgrammesModule,
        EvaluationsModule,
        DemandModule,
        TrainersModule,
        AlumniModule,
        CatalogueImportModule,
        PrivacyModule,
        DemoDataModule,
        AuditModule,
        InsightsModule,
      ],
    };
  }
}
