// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexCardParts, logicalClassName } from '../../../lib/sites/class-parts';

describe('logicalClassName', () => {
  it.each([
    ['priceInt--yqqZMJ5a', 'priceInt'],
    ['Price--priceInt--ZlsSi_M', 'priceInt'],
    ['Title--title--jCOPvpf', 'title'],
    ['title--qJ7Xg_90', 'title'],
    ['MainPic--mainPicWrapper--iv9Yv90', 'mainPicWrapper'],
    ['search-content-col', null],
    ['--x', null],
  ])('%s → %s', (token, name) => expect(logicalClassName(token)).toBe(name));
});

describe('indexCardParts', () => {
  it('finds the first element per logical name and a leaf label', () => {
    const card = document.createElement('a');
    card.innerHTML =
      '<div class="subtitle--aa">x</div><div class="title--q1 other">标题</div><span class="Price--priceInt--z">68</span><div><span>广告</span></div>';
    const { parts, hasLabel } = indexCardParts(card, ['title', 'priceInt', 'sales'], ['广告']);
    expect(parts.get('title')?.textContent).toBe('标题');
    expect(parts.get('priceInt')?.textContent).toBe('68');
    expect(parts.has('sales')).toBe(false);
    expect(hasLabel).toBe(true);
  });
});
