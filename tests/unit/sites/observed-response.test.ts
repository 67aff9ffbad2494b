import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, ObservedResponses, readObservedMessage, readObservedShape } from '../../../lib/sites/observed-response';

const PAGE = 'https://s.taobao.com/search?q=a';
const API = 'https://h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/?t=';

describe('ObservedResponses', () => {
  it('keeps a response delivered twice once (going back to page 1, a replayed buffer), per page', () => {
    const responses = new ObservedResponses();
    const body = JSON.stringify({ data: { itemsArray: [{ item_id: '1' }] } });
    for (const t of [1, 2]) responses.add(readObservedMessage({ pageUrl: PAGE, requestUrl: `${API}${t}`, body })!);
    responses.add(readObservedMessage({ pageUrl: PAGE, requestUrl: `${API}3`, body: body.replace('"1"', '"2"') })!);
    responses.add(readObservedMessage({ pageUrl: `${PAGE}#x`, requestUrl: `${API}4`, body: { state: 1 } })!);
    responses.add(readObservedMessage({ pageUrl: PAGE, requestUrl: `${API}5`, body: { state: 1 } })!);
    expect(responses.forPage(PAGE)).toHaveLength(3);
    expect(responses.forPage(`${PAGE}&page=2`)).toHaveLength(0);
  });

  it('refuses messages that are not an observed API response', () => {
    expect(readObservedMessage({ pageUrl: PAGE, requestUrl: 'https://evil.example/api', body: '{}' })).toBeNull();
    expect(readObservedMessage({ pageUrl: PAGE, requestUrl: `${API}1`, body: '{oops' })).toBeNull();
  });

  it('checks the shape of what the page world sent: lengths, a text or plain-object body, nothing else kept', () => {
    const ok = { pageUrl: PAGE, requestUrl: `${API}1`, body: '{}' };
    expect(readObservedShape({ ...ok, extra: 'dropped' })).toEqual(ok);
    expect(readObservedShape({ ...ok, body: { state: 1 } })).toEqual({ ...ok, body: { state: 1 } });
    for (const bad of [
      null,
      'text',
      [ok],
      { ...ok, pageUrl: 1 },
      { ...ok, pageUrl: `${PAGE}${'x'.repeat(4096)}` },
      { ...ok, requestUrl: `${API}${'x'.repeat(8192)}` },
      { ...ok, requestUrl: undefined },
      { ...ok, body: 'x'.repeat(MAX_BODY_CHARS + 1) },
      { ...ok, body: [1, 2] },
      { ...ok, body: null },
      { ...ok, body: new Date() },
      Object.assign(Object.create({ inherited: true }) as object, ok),
    ]) {
      expect(readObservedShape(bad)).toBeNull();
    }
  });
});
