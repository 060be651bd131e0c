import { Injectable } from '@nestjs/common';
import { CatalogueQueryRepository } from './catalogue-query.repository.js';
import type { CatalogueDataVersion, CatalogueFilter, CatalogueRow } from './catalogue-query.repository.js';
import { CourseTextSearch } from './course-text-search.js';
import { toCatalogueItem } from './catalogue.mappers.js';
import { CatalogueSnapshots } from './catalogue-snapshots.js';
import type { FacetCountRow } from './catalogue-facets.repository.js';
import { CatalogueSuggestionsRepository } from './catalogue-suggestions.repository.js';
import type { CatalogueFacetsDto, FacetOptionDto } from './dto/catalogue-query.dto.js';
import type { CatalogueSort } from './dto/catalogue-query.dto.js';
import { CataloguePageDto, CatalogueQueryDto } from './dto/catalogue-query.dto.js';
import type { CatalogueSuggestionsDto, SuggestionsQueryDto } from './dto/catalogue-suggestions.dto.js';
import { TeacherProfilesRepository } from './teacher-profiles.repository.js';

@Injectable()
export class CatalogueService {
  constructor(
    private readonly query: CatalogueQueryRepository,
    private readonly profiles: TeacherProfilesRepository,
    private readonly text: CourseTextSearch,
    private readonly snapshots: CatalogueSnapshots,
    private readonly suggestionsRepo: CatalogueSuggestionsRepository,
  ) {}

  async search(q: CatalogueQueryDto): Promise<CataloguePageDto> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const filter = {
      topic: q.topic,
      format: q.format,
      level: q.level,
      organisationId: q.organisationId,
      teacherId: q.teacherId,
      region: q.region,
      includeOnline: q.includeOnline,
      language: q.language,
      from: q.from,
      to: q.to,
      freeSeats: q.freeSeats,
      ...(q.q ? { courseIds: await this.text.rank(q.q) } : {}),
    };
    const version = await this.snapshots.version();
    const [{ rows, total }, facetRows] = await Promise.all([
      this.page(filter, q.sort ?? (q.q ? 'relevance' : 'next'), page, pageSize, version),
      this.snapshots.facets(filter, version),
    ]);
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
    return { items, page, pageSize, total, facets: toFacets(facetRows) };
  }

  /**
   * A page from the list's snapshot (order and total as of the current data version), with its
   * rows read live; a page beyond the ids a snapshot keeps is ordered and counted by the database.
   */
  private async page(
    filter: CatalogueFilter,
    sort: CatalogueSort,
    page: number,
    pageSize: number,
    version: CatalogueDataVersion,
  ): Promise<{ rows: CatalogueRow[]; total: number }> {
    const snapshot = await this.snapshots.results(filter, sort, version);
    const offset = (page - 1) * pageSize;
    if (offset + pageSize <= snapshot.ids.length || snapshot.ids.length === snapshot.total) {
      const ids = snapshot.ids.slice(offset, offset + pageSize);
      return { rows: await this.query.rowsByIds(ids, filter), total: snapshot.total };
    }
    const rows = await this.query.search(filter, sort, page, pageSize);
    return { rows, total: rows[0]?.total ?? snapshot.total };
  }

  /** Search-as-you-type: courses, topics and trainers for the letters typed so far. */
  async suggestions(q: SuggestionsQueryDto): Promise<CatalogueSuggestionsDto> {
    const limit = q.limit ?? 5;
    const [courses, topics, trainers] = await Promise.all([
      this.suggestionsRepo.courses(q.q, limit),
      this.suggestionsRepo.topics(q.q, limit),
      this.suggestionsRepo.trainers(q.q, limit),
    ]);
    return { courses, topics, trainers };
  }
}

/** Options by count (then label); enum facets list every value that has a course. */
function toFacets(rows: FacetCountRow[]): CatalogueFacetsDto {
  const of = (facet: FacetCountRow['facet']): FacetOptionDto[] =>
    rows
      .filter((r) => r.facet === facet && r.count > 0)
      .map((r) => ({ value: r.value, label: r.label, count: r.count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
  return {
    format: of('format'),
    level: of('level'),
    language: of('language'),
    organisationId: of('organisationId'),
    topic: of('topic'),
    region: of('region'),
    freeSeats: rows.find((r) => r.facet === 'freeSeats')?.count ?? 0,
  };
}
