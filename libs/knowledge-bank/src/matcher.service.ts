import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { CourseTextSearch } from '#libs/catalogue';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { analyse } from './analyzer.js';
import { courseEvidence } from './course-evidence.js';
import { CONFIDENCE_THRESHOLD, fitOf } from './fit.js';
import type { Fit } from './fit.js';
import type { CourseDocument, EngineHit, SearchFilters } from './documents.js';
import type { KnowledgeQuestion } from './knowledge-bank.entities.js';
import { KnowledgeBankRepository } from './knowledge-bank.repository.js';
import { LsaModels } from './lsa.service.js';
import { applyPrecedents, precedentSimilarities } from './match-feedback.js';
import type { WhyWithPrecedent } from './match-feedback.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';
import { questionTopics } from './question-topics.js';
import { EXPANSION_CANDIDATES, expansionConcepts } from './query-expansion.js';
import { RerankerCache } from './reranker-cache.js';
import { RerankMemo, rerankTrainers } from './reranker.js';
import { withRelatedReasons } from './related-reasons.js';
import type { RankedTrainer } from './reranker.js';
import { SearchEngine } from './search-engine.js';
import { VocabularyService } from './vocabulary.service.js';

export { CONFIDENCE_THRESHOLD, fitOf } from './fit.js';
export type { Fit } from './fit.js';

/** Candidates the re-ranker orders: the engine's best by text score. On the dev questions 20, 30, 40 and 60 rank alike (eval:match); the re-ranker's cost grows with it. */
export const MATCH_CANDIDATES = 30;

export interface MatchRequest {
  text: string;
  filters: SearchFilters;
  /** An in-company request only considers trainers available for in-company work. */
  inCompany: boolean;
  /** Also whose L&D's earlier verdicts on similar questions lift or lower trainers (match-feedback.ts); none when absent. */
  askerOrganisationId?: string;
  askerRegion?: string;
}

export interface MatchResult {
  trainers: (Omit<RankedTrainer, 'why'> & { why: WhyWithPrecedent; fit: Fit })[];
  courses: EngineHit<CourseDocument>[];
  strongMatch: boolean;
  threshold: number;
}

@Injectable()
export class MatcherService implements OnModuleInit {
  constructor(
    private readonly engine: SearchEngine,
    private readonly vocabulary: VocabularyService,
    private readonly questions: KnowledgeBankRepository,
    private readonly courseSearch: CourseTextSearch,
    private readonly rerankerCache: RerankerCache,
    private readonly feedback: MatchFeedbackRepository,
    db: Db,
  ) {
    this.lsa = new LsaModels(db);
  }

  /** The catalogue's latent semantic model (lsa.ts), rebuilt when the indexed documents change. */
  readonly lsa: LsaModels;

  /** The catalogue's `q=` uses the same engine, vocabulary and analyser. */
  onModuleInit(): void {
    this.courseSearch.register(async (text, limit) => {
      const concepts = analyse(text, await this.vocabulary.vocabulary());
      if (!concepts.length) return [];
      // With a score of lexical evidence each, for the catalogue's relevance floor (course-evidence.ts).
      return courseEvidence(await this.engine.search('courses', { concepts, filters: {}, limit }), concepts);
    });
  }

  /** What the API and the evaluation both run: candidates from the engine, the shared re-ranker. */
  async match(req: MatchRequest): Promise<MatchResult> {
    // Read once: one question is analysed, expanded and compared with precedents by one vocabulary.
    const vocabulary = await this.vocabulary.vocabulary();
    const concepts = analyse(req.text, vocabulary);
    if (!concepts.length) return { trainers: [], courses: [], strongMatch: false, threshold: CONFIDENCE_THRESHOLD };
    const filters: SearchFilters = { ...req.filters, ...(req.inCompany ? { inCompany: true } : {}) };
    const lsa = this.lsa.current();
    // The organisation's earlier verdicts are read while the engine searches.
    const [trainerHits, courses, precedents] = await Promise.all([
      this.engine.search('trainers', { concepts, filters, limit: MATCH_CANDIDATES }),
      this.engine.search('courses', {
        concepts,
        filters: { format: filters.format, language: filters.language },
        limit: 20,
      }),
      req.askerOrganisationId ? this.feedback.precedents(req.askerOrganisationId) : Promise.resolve([]),
    ]);
    const question = { text: req.text, concepts, courses: courses.map((c) => c.document), lsa };
    const context = {
      askerOrganisationId: req.askerOrganisationId,
      askerRegion: req.askerRegion,
      preferredFormat: filters.format,
    };
    // One memo for both rankings of this question: the second only reads the candidates it adds.
    const memo = new RerankMemo();
    let ranked = rerankTrainers(question, trainerHits, context, this.rerankerCache, memo);
    // Only a confident first pass is worth expanding: weak matches would lead the second search astray.
    if ((ranked[0]?.score ?? 0) >= CONFIDENCE_THRESHOLD) {
      const expansion = expansionConcepts(
        ranked.map((r) => r.document),
        trainerHits.map((h) => h.document),
        concepts,
        vocabulary,
      );
      if (expansion.length) {
        const seen = new Set(trainerHits.map((h) => h.document.id));
        const more = (
          await this.engine.search('trainers', { concepts: expansion, filters, limit: EXPANSION_CANDIDATES })
        )
          .filter((h) => !seen.has(h.document.id))
          .map((h) => ({ document: h.document, textScore: 0 }));
        if (more.length)
          ranked = rerankTrainers(question, [...trainerHits, ...more], context, this.rerankerCache, memo);
      }
    }
    const trainers = withRelatedReasons(ranked.map((t) => ({ ...t, fit: fitOf(t.score) })));
    // Fit and abstention come from the lexical score; the organisation's own earlier verdicts only reorder.
    return {
      trainers: precedents.length
        ? applyPrecedents(trainers, precedentSimilarities({ text: req.text, concepts }, precedents, lsa, vocabulary))
        : trainers,
      courses,
      strongMatch: (trainers[0]?.score ?? 0) >= CONFIDENCE_THRESHOLD,
      threshold: CONFIDENCE_THRESHOLD,
    };
  }

  /** Stores the question (for demand figures), then matches it. */
  async ask(
    user: AuthUser | undefined,
    req: MatchRequest,
  ): Promise<{ question: KnowledgeQuestion; result: MatchResult }> {
    const result = await this.match(req);
    const vocabulary = await this.vocabulary.vocabulary();
    const spellings = [
      ...result.trainers.flatMap((t) => t.why.expertise),
      ...result.courses.flatMap((c) => c.document.topics),
    ];
    const topics = questionTopics(analyse(req.text, vocabulary), vocabulary, spellings);
    const question = await this.questions.saveQuestion({
      text: req.text,
      filters: { ...req.filters, inCompany: req.inCompany },
      askedById: user?.id ?? null,
      organisationId: user?.organisationId ?? null,
      topics,
      resultCount: result.trainers.length,
      strongMatch: result.strongMatch,
    });
    return { question, result };
  }
}
