// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SearchItem } from '../../../lib/model/records';
import { locateCards } from '../../../lib/sites/locate-cards';
import { makeSearchItem } from '../../support/search-item';

function item(position: number, itemId: string, detailUrl: string | null): SearchItem {
  return makeSearchItem({ position, itemId, title: `item ${itemId}`, priceMin: 1, priceMax: 1, detailUrl });
}

function page(html: string): Document {
  document.body.innerHTML = html; // test markup only
  return document;
}

describe('locateCards', () => {
  it('finds a card by its exact detail link, protocol-relative links included, and climbs to the card root', () => {
    const doc = page(`
      <div data-nid="1" id="c1"><a href="https://item.taobao.com/item.htm?id=1">a</a></div>
      <div class="item" id="c2"><a href="//item.taobao.com/item.htm?id=2">b</a></div>`);
    const found = locateCards(doc, [
      item(1, '1', 'https://item.taobao.com/item.htm?id=1'),
      item(2, '2', 'https://item.taobao.com/item.htm?id=2'),
    ]);
    expect(found.get(1)?.id).toBe('c1');
    expect(found.get(2)?.id).toBe('c2');
  });

  it('falls back to an id in an attribute or a link when the detail link is not on the page, or missing', () => {
    const doc = page(`
      <div class="item" id="c1"><a href="https://item.taobao.com/item.htm?spm=x&id=11">a</a></div>
      <div class="item" id="c2" data-offer-id="22"></div>
      <a id="item_id_33" class="item">c</a>`);
    const found = locateCards(doc, [
      item(1, '11', 'https://item.taobao.com/item.htm?id=11'),
      item(2, '22', null),
      item(3, '33', 'https://elsewhere.example/33'),
      item(4, '44', null),
    ]);
    expect(found.get(1)?.id).toBe('c1');
    expect(found.get(2)?.id).toBe('c2');
    expect(found.get(3)?.id).toBe('item_id_33');
    expect(found.has(4)).toBe(false);
  });

  it('takes the first element in page order for a link or an id seen twice', () => {
    const doc = page(`
      <div class="item" id="first"><a href="https://item.taobao.com/item.htm?id=5">a</a></div>
      <div class="item" id="second"><a href="https://item.taobao.com/item.htm?id=5">b</a></div>
      <div class="item" id="third" data-nid="6"></div>
      <div class="item" id="fourth" data-nid="6"></div>`);
    const found = locateCards(doc, [item(1, '5', 'https://item.taobao.com/item.htm?id=5'), item(2, '6', null)]);
    expect(found.get(1)?.id).toBe('first');
    expect(found.get(2)?.id).toBe('third');
  });
});
