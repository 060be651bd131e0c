import { Injectable } from '@nestjs/common';
import { CatalogueQueryRepository } from './catalogue-query.repository.js';
import { CourseTextSearch } from './course-text-search.js';
import { toTeacherSummary } from './catalogue.mappers.js';
import { CatalogueItemDto, CataloguePageDto, CatalogueQueryDto } from './dto/catalogue-query.dto.js';
import { TeacherProfilesRepository } from './teacher-profiles.repository.js';

@Injectable()
export class CatalogueService {
  constructor(
    private readonly query: CatalogueQueryRepository,
    private readonly profiles: TeacherProfilesRepository,
    private readonly text: CourseTextSearch,
  ) {}

  async search(q: CatalogueQueryDto): Promise<CataloguePageDto> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const filter = {
      topic: q.topic,
      format: q.format,
      level: q.level,
      organisationId: q.organisationId,
      region: q.region,
      language: q.language,
      from: q.from,
      to: q.to,
      freeSeats: q.freeSeats,
      ...(q.q ? { courseIds: await this.text.rank(q.q) } : {}),
    };
    const rows = await this.query.search(filter, q.sort ?? (q.q ? 'relevance' : 'next'), page, pageSize);
    const ids = rows.map((r) => r.id);
    const [teachers, next] = await Promise.all([
      this.profiles.findRowsForCourses(ids),
      this.query.nextSessions(ids, filter),
    ]);
    const items: CatalogueItemDto[] = rows.map((r) => {
      const n = next.find((s) => s.courseId === r.id);
      return {
        id: r.id,
        title: r.title,
        summary: r.summary,
        topics: r.topics,
        level: r.level,
        format: r.format,
        language: r.language,
        durationHours: Number(r.durationHours),
        organisation: { id: r.organisationId, name: r.organisationName },
        teachers: teachers.filter((t) => t.courseId === r.id).map(toTeacherSummary),
        nextSession: n
          ? {
              id: n.id,
              startsAt: n.startsAt.toISOString(),
              endsAt: n.endsAt.toISOString(),
              city: n.city,
              region: n.region,
              online: n.online,
              seatsLeft: Number(n.seatsLeft),
            }
          : null,
        upcomingSessions: r.upcomingSessions,
      };
    });
    return { items, page, pageSize, total: rows[0]?.total ?? (page > 1 ? await this.countAll(q) : 0) };
  }

  /** Only needed when a page past the end is asked for: the window count is then absent. */
  private async countAll(q: CatalogueQueryDto): Promise<number> {
    const first = await this.search({ ...q, page: 1, pageSize: 1 });
    return first.total;
  }
}
