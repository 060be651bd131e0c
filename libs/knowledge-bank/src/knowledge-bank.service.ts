import { Injectable } from '@nestjs/common';
import type { AuthUser } from '#libs/common';
import type { AnswerDto, AskQuestionDto, MatchedCourseDto, MatchedTrainerDto } from './dto/knowledge.dto.js';
import type { MatchResult } from './matcher.service.js';
import { KnowledgeBankRepository } from './knowledge-bank.repository.js';
import { MatcherService } from './matcher.service.js';
import { hasShownReason } from './related-reasons.js';

/** Trainers an answer shows as matches (above the threshold, with a reason), best first. */
const SHOWN_TRAINERS = 10;
/** Trainers below the threshold, with a reason, shown folded away as "misschien ook". */
const SHOWN_ALSO_CONSIDER = 3;
/** Courses an answer with a strong match shows, best first. */
const SHOWN_COURSES = 5;

@Injectable()
export class KnowledgeBankService {
  constructor(
    private readonly matcher: MatcherService,
    private readonly repo: KnowledgeBankRepository,
  ) {}

  async ask(user: AuthUser | undefined, dto: AskQuestionDto): Promise<AnswerDto> {
    const f = dto.filters ?? {};
    const askerRegion = user?.organisationId ? await this.repo.organisationRegion(user.organisationId) : undefined;
    const { question, result } = await this.matcher.ask(user, {
      text: dto.text,
      filters: {
        region: f.region,
        includeOnline: f.includeOnline,
        format: f.format,
        language: f.language,
        ...(f.otherOrganisationsOnly && user?.organisationId ? { excludeOrganisationId: user.organisationId } : {}),
      },
      inCompany: f.inCompanyOnly ?? false,
      askerOrganisationId: user?.organisationId ?? undefined,
      askerRegion,
    });
    // Honest answers: only trainers above the threshold with a reason to show count as a match
    // (and a strong fit needs that evidence too); weaker ones with a reason — their own words, or
    // only the field of the best matches (always weak) — are offered apart, as "misschien ook";
    // nobody without a reason is shown at all.
    const explained = result.trainers.filter((t) => hasShownReason(t.why));
    const matches = explained.filter((t) => t.fit !== 'weak').slice(0, SHOWN_TRAINERS);
    const strongMatch = result.strongMatch && matches.length > 0;
    const alsoConsider = explained.filter((t) => t.fit === 'weak').slice(0, SHOWN_ALSO_CONSIDER);
    return {
      questionId: question.id,
      strongMatch,
      message: strongMatch
        ? matches.length === 1
          ? '1 collega past goed bij je vraag.'
          : `${matches.length} collega's passen goed bij je vraag.`
        : 'Geen sterke match gevonden: niemand in de kennisbank past goed bij deze vraag. Formuleer je vraag eventueel anders.',
      trainers: matches.map(toMatchedTrainer),
      alsoConsider: alsoConsider.map(toMatchedTrainer),
      courses: strongMatch
        ? await this.coursesWithSessions(result.courses.slice(0, SHOWN_COURSES).map((c) => c.document.id))
        : [],
    };
  }

  /** The courses in the order they matched, each with its next sessions. */
  private async coursesWithSessions(ids: string[]): Promise<MatchedCourseDto[]> {
    if (!ids.length) return [];
    const byId = new Map((await this.repo.publishedCoursesWithSessions(ids)).map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id)).filter((c): c is MatchedCourseDto => c !== undefined);
  }
}

function toMatchedTrainer(t: MatchResult['trainers'][number]): MatchedTrainerDto {
  return {
    id: t.document.id,
    name: t.document.name,
    jobTitle: t.document.jobTitle,
    organisation: { id: t.document.organisationId, name: t.document.organisationName },
    region: t.document.region,
    formats: t.document.formats,
    languages: t.document.languages,
    inCompany: t.document.inCompany,
    score: t.score,
    fit: t.fit,
    why: t.why,
  };
}
