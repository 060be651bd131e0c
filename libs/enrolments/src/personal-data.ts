import { Injectable } from '@nestjs/common';
import { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import { EnrolmentEngine } from './enrolment-engine.js';
import { EnrolmentQueriesRepository } from './enrolment-queries.repository.js';
import type { ExportedEnrolment } from './enrolment-queries.repository.js';

/**
 * Enrolments' part of the AVG rights. Past enrolments and attendance are kept for the figures
 * (the account behind them becomes anonymous); places still held are given back.
 */
@Injectable()
export class EnrolmentsPersonalData {
  constructor(
    private readonly queries: EnrolmentQueriesRepository,
    private readonly engine: EnrolmentEngine,
    private readonly feeds: CalendarFeedsRepository,
  ) {}

  async export(userId: string): Promise<{ enrolments: ExportedEnrolment[]; calendarFeed: boolean }> {
    const [enrolments, calendarFeed] = await Promise.all([this.queries.forExport(userId), this.feeds.exists(userId)]);
    return { enrolments, calendarFeed };
  }

  async erase(userId: string): Promise<void> {
    await this.engine.withdrawAll(userId);
    await this.feeds.remove(userId);
  }
}
