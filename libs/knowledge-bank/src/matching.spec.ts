import { analyse, buildVocabulary, normalise } from './analyzer.js';
import type { CourseDocument, TrainerDocument } from './documents.js';
import { CONFIDENCE_THRESHOLD, fitOf } from './matcher.service.js';
import { RerankerCache } from './reranker-cache.js';
import { FIELD_PASSAGES } from './lsa-passages.fixture.js';
import { buildLsa } from './lsa.js';
import { MATCH_TUNING, editDistance, rerankTrainers } from './reranker.js';
import { trainerDocument } from './trainer-document.fixture.js';
import type { RankContext, RankQuestion, RankedTrainer } from './reranker.js';
import type { EngineHit } from './documents.js';

const vocabulary = buildVocabulary({ avg: ['privacy'], 'power bi': ['dashboard'], 'de-escaleren': ['agressie'] });

describe('analyse', () => {
  it('drops stop words, keeps vocabulary phrases whole, splits unknown hyphenated words, expands synonyms', () => {
    const concepts = analyse('Wie kan ons team helpen met Power BI en de AVG bij Woo-verzoeken?', vocabulary);
    expect(concepts.map((c) => c.term)).toEqual(['power bi', 'avg', 'woo', 'verzoeken']);
    expect(concepts.find((c) => c.term === 'avg')!.variants).toEqual(['avg', 'privacy']);
    expect(analyse('leren de-escaleren', vocabulary).map((c) => c.term)).toEqual(['de-escaleren']);
  });

  it('folds accents and case', () => {
    expect(normalise('Financiën & Coördinatie!')).toBe('financien coordinatie');
  });
});

const doc = trainerDocument;

describe('rerankTrainers', () => {
  const cache = new RerankerCache();
  const rerank = (q: RankQuestion, hits: EngineHit<TrainerDocument>[], ctx: RankContext = {}) =>
    rerankTrainers(q, hits, ctx, cache);
  const question = { text: 'privacy beleid', concepts: analyse('privacy beleid', vocabulary) };

  it('ranks an expertise match above a mention in a bio, whatever the engine said', () => {
    const ranked = rerank(question, [
      { document: doc('bio', { bio: 'Ik schreef ooit over privacy.' }), textScore: 0.9 },
      { document: doc('expert', { expertise: ['privacy'] }), textScore: 0.1 },
    ]);
    expect(ranked.map((r) => r.document.id)).toEqual(['expert', 'bio']);
    expect(ranked[0].why.expertise).toEqual(['privacy']);
    expect(ranked[1].why.snippets).toEqual(['Ik schreef ooit over privacy.']);
  });

  it('gives colleagues of other organisations a small edge when all else is equal', () => {
    const ranked = rerank(
      question,
      [
        { document: doc('same', { expertise: ['privacy'], organisationId: 'mine' }), textScore: 0.5 },
        { document: doc('other', { expertise: ['privacy'], organisationId: 'theirs' }), textScore: 0.5 },
      ],
      { askerOrganisationId: 'mine' },
    );
    expect(ranked.map((r) => r.document.id)).toEqual(['other', 'same']);
  });

  it('matches compounds, plurals and one typo', () => {
    const score = (q: string, expertise: string) =>
      rerank({ text: q, concepts: analyse(q, vocabulary) }, [
        { document: doc('x', { expertise: [expertise] }), textScore: 0 },
      ])[0].score;
    expect(score('vergunning', 'omgevingsvergunning')).toBeGreaterThan(0.4);
    expect(score('subsidieregelingen', 'subsidieregeling')).toBeGreaterThan(0.6);
    expect(score('informatiebeveliging', 'informatiebeveiliging')).toBeGreaterThan(0.4);
    expect(score('heftruck', 'informatiebeveiliging')).toBe(0);
  });

  it('lifts colleagues of the best match (co-taught course) above equal candidates, never above the best', () => {
    // The two colleagues differ only in a tag of the same length that nobody else has (so words
    // and n-grams score them alike) and in whether they co-teach the best match's course.
    const ranked = rerank(question, [
      { document: doc('best', { expertise: ['privacy', 'beleid'], courseIds: ['c1'] }), textScore: 0.5 },
      {
        document: doc('a-unrelated', { bio: 'Beleid en privacy.', expertise: ['excel'], courseIds: ['c2'] }),
        textScore: 0.5,
      },
      {
        document: doc('z-colleague', { bio: 'Beleid en privacy.', expertise: ['sport'], courseIds: ['c1'] }),
        textScore: 0.5,
      },
    ]);
    expect(ranked.map((r) => r.document.id)).toEqual(['best', 'z-colleague', 'a-unrelated']);
    expect(ranked[1].score).toBeLessThanOrEqual(ranked[0].score);
  });

  it('blends in character n-grams: a compound the word matcher cannot split still finds its expert', () => {
    const q = 'informatieavond';
    const ranked = rerank({ text: q, concepts: analyse(q, vocabulary) }, [
      { document: doc('a-other', { bio: 'Ik geef les in communicatie en presenteren.' }), textScore: 0.5 },
      { document: doc('z-expert', { expertise: ['informatiebijeenkomsten organiseren'] }), textScore: 0.5 },
    ]);
    expect(ranked[0].document.id).toBe('z-expert');
  });

  it('counts the full text of a matching course the engine found as evidence for its teacher', () => {
    const q = 'hoe voer je een verzuimgesprek';
    const course: CourseDocument = {
      id: 'c9',
      title: 'Lastige gesprekken',
      summary: 'Oefenen met gesprekken.',
      description: 'Je oefent het verzuimgesprek met een acteur.',
      learningGoals: [],
      topics: [],
      level: 'basis',
      format: 'online',
      language: 'nl',
      organisationId: 'o1',
      organisationName: 'O',
      teacherIds: ['z-teacher'],
    };
    const hits = [
      { document: doc('a-colleague', { courseTitles: ['Lastige gesprekken'] }), textScore: 0.5 },
      { document: doc('z-teacher', { courseTitles: ['Lastige gesprekken'] }), textScore: 0.5 },
    ];
    const question = { text: q, concepts: analyse(q, vocabulary) };
    expect(rerank(question, hits).map((r) => r.document.id)).toEqual(['a-colleague', 'z-teacher']);
    expect(rerank({ ...question, courses: [course] }, hits).map((r) => r.document.id)).toEqual([
      'z-teacher',
      'a-colleague',
    ]);
  });

  it('computes edit distances with an early exit', () => {
    expect(editDistance('kamerbreif', 'kamerbrief', 2)).toBe(2);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
    expect(editDistance('informatiebeveliging', 'informatiebeveiliging', 2)).toBe(1);
    expect(editDistance('', 'ab', 2)).toBe(2);
  });
});

