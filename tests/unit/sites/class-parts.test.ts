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

  it('looks only at elements that may carry a wanted name, and keeps the first in page order', () => {
    const card = document.createElement('a');
    card.innerHTML =
      '<div class="xtitle--a">not a title</div><div class="wrap--w"><span class="a b Card--title--c">一</span></div>' +
      '<span class="title--d">二</span><i class="priceFloat--p other--q">.5</i><b class="Shop--shopName--s">店</b>';
    const { parts, hasLabel } = indexCardParts(card, ['title', 'priceFloat', 'shopName', 'realSales'], ['广告']);
    expect(parts.get('title')?.textContent).toBe('一');
    expect(parts.get('priceFloat')?.textContent).toBe('.5');
    expect(parts.get('shopName')?.textContent).toBe('店');
    expect([...parts.keys()].sort()).toEqual(['priceFloat', 'shopName', 'title']);
    expect(hasLabel).toBe(false);
  });

  it('reads every class-bearing element when a name is not a plain identifier', () => {
    const card = document.createElement('a');
    card.innerHTML = '<div class="a.b--x">x</div><div class="title--t">t</div>';
    const { parts } = indexCardParts(card, ['a.b', 'title']);
    expect(parts.get('a.b')?.textContent).toBe('x');
    expect(parts.get('title')?.textContent).toBe('t');
    expect(indexCardParts(card, []).parts.size).toBe(0);
  });
});
