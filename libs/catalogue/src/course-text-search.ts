import { Injectable } from '@nestjs/common';

export type CourseRanker = (text: string, limit: number) => Promise<string[]>;

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

  /** Course ids, best first. */
  rank(text: string, limit = 500): Promise<string[]> {
    return this.ranker ? this.ranker(text, limit) : Promise.resolve([]);
  }
}
