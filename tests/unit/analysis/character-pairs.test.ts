import * as jieba from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { encodeCount, readCharacterPairs, type CharacterPairs } from '../../../lib/analysis/character-pairs';
import pairData from '../../../lib/analysis/data/character-pairs.json';
import { createSegmenter } from '../../../lib/analysis/segment';

/** Pairs that say nothing: every side equally likely. */
const even: CharacterPairs = { cohesion: () => 0, seen: () => true, knows: () => true, endsWords: () => 0 };

describe('character pairs', () => {
  it('codes counts to half a power of two and reads them back', () => {
    const data = {
      characters: 1000,
      minPairCount: 3,
      characterCounts: `衣${encodeCount(128)}服${encodeCount(128)}韩${encodeCount(128)}`,
      pairs: `衣服${encodeCount(64)}服韩${encodeCount(4)}`,
      wordEdges: `服${encodeCount(1)}${encodeCount(16)}`,
    };
    const pairs = readCharacterPairs(data);
    // 衣服: 64 together, each character 128 times, 1000 characters → ln(64.5 × 1000 / 129²) ≈ 1.36.
    expect(pairs.cohesion('衣', '服')).toBeCloseTo(Math.log((64.5 * 1000) / (129 * 129)), 1);
    expect(pairs.cohesion('衣', '服')).toBeGreaterThan(pairs.cohesion('服', '韩'));
    // An unseen pair is unlikely, not impossible.
    expect(Number.isFinite(pairs.cohesion('韩', '衣'))).toBe(true);
    expect(pairs.cohesion('韩', '衣')).toBeLessThan(pairs.cohesion('服', '韩'));
    // 服 ends 15 words for every one it begins: ln 16 ≈ 2.77; an unknown character leans nowhere.
    expect(pairs.endsWords('服')).toBeCloseTo(Math.log(16), 1);
    expect(pairs.endsWords('龘')).toBe(0);
    expect(encodeCount(1)).toBe('0');
    expect(encodeCount(2 ** 40)).toBe('-');
  });

  it('the shipped table was learned from the listed sources at fixed commits and holds what titles write together', () => {
    expect(pairData.sources.length).toBeGreaterThanOrEqual(3);
    for (const source of pairData.sources) {
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(source.lines).toBeGreaterThan(1000);
    }
    expect(pairData.pairs.length % 3).toBe(0);
    const pairs = readCharacterPairs(pairData);
    expect(pairs.cohesion('连', '衣')).toBeGreaterThan(pairs.cohesion('衣', '连'));
    expect(pairs.cohesion('补', '水')).toBeGreaterThan(pairs.cohesion('水', '补'));
    expect(pairs.endsWords('服')).toBeGreaterThan(0);
    expect(pairs.endsWords('防')).toBeLessThan(0);
  });

  it('a stray character goes to the word the pairs name, and without a clear lead the rules of thumb decide', () => {
    // jieba cuts 有线控通话 (wired remote, calls) into 有线 / 控 / 通话; 控 is a fragment between two words.
    const leaning = (side: 'left' | 'right'): CharacterPairs => ({
      ...even,
      cohesion: (a, b) => ((side === 'left' ? a === '线' : b === '通') && (a === '控' || b === '控') ? 5 : 0),
    });
    expect(createSegmenter(jieba, [], leaning('left')).cut('有线控通话')).toEqual(['有线控', '通话']);
    expect(createSegmenter(jieba, [], leaning('right')).cut('有线控通话')).toEqual(['有线', '控通话']);
    // Even evidence: both neighbours are as long, and 控 is a verb, so it takes the word after it, as before the pairs.
    expect(createSegmenter(jieba, [], even).cut('有线控通话')).toEqual(['有线', '控通话']);
    expect(createSegmenter(jieba, [], null).cut('有线控通话')).toEqual(['有线', '控通话']);
    // The shipped table knows 线控 (titles write 有线控, 线控耳机).
    expect(createSegmenter(jieba).cut('有线控通话')).toEqual(['有线控', '通话']);
  });

  it('a measure word takes a fragment only when real titles clearly pair them; 的 never does', () => {
    // 个 stands alone (3 个), so without pairs 月 goes to 儿童; titles write 个月 together.
    expect(createSegmenter(jieba, [], null).cut('宝宝6个月儿童')).toEqual(['宝宝', '6', '个', '月儿童']);
    expect(createSegmenter(jieba).cut('宝宝6个月儿童')).toEqual(['宝宝', '6', '个月', '儿童']);
    expect(createSegmenter(jieba, [], even).cut('宝宝6个月儿童')).toEqual(['宝宝', '6', '个', '月儿童']);
    const towardDe: CharacterPairs = { ...even, cohesion: (a) => (a === '的' ? 9 : 0) };
    expect(createSegmenter(jieba, [], towardDe).cut('林徽因的书散文')).not.toContain('的书');
    // A bound prefix still takes the word after it, whatever a stand-alone neighbour before it pairs with.
    const towardBowl: CharacterPairs = { ...even, cohesion: (a) => (a === '碗' ? 9 : 0) };
    expect(createSegmenter(jieba, [], towardBowl).cut('碗非一次性')).toEqual(['碗', '非一次性']);
  });

  it('a character the titles never use is left to the rules of thumb', () => {
    const unknown: CharacterPairs = { ...even, knows: () => false, cohesion: (a, b) => (a === '线' && b === '控' ? 9 : 0) };
    expect(createSegmenter(jieba, [], unknown).cut('有线控通话')).toEqual(['有线', '控通话']);
  });
});
