import { Injectable } from '@nestjs/common';

/** A course the free text found, with how well its own text answers the question (0..1). */
export interface RankedCourse {
  id: string;
  score: number;
}

/** Course ids with a relevance score, best first by the engine's order. */
export type CourseRanker = (text: string, limit: number) => Promise<RankedCourse[]>;

/**
 * The relevance floor of the catalogue's `q=`, relative to the best course of the same search: a
 * course is listed when its score is above zero and at least this share of the best one's. A
 * relative floor, not an absolute score, because the scores say how much of *this* question a
 * course covers: when the best course covers it all, a course that only shares its least telling
 * word drops out; when nothing covers it well, the closest ones still show. One third: a course
 * must carry a third of what the best one carries, which keeps courses that share one telling
 * word of a three-word question (every word weighted alike) and drops those that share only a
 * word that most candidates have. Chosen as a rule, not fitted to any query.
 */
export const RELEVANCE_FLOOR = 1 / 3;

/**
 * Free-text search of the catalogue (`q=`). The knowledge bank, which owns the search engines
 * and depends on the catalogue, registers the ranking here; without it, `q` finds nothing.
 */
@Injectable()
export class CourseTextSearch {
  private ranker?: CourseRanker;

  register(ranker: CourseRanker): void {
    this.ranker = ranker;
  }

  /** Course ids above the relevance floor, best first. */
  async rank(text: string, limit = 500): Promise<string[]> {
    if (!this.ranker) return [];
    return applyRelevanceFloor(await this.ranker(text, limit));
  }
}

export function applyRelevanceFloor(courses: RankedCourse[]): string[] {
  const best = Math.max(0, ...courses.map((c) => c.score));
  if (best <= 0) return [];
  return courses.filter((c) => c.score > 0 && c.score >= RELEVANCE_FLOOR * best).map((c) => c.id);
}
