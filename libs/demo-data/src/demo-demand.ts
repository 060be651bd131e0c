import { Injectable } from '@nestjs/common';
import { CatalogueSeedingService } from '#libs/catalogue';
import type { SeededCourse } from '#libs/catalogue';
import { DemandService } from '#libs/demand';
import { UserSeedingService } from '#libs/identity';
import { OrganisationSeedingService } from '#libs/organisations';
import { DEMO_PLACES } from './demo-places.js';

const DAY = 86_400_000;

/** A weekday about `weeksAgo` weeks back, 09:30 in Amsterdam (08:30 UTC in winter, 07:30 in summer). */
function pastWeekday(now: Date, weeksAgo: number): Date {
  const d = new Date(now.getTime() - weeksAgo * 7 * DAY);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setTime(d.getTime() - DAY);
  d.setUTCHours(8, 0, 0, 0);
  return d;
}

/** Two courses announced without dates yet, with their lead teacher's external id. */
const WITHOUT_DATES: (Omit<SeededCourse, 'organisationId'> & { teacher: string; organisation: string })[] = [
  {
    externalId: 'demo-demand-1',
    title: 'Bezwaar en beroep tegen een omgevingsvergunning',
    summary: 'Hoe je een besluit zo motiveert dat het een bezwaar doorstaat, en wat je doet als het er toch komt.',
    description:
      'Een praktijkmiddag met echte (geanonimiseerde) bezwaarschriften. Er is nog geen datum: zet jezelf op de interesselijst, dan plannen we zodra er genoeg collega’s zijn.',
    learningGoals: ['Je motiveert een besluit op een aanvraag omgevingsvergunning bezwaarproof.'],
    topics: ['Omgevingswet', 'bezwaar'],
    level: 'verdieping',
    durationHours: 3,
    format: 'klassikaal',
    language: 'nl',
    requiresManagerApproval: false,
    teacher: 't001',
    organisation: 'gemeente-zwolle',
  },
  {
    externalId: 'demo-demand-2',
    title: 'Woo-verzoeken: lakken en motiveren',
    summary: 'Welke weigeringsgronden je wanneer gebruikt, en hoe je lakt zonder dat het besluit onderuit gaat.',
    description: 'Online, in twee korte delen. De datum volgt zodra er genoeg belangstelling is.',
    learningGoals: ['Je past de weigeringsgronden van de Woo toe en motiveert ze per passage.'],
    topics: ['Woo', 'openbaarheid'],
    level: 'basis',
    durationHours: 2,
    format: 'online',
    language: 'nl',
    requiresManagerApproval: false,
    teacher: 't024',
    organisation: 'jenv',
  },
];

/**
 * Demand that waits for an offer (issue #12 item 5): two courses given once before and without a
 * new date (their only session lies weeks back), with colleagues on
 * their interest lists (the first above DEMAND_NUDGE_THRESHOLD's default, so its teacher — the
 * demo teacher — and its L&D got a nudge; the demo learner waits for the second), and
 * "ik wil dit ook" by the askers of the questions the knowledge bank could not answer well.
 */
@Injectable()
export class DemoDemand {
  constructor(
    private readonly catalogue: CatalogueSeedingService,
    private readonly demand: DemandService,
    private readonly organisations: OrganisationSeedingService,
    private readonly users: UserSeedingService,
  ) {}

  /** `learnerEmail`: the demo learner's; `learners`: the other demo learners' ids. */
  async seed(
    learnerEmail: string,
    learners: string[],
    now = new Date(),
  ): Promise<{ courses: number; sessions: number; interests: number }> {
    const done = { courses: 0, sessions: 0, interests: 0 };
    const orgIds = new Map([...(await this.organisations.bySlug())].map(([slug, o]) => [slug, o.id]));
    const learnerId = (await this.users.idsByEmail([learnerEmail])).get(learnerEmail);
    if (!learnerId) return done;
    const teachers = await this.catalogue.teacherIdsByExternalId();
    for (const [i, c] of WITHOUT_DATES.entries()) {
      const organisationId = orgIds.get(c.organisation);
      const teacherId = teachers.get(c.teacher);
      if (!organisationId || !teacherId) continue;
      const { teacher: _teacher, organisation: _organisation, ...course } = c;
      const { id } = await this.catalogue.upsertPublishedCourse({ ...course, organisationId });
      await this.catalogue.replaceCourseTeachers(id, [teacherId]);
      const startsAt = pastWeekday(now, 6 + 3 * i);
      const place = DEMO_PLACES[c.organisation];
      const venue = c.format === 'online' ? undefined : place?.venues[0];
      await this.catalogue.insertSession({
        courseId: id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + c.durationHours * 3600_000),
        venueName: venue?.venueName ?? null,
        address: venue?.address ?? null,
        city: venue?.city ?? null,
        region: null,
        onlineUrl: c.format === 'klassikaal' ? null : 'https://meet.collegiaal.example/s/eerder-gegeven',
        capacity: 16,
        enrolmentDeadline: startsAt,
        cancellationDeadline: startsAt,
      });
      done.courses++;
      done.sessions++;
      const people = i === 0 ? learners.slice(0, 6) : [learnerId, ...learners.slice(6, 8)];
      for (const userId of people) {
        await this.demand.seedInterest(userId, id);
        done.interests++;
      }
    }
    for (const q of await this.demand.unansweredQuestions()) {
      if (q.askedById) await this.demand.seedQuestionInterest(q.askedById, q.id);
    }
    return done;
  }
}
