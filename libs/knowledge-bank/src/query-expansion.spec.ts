import { buildVocabulary } from './analyzer.js';
import { EXPANSION_TAGS, expansionConcepts } from './query-expansion.js';
import { trainerDocument } from './trainer-document.fixture.js';

const vocabulary = buildVocabulary({ avg: ['privacy'] });

const doc = (id: string, expertise: string[], courseTopics: string[] = []) =>
  trainerDocument(id, { expertise, courseTopics });

describe('expansionConcepts (query-side relevance feedback)', () => {
  const best = doc('best', ['Woo', 'openbaarmaking', 'archiefwet'], ['informatiehuishouding']);
  const second = doc('second', ['Woo', 'lakken'], []);
  const others = [doc('a', ['archiefwet']), doc('b', ['archiefwet']), doc('c', ['projectmanagement'])];
  const candidates = [best, second, ...others];

  it('adds the best matches’ tags the question lacks, rarest among the candidates first', () => {
    const concepts = expansionConcepts(
      [best, second, ...others],
      candidates,
      [{ term: 'woo', variants: ['woo'] }],
      vocabulary,
    );
    const terms = concepts.map((c) => c.term);
    expect(terms).not.toContain('woo');
    expect(terms).toEqual(expect.arrayContaining(['openbaarmaking', 'informatiehuishouding', 'lakken', 'archiefwet']));
    // Shared by three candidates, archiefwet tells the least: it comes after the rare tags.
    expect(terms.indexOf('archiefwet')).toBeGreaterThan(terms.indexOf('openbaarmaking'));
    expect(terms).not.toContain('projectmanagement');
  });

  it('reads only the best two matches and at most EXPANSION_TAGS tags', () => {
    const many = doc(
      'many',
      ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht'].map((t) => `${t}tag`),
    );
    const concepts = expansionConcepts([many, second, best], [many, second, best], [], vocabulary);
    expect(concepts.length).toBeLessThanOrEqual(EXPANSION_TAGS);
    expect(concepts.map((c) => c.term)).not.toContain('openbaarmaking');
  });

  it('gives nothing when the best matches have no tags beyond the question', () => {
    expect(
      expansionConcepts(
        [second],
        [second],
        [
          { term: 'woo', variants: ['woo'] },
          { term: 'lakken', variants: ['lakken'] },
        ],
        vocabulary,
      ),
    ).toEqual([]);
  });

  it('expands a tag with the vocabulary, as a question would be', () => {
    const concepts = expansionConcepts([doc('p', ['AVG'])], [doc('p', ['AVG'])], [], vocabulary);
    expect(concepts).toEqual([{ term: 'avg', variants: ['avg', 'privacy'] }]);
  });
});
