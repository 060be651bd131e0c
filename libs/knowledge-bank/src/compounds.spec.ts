import { compoundHead, partPosition, splitCompound, wordList } from './compounds.js';

describe('splitCompound (OpenTaal word list)', () => {
  it('splits compounds into listed words with their linking sounds', () => {
    expect(splitCompound('omgevingsvergunningsaanvraag')).toEqual(['omgeving', 'vergunning', 'aanvraag']);
    expect(splitCompound('informatiebeveiliging')).toEqual(['informatie', 'beveiliging']);
    expect(splitCompound('participatiewet')).toEqual(['participatie', 'wet']);
    expect(splitCompound('subsidieadviseurs')).toEqual(['subsidie', 'adviseurs']);
    expect(splitCompound('netcongestie')).toEqual(['net', 'congestie']);
    expect(compoundHead('horecavergunning')).toBe('vergunning');
  });

  it('leaves plain words, prefixes and suffixes alone', () => {
    for (const w of ['overheid', 'mediation', 'aanvraag', 'bijstand', 'bestuurder', 'training', 'organisatie', 'ai'])
      expect(splitCompound(w)).toEqual([w]);
  });

  it('reads the list once, lazily, in well under a second', () => {
    const started = performance.now();
    expect(wordList().size).toBeGreaterThan(100_000);
    expect(wordList()).toBe(wordList());
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('tells a shared head from a shared modifier', () => {
    expect(partPosition('omgevingsvergunning', 'vergunning')).toBe('head');
    expect(partPosition('omgevingsvisie', 'omgeving')).toBe('modifier');
    expect(partPosition('mediatraining', 'media')).toBe('modifier');
    expect(partPosition('omgevingsvergunning', 'gunning')).toBeNull();
  });
});
