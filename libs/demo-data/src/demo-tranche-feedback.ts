import { Injectable } from '@nestjs/common';
import { seededRandom } from '#libs/common';
import { EvaluationSeedingService } from '#libs/evaluations';
import { UserSeedingService } from '#libs/identity';
import { CohortsService, ProgrammesService, TrancheFeedbackService } from '#libs/programmes';
import { SAMEN_IN_BELEID_TITLE } from './demo-programmes.js';

export interface DemoTrancheFeedbackSummary {
  evaluations: number;
  notes: number;
}

/** Open texts some participants leave; the teachers see them without names. */
const COMMENTS_FIRST = [
  'De bijeenkomsten volgden elkaar te snel op om tussendoor iets te proberen.',
  'Ik miste mensen uit de uitvoering aan tafel.',
  'De intervisie was het waardevolst.',
  null,
  null,
];
const COMMENTS_SECOND = [
  'De gast aan tafel gaf precies het gesprek dat ik nodig had.',
  'Meer tijd tussen de bijeenkomsten werkte goed.',
  null,
  null,
];

/**
 * "Jullie zeiden, wij deden" in the demo (issue #12 item 2): evaluations of the two held tranches
 * of Samen in Beleid by most of those who attended (well above the threshold; the second better
 * than the first), a published note about tranche 1 — the upcoming tranches' participants are
 * told — and a draft about tranche 2 for L&D to publish. Through the owners' services, in the
 * demo seed's transaction.
 */
@Injectable()
export class DemoTrancheFeedback {
  constructor(
    private readonly users: UserSeedingService,
    private readonly programmes: ProgrammesService,
    private readonly cohorts: CohortsService,
    private readonly evaluations: EvaluationSeedingService,
    private readonly feedback: TrancheFeedbackService,
  ) {}

  async seed(now: Date, ldId: string): Promise<DemoTrancheFeedbackSummary> {
    const ld = { ...(await this.users.actor(ldId)), sessionId: 'demo-data' };
    const programme = (await this.programmes.list(ld, true)).find((p) => p.title === SAMEN_IN_BELEID_TITLE);
    if (!programme) return { evaluations: 0, notes: 0 };
    const held = (await this.programmes.get(programme.id, ld)).cohorts
      .filter((c) => new Date(c.endsAt).getTime() < now.getTime())
      .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
    const rng = seededRandom(20260012);
    const pick = (low: number, high: number) => low + Math.floor(rng() * (high - low + 1));
    let evaluations = 0;
    for (const [i, cohort] of held.entries()) {
      const better = i > 0;
      const comments = better ? COMMENTS_SECOND : COMMENTS_FIRST;
      const attended = (await this.cohorts.enrolmentList(ld, cohort.id)).filter((e) => e.status === 'attended');
      // Most of those who attended answer; never fewer than the threshold would need.
      for (const [j, e] of attended.entries()) {
        if (j >= 4 && rng() < 0.2) continue;
        const answered = await this.evaluations.record({
          sessionId: cohort.id,
          userId: e.userId,
          overall: better ? pick(4, 5) : pick(3, 4),
          usefulness: better ? pick(4, 5) : pick(2, 4),
          teacher: better ? pick(4, 5) : pick(4, 5),
          comment: comments[j % comments.length] ?? null,
          answeredAt: new Date(new Date(cohort.endsAt).getTime() + (1 + (j % 5)) * 86_400_000),
        });
        if (answered) evaluations++;
      }
    }
    const first = held.at(0);
    const second = held.at(1);
    let notes = 0;
    if (first) {
      await this.feedback.write(ld, first.id, {
        youSaid:
          'De bijeenkomsten volgden elkaar zo snel op dat er weinig tijd was om je leerwerkopdracht echt uit te proberen. En jullie misten de mensen om wie het gaat: collega’s uit de uitvoering en partners van buiten.',
        weDid:
          'Tussen de vervolgbijeenkomsten zit nu minstens een week, met de intervisie ertussen. En bij de derde bijeenkomst is er ‘gast aan tafel’: je nodigt iemand uit je eigen netwerk uit om mee te praten over je opdracht.',
      });
      await this.feedback.publish(ld, first.id);
      notes++;
    }
    if (second) {
      await this.feedback.write(ld, second.id, {
        youSaid: 'De gast aan tafel werkte goed. De online intervisie was soms lastig te volgen in een grote groep.',
        weDid: 'Intervisiegroepen zijn nu hooguit zes mensen, en de eerste intervisie is op locatie.',
      });
      notes++;
    }
    return { evaluations, notes };
  }
}
