import { Injectable } from '@nestjs/common';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import type { AnswerDto, AskQuestionDto, DemandDto, MatchedCourseDto, MatchedSessionDto } from './dto/knowledge.dto.js';
import { MatcherService } from './matcher.service.js';

const SHOWN_TRAINERS = 10;

@Injectable()
export class KnowledgeBankService {
  constructor(
    private readonly matcher: MatcherService,
    private readonly db: Db,
  ) {}

  async ask(user: AuthUser | undefined, dto: AskQuestionDto): Promise<AnswerDto> {
    const f = dto.filters ?? {};
    const askerRegion = user?.organisationId ? await this.organisationRegion(user.organisationId) : undefined;
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
    const trainers = result.strongMatch ? result.trainers.slice(0, SHOWN_TRAINERS) : result.trainers.slice(0, 3);
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
        ? await this.coursesWithSessions(result.courses.slice(0, 5).map((c) => c.document.id))
        : [],
    };
  }

  /** Questions per topic: what colleagues want to learn, and where nobody could help yet. */
  async demand(user: AuthUser, days: number): Promise<DemandDto[]> {
    const scoped = !user.roles.includes('admin');
    if (scoped && !user.organisationId) return [];
    return this.db.manager.query(
      `SELECT t AS topic, count(*)::int AS questions, count(*) FILTER (WHERE NOT q.strong_match)::int AS unanswered
         FROM knowledge_questions q, unnest(CASE WHEN cardinality(q.topics) = 0 THEN ARRAY['(geen match)'] ELSE q.topics END) t
        WHERE q.created_at > now() - make_interval(days => $1) ${scoped ? 'AND q.organisation_id = $2' : ''}
        GROUP BY t ORDER BY questions DESC, t LIMIT 100`,
      scoped ? [days, user.organisationId] : [days],
    );
  }

  private async coursesWithSessions(ids: string[]): Promise<MatchedCourseDto[]> {
    if (!ids.length) return [];
    const rows: (Omit<MatchedCourseDto, 'upcomingSessions'> & { sessions: MatchedSessionDto[] | null })[] =
      await this.db.manager.query(
        `SELECT c.id, c.title, c.summary, json_build_object('id', o.id, 'name', o.name) AS organisation,
              (SELECT json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at, 'city', s.city, 'online', s.online_url IS NOT NULL,
                                                 'seatsLeft', GREATEST(s.capacity - s.seats_taken, 0)) ORDER BY s.starts_at)
                 FROM (SELECT * FROM course_sessions s WHERE s.course_id = c.id AND s.status = 'scheduled' AND s.starts_at > now()
                        ORDER BY s.starts_at LIMIT 3) s) AS sessions
         FROM courses c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.id = ANY($1::uuid[]) AND c.status = 'published'`,
        [ids],
      );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids
      .map((id) => byId.get(id))
      .filter((r): r is NonNullable<typeof r> => !!r)
      .map(({ sessions, ...r }) => ({ ...r, upcomingSessions: sessions ?? [] }));
  }

  private async organisationRegion(organisationId: string): Promise<string | undefined> {
    const [row] = await this.db.manager.query(`SELECT region FROM organisations WHERE id = $1`, [organisationId]);
    return row?.region;
  }
}
