import { Injectable } from '@nestjs/common';
import { normaliseRegion, regionForms } from '#libs/common';
import { Db } from '#libs/database';
import { teacherCondition } from './catalogue-query.repository.js';
import type { CatalogueFilter } from './catalogue-query.repository.js';

/** The filters a facet can be counted for; each is counted with every other filter applied. */
export const FACETS = ['format', 'level', 'language', 'organisationId', 'topic', 'region', 'freeSeats'] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetCountRow {
  facet: Facet;
  value: string;
  label: string;
  count: number;
}

/** Topic options a facet lists: the commonest, as a list page can show them. */
export const TOPIC_FACET_OPTIONS = 20;

interface FacetSqlRow {
  facet: Facet;
  value: string;
  label: string | null;
  count: number;
}

/**
 * Counts per filter option for the catalogue list, the standard way: a facet's counts apply the
 * query and every other filter, not its own, so each number says what choosing that option would
 * give. One statement: the sessions that can count are read once (each with its own flags for
 * region, period and free seats), aggregated per course, and every facet is counted from that.
 */
@Injectable()
export class CatalogueFacetsRepository {
  constructor(private readonly db: Db) {}

  async counts(filter: CatalogueFilter): Promise<FacetCountRow[]> {
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const t = (cond: string | undefined) => cond ?? 'true';
    // Per course condition, true when the filter is absent.
    const fFormat = filter.format ? `c.format = ${p(filter.format)}` : undefined;
    const fLevel = filter.level ? `c.level = ${p(filter.level)}` : undefined;
    const fLanguage = filter.language ? `c.language = ${p(filter.language)}` : undefined;
    const fOrg = filter.organisationId ? `c.organisation_id = ${p(filter.organisationId)}` : undefined;
    const fTopic = filter.topic ? `c.topic_keys @> ARRAY[${p(filter.topic.trim().toLowerCase())}]::text[]` : undefined;
    const courseIds = filter.courseIds ? p(filter.courseIds) : undefined;
    const teacher = filter.teacherId ? p(filter.teacherId) : undefined;
    const ids = [
      courseIds ? `c.id = ANY(${courseIds}::uuid[])` : 'true',
      ...(teacher ? [teacherCondition(teacher)] : []),
    ].join(' AND ');
    // The same courses limit which sessions are read: a text search's few hundred courses, not all.
    const sessionCourses = [
      ...(courseIds ? [`s.course_id = ANY(${courseIds}::uuid[])`] : []),
      ...(teacher
        ? [
            `s.course_id IN (SELECT ct.course_id FROM course_teachers ct WHERE ct.teacher_profile_id = ${teacher}::uuid)`,
          ]
        : []),
    ];
    // Per session condition.
    const region = filter.region
      ? `(lower(s.region) = ANY(${p(regionForms(filter.region).map((r) => r.toLowerCase()))}::text[])${filter.includeOnline ? ' OR s.online_url IS NOT NULL' : ''})`
      : 'true';
    const period = [
      filter.from ? `s.starts_at >= ${p(filter.from)}` : undefined,
      filter.to ? `s.starts_at < ${p(filter.to)}` : undefined,
    ]
      .filter(Boolean)
      .join(' AND ');
    const inPeriod = period || 'true';
    const free = `(s.capacity > COALESCE(a.seats_taken, 0) AND s.enrolment_deadline > now())`;
    // A course without sessions passes the session filters only when there are none.
    const anySession = !!(filter.region || filter.from || filter.to || filter.freeSeats);
    const sessionsAll = anySession ? 'COALESCE(ns.all_ok, false)' : 'true';
    const sessionsNoFree = filter.region || filter.from || filter.to ? 'COALESCE(ns.no_free_ok, false)' : 'true';
    const others = (...conds: (string | undefined)[]) => conds.map(t).join(' AND ');

    const seats = `LEFT JOIN session_seat_counts a ON a.session_id = s.id`;
    const sql = `
      WITH ss AS MATERIALIZED (
        SELECT s.course_id, s.region, ${region} AS in_region, ${inPeriod} AS in_period, ${free} AS free
          FROM course_sessions s ${seats}
         WHERE s.status = 'scheduled' AND s.starts_at > now() AND s.visible_to_organisation_id IS NULL${sessionCourses.map((c) => ` AND ${c}`).join('')}),
      ns AS (
        SELECT course_id,
               bool_or(in_region AND in_period${filter.freeSeats ? ' AND free' : ''}) AS all_ok,
               bool_or(in_region AND in_period) AS no_free_ok,
               bool_or(in_region AND in_period AND free) AS free_ok
          FROM ss GROUP BY course_id),
      base AS MATERIALIZED (
        SELECT c.id, c.format::text AS format, c.level::text AS level, c.language::text AS language, c.organisation_id,
               c.topics, c.topic_keys, COALESCE(ns.free_ok, false) AS free_ok,
               ${t(fFormat)} AS f_format, ${t(fLevel)} AS f_level, ${t(fLanguage)} AS f_language,
               ${t(fOrg)} AS f_org, ${t(fTopic)} AS f_topic, ${sessionsAll} AS f_sessions, ${sessionsNoFree} AS f_no_free
          FROM courses c LEFT JOIN ns ON ns.course_id = c.id
         WHERE c.status = 'published' AND c.visible_to_organisation_id IS NULL AND ${ids})
      SELECT 'format' AS facet, format AS value, NULL AS label, count(*)::int AS count FROM base
       WHERE ${others('f_level', 'f_language', 'f_org', 'f_topic', 'f_sessions')} GROUP BY format
      UNION ALL
      SELECT 'level', level, NULL, count(*)::int FROM base
       WHERE ${others('f_format', 'f_language', 'f_org', 'f_topic', 'f_sessions')} GROUP BY level
      UNION ALL
      SELECT 'language', language, NULL, count(*)::int FROM base
       WHERE ${others('f_format', 'f_level', 'f_org', 'f_topic', 'f_sessions')} GROUP BY language
      UNION ALL
      SELECT 'organisationId', b.organisation_id::text, min(o.name), count(*)::int FROM base b
        JOIN organisation_directory o ON o.id = b.organisation_id
       WHERE ${others('f_format', 'f_level', 'f_language', 'f_topic', 'f_sessions')} GROUP BY b.organisation_id
      UNION ALL
      (SELECT 'topic', k.key, min(k.label), count(*)::int FROM base, unnest(topic_keys, topics) AS k(key, label)
        WHERE ${others('f_format', 'f_level', 'f_language', 'f_org', 'f_sessions')}
        GROUP BY k.key ORDER BY count(*) DESC, k.key LIMIT ${TOPIC_FACET_OPTIONS})
      UNION ALL
      SELECT 'region', ss.region, NULL, count(DISTINCT ss.course_id)::int FROM ss JOIN base b ON b.id = ss.course_id
       WHERE ss.region IS NOT NULL AND ss.in_period${filter.freeSeats ? ' AND ss.free' : ''}
         AND ${others('b.f_format', 'b.f_level', 'b.f_language', 'b.f_org', 'b.f_topic')} GROUP BY ss.region
      UNION ALL
      SELECT 'freeSeats', 'true', NULL, count(*)::int FROM base
       WHERE free_ok AND ${others('f_format', 'f_level', 'f_language', 'f_org', 'f_topic', 'f_no_free')}`;
    const rows = await this.db.manager.query<FacetSqlRow[]>(sql, params);
    return mergeRegions(
      rows.map((r) => ({ facet: r.facet, value: r.value, label: r.label ?? r.value, count: r.count })),
    );
  }
}

/**
 * Region values in their canonical form ("Friesland" and "Fryslân" are one option). A course with
 * sessions under two spellings of one province would count twice; the data holds one spelling.
 */
function mergeRegions(rows: FacetCountRow[]): FacetCountRow[] {
  const out: FacetCountRow[] = [];
  const regions = new Map<string, FacetCountRow>();
  for (const r of rows) {
    if (r.facet !== 'region') {
      out.push(r);
      continue;
    }
    const value = normaliseRegion(r.value) ?? r.value;
    const seen = regions.get(value);
    if (seen) seen.count += r.count;
    else regions.set(value, { ...r, value, label: value });
  }
  return [...out, ...regions.values()];
}
