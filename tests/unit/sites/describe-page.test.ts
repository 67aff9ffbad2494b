import { describe, expect, it } from 'vitest';
import { describePage, shouldReport } from '../../../lib/sites/describe-page';

describe('describePage (content-script side)', () => {
  it('never throws on a malformed URL or a document whose title getter throws', () => {
    const hostile = {
      get title(): string {
        throw new Error('boom');
      },
    };
    const report = describePage('::::', hostile, true);
    expect(report).toMatchObject({ kind: 'unknown', platform: null, title: '' });
  });

  it('reports the top frame always and sub-frames only when known', () => {
    expect(shouldReport(describePage('https://www.taobao.com/', { title: '淘宝' }, true))).toBe(true);
    expect(shouldReport(describePage('https://g.alicdn.com/frame.html', { title: '' }, false))).toBe(false);
    expect(shouldReport(describePage('https://offer.1688.com/offer/manage.htm?show_type=valid', { title: '' }, false))).toBe(true);
  });

  it('caps very long titles and URLs', () => {
    const report = describePage(`https://s.taobao.com/search?q=${'a'.repeat(5000)}`, { title: 'x'.repeat(900) }, true);
    expect(report.title.length).toBe(500);
    expect(report.url.length).toBe(4096);
  });
});
