import {
  choicesNeeded,
  fromRanks,
  moveItem,
  toggleItem,
  toRanks,
} from '../../apps/web/src/features/programmes/ranking.ts';

describe('the choice form’s ranked list', () => {
  it('moves an item one place up or down and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a'], 5, 1)).toEqual(['a']);
  });

  it('keeps every item once, whatever the moves (seeded random walk)', () => {
    let seed = 7;
    const random = () => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    let list = ['a', 'b', 'c', 'd', 'e'];
    for (let i = 0; i < 500; i++) {
      const index = Math.floor(random() * list.length);
      list = moveItem(list, index, random() < 0.5 ? -1 : 1);
      expect([...list].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    }
  });

  it('adds a new choice last and takes one out without changing the others', () => {
    expect(toggleItem(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleItem(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('asks for three choices, or all when there are fewer', () => {
    expect(choicesNeeded(10)).toBe(3);
    expect(choicesNeeded(3)).toBe(3);
    expect(choicesNeeded(2)).toBe(2);
    expect(choicesNeeded(0)).toBe(0);
  });

  it('sends ranks from 1 in list order and reads them back in that order', () => {
    expect(toRanks(['x', 'y'])).toEqual([
      { moduleId: 'x', rank: 1 },
      { moduleId: 'y', rank: 2 },
    ]);
    expect(
      fromRanks(
        [
          { moduleId: 'y', rank: 2 },
          { moduleId: 'gone', rank: 3 },
          { moduleId: 'x', rank: 1 },
        ],
        ['x', 'y'],
      ),
    ).toEqual(['x', 'y']);
  });
});
