import { analyse, buildVocabulary } from './analyzer.js';
import { RerankerCache, STEM_CACHE_ENTRIES, WORD_MATCH_CACHE_ENTRIES, WordMatchCache } from './reranker-cache.js';
import type { CourseDocument } from './documents.js';
import { RerankMemo, rerankTrainers } from './reranker.js';
import { trainerDocument } from './trainer-document.fixture.js';

describe('WordMatchCache', () => {
  it('keeps at most its bound of comparisons, dropping the least recently asked question words first', () => {
    const cache = new WordMatchCache(4);
    const privacy = cache.group('privacy');
    cache.remember('privacy', privacy, 'privacy', 1);
    cache.remember('privacy', privacy, 'avg', 0);
    const woo = cache.group('woo');
    cache.remember('woo', woo, 'woo', 1);
    expect(cache.group('privacy').strengths.get('avg')).toBe(0); // privacy is now more recent than woo
    const beleid = cache.group('beleid');
    cache.remember('beleid', beleid, 'beleid', 1);
    cache.remember('beleid', beleid, 'beleidsplan', 0.85);
    expect(cache.size).toBe(4);
    expect(cache.group('woo').strengths.size).toBe(0);
    expect(cache.group('privacy').strengths.get('privacy')).toBe(1);
  });

  it('empties the group being filled last, when it alone exceeds the bound', () => {
    const cache = new WordMatchCache(2);
    const group = cache.group('privacy');
    for (const word of ['a', 'b', 'c']) cache.remember('privacy', group, word, 0);
    expect(cache.size).toBeLessThanOrEqual(2);
    expect(group.strengths.size).toBe(cache.size);
  });

  it('keeps a group again that was dropped while its question was still being ranked', () => {
    const cache = new WordMatchCache(2);
    const first = cache.group('eerste');
    const second = cache.group('tweede');
    cache.remember('tweede', second, 'a', 0);
    cache.remember('tweede', second, 'b', 0);
    cache.remember('tweede', second, 'c', 0); // over the bound: drops eerste's group, then empties tweede's
    cache.remember('eerste', first, 'x', 1);
    expect(cache.size).toBeLessThanOrEqual(2);
    expect(cache.group('eerste').strengths.get('x')).toBe(1);
  });
});

const vocabulary = buildVocabulary({ avg: ['privacy'] });
const trainer = trainerDocument;
/** Three candidates whose privacy and policy words match a question in different fields. */
const hits = [
  { document: trainer('a', { bio: 'Ik schreef over privacybeleid en de AVG.' }), textScore: 0.4 },
  { document: trainer('b', { expertise: ['privacy', 'informatiebeveiliging'] }), textScore: 0.2 },
  { document: trainer('c', { courseTitles: ['Beleid schrijven'], jobTitle: 'Beleidsadviseur' }), textScore: 0.3 },
];

describe('RerankerCache', () => {
  it('is bounded by the named limits', () => {
    const cache = new RerankerCache();
    expect(cache.stems.maxEntries).toBe(STEM_CACHE_ENTRIES);
    expect(cache.wordMatches.maxEntries).toBe(WORD_MATCH_CACHE_ENTRIES);
  });

  it('changes no ranking when it evicts: a one-entry cache ranks as the default one', () => {
    const tiny = new RerankerCache(1, 1);
    const roomy = new RerankerCache();
    for (const text of ['privacy beleid', 'AVG en informatiebeveiliging', 'privacybeleid schrijven']) {
      const question = { text, concepts: analyse(text, vocabulary) };
      const expected = rerankTrainers(question, hits, {}, roomy);
      expect(rerankTrainers(question, hits, {}, tiny)).toEqual(expected);
      expect(rerankTrainers(question, hits, {}, tiny)).toEqual(expected);
      expect(tiny.stems.size).toBeLessThanOrEqual(1);
      expect(tiny.wordMatches.size).toBeLessThanOrEqual(1);
    }
  });
});

describe('RerankMemo', () => {
  it('ranks a second, larger candidate set of the same question exactly as a fresh ranking would', () => {
    const more = [
      { document: trainer('d', { expertise: ['informatiebeveiliging', 'BIO'] }), textScore: 0 },
      { document: trainer('e', { expertise: ['privacy'], bio: 'Functionaris gegevensbescherming' }), textScore: 0 },
    ];
    const course: CourseDocument = {
      id: 'k1',
      title: 'Privacy in beleid',
      summary: 'De AVG in beleidsstukken',
      description: 'Hoe je privacy en informatiebeveiliging meeneemt in beleid.',
      learningGoals: [],
      topics: ['privacy'],
      level: 'basis',
      format: 'online',
      language: 'nl',
      organisationId: 'o1',
      organisationName: 'O',
      teacherIds: ['c'],
    };
    const text = 'AVG en informatiebeveiliging in beleid';
    const question = {
      text,
      concepts: analyse(text, vocabulary),
      courses: [course],
    };
    const memo = new RerankMemo();
    const cache = new RerankerCache();
    expect(rerankTrainers(question, hits, {}, cache, memo)).toEqual(
      rerankTrainers(question, hits, {}, new RerankerCache()),
    );
    // Candidate-set-wide figures (rarity over the candidates, n-gram idf, relatedness) change with the new ones.
    const fresh = rerankTrainers(question, [...hits, ...more], {}, new RerankerCache());
    expect(rerankTrainers(question, [...hits, ...more], {}, cache, memo)).toEqual(fresh);
    expect(memo.candidates.size).toBe(5);
  });
});
