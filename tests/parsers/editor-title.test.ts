import { describe, expect, it } from 'vitest';
import { findTitleField, writeFieldValue } from '../../lib/sites/editor-title';
import { loadFixtureDocument } from './load-fixture';

describe('listing editor title field', () => {
  it('finds the 1688 title by its 建议使用 placeholder, not another input', () => {
    const doc = loadFixtureDocument(
      'offer-new.1688.com/popular/publish.htm',
      'https://offer-new.1688.com/popular/publish.htm?id=1&operator=edit',
    );
    expect(findTitleField(doc, '1688')?.id).toBe('offer-title');
  });

  it('finds the Taobao title by name, not the price field', () => {
    const doc = loadFixtureDocument('item.upload.taobao.com/sell/publish.htm', 'https://item.upload.taobao.com/sell/publish.htm?itemId=1');
    expect(findTitleField(doc, 'taobao')?.value).toBe('冬季连帽卫衣女');
    expect(findTitleField(doc, 'tmall')?.getAttribute('name')).toBe('title');
  });

  it('returns null when the form has not rendered the field', () => {
    const doc = loadFixtureDocument('www.taobao.com/index.html', 'https://www.taobao.com/');
    expect(findTitleField(doc, 'taobao')).toBeNull();
  });

  it('writes through the native setter and fires input and change', () => {
    const doc = loadFixtureDocument('item.upload.taobao.com/sell/publish.htm', 'https://item.upload.taobao.com/sell/publish.htm');
    const field = findTitleField(doc, 'taobao')!;
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(`input:${field.value}`));
    field.addEventListener('change', () => seen.push(`change:${field.value}`));
    // An instance-level override, as React installs, must be bypassed.
    let instanceSets = 0;
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => (Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.get as () => string).call(field),
      set: () => {
        instanceSets++;
      },
    });
    writeFieldValue(field, '连帽卫衣女加绒');
    expect(instanceSets).toBe(0);
    expect(seen).toEqual(['input:连帽卫衣女加绒', 'change:连帽卫衣女加绒']);
  });
});
