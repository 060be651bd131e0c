import { Injectable } from '@nestjs/common';
import type { AuthUser } from '#libs/common';
import { UserSeedingService } from '#libs/identity';
import { TrainersService } from '#libs/trainers';

/**
 * Questions to the demo teacher (issue #12 item 4), through the trainers' own service so the
 * notifications exist too: one still open, one answered, one declined and one with a session
 * proposed, from the demo learner and the demo L&D adviser.
 */
@Injectable()
export class DemoTrainers {
  constructor(
    private readonly trainers: TrainersService,
    private readonly users: UserSeedingService,
  ) {}

  private async actor(userId: string): Promise<AuthUser> {
    return { ...(await this.users.actor(userId)), sessionId: 'demo-data' };
  }

  async seed(ids: { learnerId: string; ldId: string; teacherId: string }): Promise<{ questions: number }> {
    const [learner, ld, teacher] = await Promise.all(
      [ids.learnerId, ids.ldId, ids.teacherId].map((id) => this.actor(id)),
    );
    const profileId = await this.trainers.profileOf(teacher);
    if (!profileId) return { questions: 0 };
    const ask = (who: AuthUser, text: string) => this.trainers.ask(who, profileId, { text });

    const answered = await ask(
      learner,
      'Ik moet volgende maand voor het eerst een omgevingsvergunning beoordelen. Waar begin ik het beste?',
    );
    await this.trainers.answer(teacher, answered.id, {
      text: 'Begin met de indieningsvereisten: is de aanvraag compleet? Daarna de toets aan het omgevingsplan. Mijn cursus loopt dat stap voor stap door; je mag me ook bellen.',
    });
    const proposed = await ask(
      ld,
      'Ons team vergunningverleners (zo’n twaalf mensen) wil de Omgevingswet beter toepassen. Kun je ons helpen?',
    );
    await this.trainers.proposeSession(teacher, proposed.id, {
      text: 'Graag! Ik stel een middag van drie uur voor met jullie eigen casussen, bijvoorbeeld in maart op een dinsdag.',
    });
    const declined = await ask(learner, 'Weet jij hoe je een DPIA uitvoert voor een nieuw zaaksysteem?');
    await this.trainers.decline(teacher, declined.id, {
      reason: 'Dat is niet mijn vakgebied; vraag het via de kennisbank aan een privacycollega.',
    });
    await ask(ld, 'Geef je de cursus over vergunningen ook online, voor collega’s in het noorden?');
    return { questions: 4 };
  }
}
