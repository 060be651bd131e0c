import { Injectable } from '@nestjs/common';
import { CatalogueQueryRepository } from './catalogue-query.repository.js';
import { CourseTextSearch } from './course-text-search.js';
import { toCatalogueItem } from './catalogue.mappers.js';
import { CataloguePageDto, CatalogueQueryDto } from './dto/catalogue-query.dto.js';
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
    const nextByCourse = new Map(next.map((n) => [n.courseId, n]));
    const items = rows.map((r) =>
      toCatalogueItem(
        r,
        teachers.filter((t) => t.courseId === r.id),
        nextByCourse.get(r.id),
      ),
    );
    return { items, page, pageSize, total: rows[0]?.total ?? (page > 1 ? await this.countAll(q) : 0) };
  }

  /** Only needed when a page past the end is asked for: the window count is then absent. */
  private async countAll(q: CatalogueQueryDto): Promise<number> {
    const first = await this.search(Object.assign(new CatalogueQueryDto(), q, { page: 1, pageSize: 1 }));
    return first.total;
  }
}
