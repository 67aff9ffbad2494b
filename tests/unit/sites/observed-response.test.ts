import { describe, expect, it } from 'vitest';
import { ObservedResponses, readObservedMessage } from '../../../lib/sites/observed-response';

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
});
