import { Injectable } from '@nestjs/common';
import { amsterdamOffsetMinutes, seededRandom } from '#libs/common';
import { CatalogueSeedingService, type SchedulableCourse, type SeededSession } from '#libs/catalogue';
import { EnrolmentSeedingService } from '#libs/enrolments';
import { EvaluationSeedingService } from '#libs/evaluations';

/** How the demo service lays out a session of a course (rooms or online by its format). */
export type SessionLayout = (course: SchedulableCourse, startsAt: Date, rng: () => number) => SeededSession;

export interface HistorySummary {
  sessions: number;
  enrolments: number;
  evaluations: number;
}

/** Past sessions this many days back, one every `STEP` days: the months before the recent history. */
const FIRST_DAY = 100;
const LAST_DAY = 360;
const STEP = 6;

const COMMENTS = [
  'Heel praktisch, ik gebruik het de volgende dag al.',
  'Fijn dat een collega het uitlegt die het zelf doet.',
  'Meer tijd voor casussen graag.',
  'Goede mix van uitleg en oefenen.',
  'Ik heb nu contacten bij een andere organisatie.',
  null,
  null,
];

/** `days` calendar days back, moved back to a working day, at `hour` Amsterdam time. */
function workingDayBack(now: Date, days: number, hour: number): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days));
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() - 1);
  const localGuess = new Date(d.getTime() + hour * 3600_000);
  return new Date(localGuess.getTime() - amsterdamOffsetMinutes(localGuess) * 60_000);
}

/** A score of 1–5, mostly 4 and 5 (colleagues rate colleagues kindly), sometimes lower. */
const score = (rng: () => number) => {
  const r = rng();
  return r < 0.05 ? 2 : r < 0.25 ? 3 : r < 0.65 ? 4 : 5;
};

/**
 * A year of figures for the knowledge-capital dashboard (issue #12 items 6 and 8): sessions held
 * 100 to 360 days ago across the catalogue's organisations, with attendance (most attended, some
 * no-show) and evaluations by most of those who attended — at least three per session, so the
 * averages show. Through the owners' seeding services, inside the caller's transaction.
 */
@Injectable()
export class DemoHistory {
  constructor(
    private readonly catalogue: CatalogueSeedingService,
    private readonly enrolments: EnrolmentSeedingService,
    private readonly evaluations: EvaluationSeedingService,
  ) {}

  async seed(now: Date, learners: string[], layout: SessionLayout): Promise<HistorySummary> {
    const rng = seededRandom(20251201);
    const courses = await this.catalogue.schedulableCourses();
    const summary: HistorySummary = { sessions: 0, enrolments: 0, evaluations: 0 };
    if (!courses.length || learners.length < 4) return summary;
    for (let [k, back] = [0, FIRST_DAY]; back <= LAST_DAY; k++, back += STEP) {
      const course = courses[(k * 7) % courses.length];
      const startsAt = workingDayBack(now, back, rng() < 0.6 ? 9.5 : 13.5);
      const sessionId = await this.catalogue.insertSession(layout(course, startsAt, rng));
      const group = [...learners].sort(() => rng() - 0.5).slice(0, 6 + Math.floor(rng() * 7));
      for (const [i, userId] of group.entries()) {
        // The first four always came: every session has enough answers to show its averages.
        const status = i < 4 || rng() < 0.88 ? 'attended' : 'no_show';
        await this.enrolments.record({
          sessionId,
          userId,
          status,
          managerId: null,
          approvalExpiresAt: null,
          reason: 'demo data',
        });
        if (status === 'attended' && (i < 3 || rng() < 0.6)) {
          const answered = await this.evaluations.record({
            sessionId,
            userId,
            overall: score(rng),
            usefulness: score(rng),
            teacher: score(rng),
            comment: COMMENTS[Math.floor(rng() * COMMENTS.length)],
            answeredAt: new Date(startsAt.getTime() + (1 + Math.floor(rng() * 5)) * 86_400_000),
          });
          if (answered) summary.evaluations++;
        }
      }
      await this.enrolments.recountSeats(sessionId, now);
      summary.sessions++;
      summary.enrolments += group.length;
    }
    return summary;
  }
}
