import { describe, expect, it } from 'vitest';
import {
  ECOMMERCE_WORDS,
  FUNCTION_CHARACTERS,
  PREFIX_CHARACTERS,
  STANDALONE_CHARACTERS,
  WORD_LISTS,
} from '../../../lib/analysis/data/ecommerce-words';

describe('e-commerce dictionary', () => {
  it('keeps each word in one class, and single characters out of the word lists', () => {
    const seen = new Map<string, string>();
    for (const [cls, list] of Object.entries(WORD_LISTS)) {
      for (const word of list) {
        expect(seen.get(word), `${word} is in ${seen.get(word)} and ${cls}`).toBeUndefined();
        seen.set(word, cls);
        expect([...word].length, word).toBeGreaterThan(1);
      }
    }
    expect(ECOMMERCE_WORDS.size).toBe(seen.size);
  });

  it('covers categories beyond apparel', () => {
    for (const word of ['斜挎包', '玻尿酸', '钢化膜', '黑芝麻糊', '汽车用品', '猫粮', '瑜伽垫', '自攻螺丝', '手账'])
      expect(ECOMMERCE_WORDS.has(word), word).toBe(true);
  });

  it('standalone, function and prefix characters are three separate sets', () => {
    for (const c of STANDALONE_CHARACTERS.keys()) {
      expect(FUNCTION_CHARACTERS.has(c), c).toBe(false);
      expect(PREFIX_CHARACTERS.has(c), c).toBe(false);
    }
    for (const c of FUNCTION_CHARACTERS) expect(PREFIX_CHARACTERS.has(c), c).toBe(false);
  });
});