describe('fitOf', () => {
  it('words a score relative to the confidence threshold: weak below it, strong from twice it', () => {
    expect(fitOf(CONFIDENCE_THRESHOLD - 0.001)).toBe('weak');
    expect(fitOf(CONFIDENCE_THRESHOLD)).toBe('fair');
    expect(fitOf(2 * CONFIDENCE_THRESHOLD - 0.001)).toBe('fair');
    expect(fitOf(2 * CONFIDENCE_THRESHOLD)).toBe('strong');
  });
});

describe('near-misses', () => {
  const cache = new RerankerCache();
  const score = (q: string, expertise: string) =>
    rerankTrainers(
      { text: q, concepts: analyse(q, vocabulary) },
      [{ document: doc('x', { expertise: [expertise] }), textScore: 0 }],
      {},
      cache,
    )[0].score;

  it('counts a whole word above a shared head, and a shared head above a shared modifier', () => {
    const whole = score('omgevingsvisie', 'omgevingsvisie');
    const head = score('visie', 'omgevingsvisie');
    const modifier = score('omgevingsvisie', 'omgevingsvergunning');
    expect(whole).toBeGreaterThan(head);
    expect(head).toBeGreaterThan(modifier);
  });

  it('does not treat a shared fragment as the word (mediation is not mediatraining)', () => {
    expect(score('mediation', 'mediation')).toBeGreaterThan(2 * score('mediation', 'mediatraining'));
  });
});

describe('latent neighbours of the best matches', () => {
  const cache = new RerankerCache();
  const lsa = buildLsa(FIELD_PASSAGES, 3);
  const q = 'keukentafelgesprek voeren';
  // Neither colleague shares a word with the question; one works in the best match's field.
  const hits = [
    {
      document: doc('best', { expertise: ['keukentafelgesprek'], bio: 'Wmo consulent, vraagverheldering.' }),
      textScore: 0.5,
    },
    { document: doc('a-inkoop', { bio: 'Inkoop, aanbesteding en contractmanagement.' }), textScore: 0.5 },
    { document: doc('z-wmo', { bio: 'Mantelzorg, Wmo en maatwerkvoorzieningen.' }), textScore: 0.5 },
  ];
  const ranked = (latentNeighbours: number) => {
    const saved = { ...MATCH_TUNING };
    // Only the neighbours: the question's own latent similarity would lift the Wmo colleague too.
    Object.assign(MATCH_TUNING, { lsa: 0, latentNeighbours });
    try {
      return rerankTrainers({ text: q, concepts: analyse(q, vocabulary), lsa }, hits, {}, cache);
    } finally {
      Object.assign(MATCH_TUNING, saved);
    }
  };
  const score = (r: RankedTrainer[], id: string) => r.find((x) => x.document.id === id)!.score;

  it('lifts a colleague whose profile lies close to the best match, never above it', () => {
    const off = ranked(0);
    const on = ranked(0.5);
    const gap = (r: RankedTrainer[]) => score(r, 'z-wmo') - score(r, 'a-inkoop');
    expect(gap(on)).toBeGreaterThan(gap(off) + 0.05);
    expect(on.map((r) => r.document.id)).toEqual(['best', 'z-wmo', 'a-inkoop']);
    expect(score(on, 'best')).toBe(score(off, 'best'));
  });
});
