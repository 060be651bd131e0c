import { Injectable } from '@nestjs/common';
import { AlumniSeedingService } from '#libs/alumni';
import { seededRandom } from '#libs/common';

const JOB_TITLES = [
  'Beleidsadviseur',
  'Vergunningverlener',
  'Projectleider',
  'Jurist',
  'Adviseur participatie',
  'Teamleider',
  'Informatieadviseur',
  'Inspecteur',
  'Communicatieadviseur',
  'Programmamanager',
];

/**
 * Alumni who opted in (issue #12 item 3): of the demo learners who attended a past session, about
 * two in three are findable (one in three of those shows their e-mail address), with a job title.
 * The demo learner herself is not: her switch is off by default, as for everyone.
 */
@Injectable()
export class DemoAlumni {
  constructor(private readonly alumni: AlumniSeedingService) {}

  async seed(learnerIds: string[]): Promise<{ alumni: number }> {
    const rng = seededRandom(20261212);
    const people = await this.alumni.attendees(learnerIds);
    let alumni = 0;
    for (const [i, person] of people.entries()) {
      if (i % 3 === 2) continue;
      await this.alumni.consent(person.id, {
        findable: true,
        showEmail: alumni % 3 === 0,
        jobTitle: JOB_TITLES[Math.floor(rng() * JOB_TITLES.length)],
      });
      alumni++;
    }
    return { alumni };
  }
}
