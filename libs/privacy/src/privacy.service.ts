import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AlumniPersonalData } from '#libs/alumni';
import { AppConfig, type AuthUser, ValidationException } from '#libs/common';
import { CataloguePersonalData } from '#libs/catalogue';
import { Db } from '#libs/database';
import { DemandPersonalData } from '#libs/demand';
import { EnrolmentsPersonalData } from '#libs/enrolments';
import { EvaluationsPersonalData } from '#libs/evaluations';
import { IdentityPersonalData } from '#libs/identity';
import { InCompanyPersonalData } from '#libs/incompany';
import { JobQueue } from '#libs/jobs';
import { KnowledgeBankPersonalData } from '#libs/knowledge-bank';
import { NotificationsPersonalData } from '#libs/notifications';
import { ProgrammesPersonalData } from '#libs/programmes';
import { TrainersPersonalData } from '#libs/trainers';
import type { PersonalDataExportDto } from './dto/privacy.dto.js';

export const RETENTION_JOB = 'privacy.retention';

/** The AVG rights, composed from the areas that keep the data; each area changes only its own tables. */
@Injectable()
export class PrivacyService implements OnModuleInit {
  private readonly logger = new Logger('Privacy');

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
    private readonly identity: IdentityPersonalData,
    private readonly teaching: CataloguePersonalData,
    private readonly learning: EnrolmentsPersonalData,
    private readonly notifications: NotificationsPersonalData,
    private readonly questions: KnowledgeBankPersonalData,
    private readonly inCompany: InCompanyPersonalData,
    private readonly programmes: ProgrammesPersonalData,
    private readonly evaluations: EvaluationsPersonalData,
    private readonly demand: DemandPersonalData,
    private readonly trainers: TrainersPersonalData,
    private readonly alumni: AlumniPersonalData,
  ) {}

  onModuleInit(): void {
    // 03:15 UTC: after midnight everywhere in the Netherlands, before the working day.
    this.jobs.define<object>({
      name: RETENTION_JOB,
      cron: '15 3 * * *',
      handler: async () => {
        await this.applyRetention();
      },
    });
  }

  /** Art. 15: one consistent snapshot, read in one transaction. */
  export(user: AuthUser): Promise<PersonalDataExportDto> {
    // Each area's rows, as JSON (dates as ISO strings) in the documented shape.
    return this.db.transaction(async () =>
      asJson({
        exportedAt: new Date().toISOString(),
        identity: await this.identity.export(user.id),
        teaching: await this.teaching.export(user.id),
        learning: await this.learning.export(user.id),
        notifications: await this.notifications.export(user.id),
        knowledgeQuestions: await this.questions.export(user.id),
        matchFeedback: await this.questions.exportMatchFeedback(user.id),
        inCompany: await this.inCompany.export(user.id),
        programmes: await this.programmes.export(user.id),
        evaluations: await this.evaluations.export(user.id),
        interests: await this.demand.export(user.id),
        trainers: await this.trainers.export(user.id),
        alumni: await this.alumni.export(user.id),
      }),
    );
  }

  /**
   * Art. 17, in one transaction: places held are given back, messages and question texts go,
   * the teacher profile is emptied, and the account becomes an anonymous row that keeps the
   * numbers of what must be kept. The person is signed out everywhere.
   */
  async erase(user: AuthUser, confirmEmail: string): Promise<void> {
    if (confirmEmail.trim().toLowerCase() !== user.email.toLowerCase()) {
      throw ValidationException.forField(
        'confirmEmail',
        'type your own e-mail address to confirm',
        'ERASURE_NOT_CONFIRMED',
      );
    }
    await this.db.transaction(async () => {
      await this.programmes.erase(user.id);
      await this.evaluations.erase(user.id);
      await this.demand.erase(user.id);
      await this.trainers.erase(user.id);
      await this.alumni.erase(user.id);
      await this.learning.erase(user.id);
      await this.teaching.erase(user.id);
      await this.questions.erase(user.id);
      await this.notifications.erase(user.id);
      await this.identity.erase(user.id);
    });
  }

  /** Retention periods from the configuration; run daily, and safe to run at any time. */
  async applyRetention(): Promise<{ unverifiedAccounts: number; signIns: number; questionTexts: number }> {
    const result = await this.db.transaction(async () => ({
      ...(await this.identity.purge(this.config.RETENTION_UNVERIFIED_DAYS, this.config.RETENTION_SESSION_DAYS)),
      questionTexts: await this.questions.purgeTexts(this.config.RETENTION_QUESTION_TEXT_DAYS),
    }));
    this.logger.log(
      `Retention: ${result.unverifiedAccounts} unverified accounts, ${result.signIns} sign-ins, ${result.questionTexts} question texts removed`,
    );
    return result;
  }
}

function asJson(value: object): PersonalDataExportDto {
  return JSON.parse(JSON.stringify(value)) as PersonalDataExportDto;
}
