import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '#libs/catalogue';
import { IdentityModule } from '#libs/identity';
import { NotificationsModule } from '#libs/notifications';
import { AttendanceHooks } from './attendance-hooks.js';
import { CalendarExpansions } from './calendar-expansions.js';
import { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import { EnrolmentEngine } from './enrolment-engine.js';
import { EnrolmentSeedingRepository } from './enrolment-seeding.repository.js';
import { EnrolmentSeedingService } from './enrolment-seeding.service.js';
import { EnrolmentQueriesRepository } from './enrolment-queries.repository.js';
import { CalendarFeed, Enrolment, EnrolmentEvent, SessionSeats } from './enrolment.entities.js';
import { EnrolmentsController } from './enrolments.controller.js';
import { EnrolmentsRepository } from './enrolments.repository.js';
import { EnrolmentsService } from './enrolments.service.js';
import { GoNoGoHandler, GoNoGoRecipients } from './go-no-go.handler.js';
import { GoNoGoRepository } from './go-no-go.repository.js';
import { LearningRecordModule } from './learning-record.module.js';

import { EnrolmentsPersonalData } from './personal-data.js';
import { SessionChangeHandler } from './session-change.handler.js';
import { TeamRepository } from './team.repository.js';
@Module({
  imports: [
    TypeOrmModule.forFeature([Enrolment, EnrolmentEvent, CalendarFeed, SessionSeats]),
    CatalogueModule,
    NotificationsModule,
    IdentityModule,
    LearningRecordModule,
  ],
  controllers: [EnrolmentsController],
  providers: [
    EnrolmentSeedingRepository,
    EnrolmentSeedingService,
    EnrolmentsRepository,
    EnrolmentQueriesRepository,
    CalendarFeedsRepository,
    CalendarExpansions,
    AttendanceHooks,
    EnrolmentEngine,
    EnrolmentsService,
    EnrolmentsPersonalData,
    SessionChangeHandler,
    TeamRepository,
    GoNoGoRepository,
    GoNoGoRecipients,
    GoNoGoHandler,
  ],
  exports: [
    AttendanceHooks,
    CalendarExpansions,
    EnrolmentEngine,
    EnrolmentsService,
    EnrolmentSeedingService,
    EnrolmentsPersonalData,
    GoNoGoHandler,
    GoNoGoRecipients,
  ],
})
export class EnrolmentsModule {}
