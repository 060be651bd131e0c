import { Injectable } from '@nestjs/common';
import type { AuthUser } from '#libs/common';
import type { AnswerDto, AskQuestionDto, DemandDto, MatchedCourseDto } from './dto/knowledge.dto.js';
import { KnowledgeBankRepository } from './knowledge-bank.repository.js';
import { MatcherService } from './matcher.service.js';

/** Trainers an answer shows when there is a strong match; without one, the closest few. */
const SHOWN_TRAINERS = 10;
const SHOWN_CLOSEST_TRAINERS = 3;
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
        format: f.format,
        language: f.language,
        ...(f.otherOrganisationsOnly && user?.organisationId ? { excludeOrganisationId: user.organisationId } : {}),
      },
      inCompany: f.inCompanyOnly ?? false,
      askerOrganisationId: user?.organisationId ?? undefined,
      askerRegion,
    });
    const trainers = result.strongMatch
      ? result.trainers.slice(0, SHOWN_TRAINERS)
      : result.trainers.slice(0, SHOWN_CLOSEST_TRAINERS);
    return {
      questionId: question.id,
      strongMatch: result.strongMatch,
      message: result.strongMatch
        ? `${trainers.length} collega's kunnen je hiermee helpen.`
        : 'Geen sterke match gevonden. Dit zijn de collega’s die er het dichtst bij komen; formuleer je vraag eventueel anders.',
      trainers: trainers.map((t) => ({
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
      })),
      courses: result.strongMatch
        ? await this.coursesWithSessions(result.courses.slice(0, SHOWN_COURSES).map((c) => c.document.id))
        : [],
    };
  }

  /** Questions per topic: what colleagues want to learn, and where nobody could help yet. */
  async demand(user: AuthUser, days: number): Promise<DemandDto[]> {
    if (user.roles.includes('admin')) return this.repo.demand(days, null);
    if (!user.organisationId) return [];
    return this.repo.demand(days, user.organisationId);
  }

  /** The courses in the order they matched, each with its next sessions. */
  private async coursesWithSessions(ids: string[]): Promise<MatchedCourseDto[]> {
    if (!ids.length) return [];
    const byId = new Map((await this.repo.publishedCoursesWithSessions(ids)).map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id)).filter((c): c is MatchedCourseDto => c !== undefined);
  }
}
