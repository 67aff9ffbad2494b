import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { assembleTop60 } from '../../../lib/analysis/top60';
import type { SearchItem } from '../../../lib/model/records';
import { parseSearchPage } from '../../../lib/sites/search-page';
import { BENCH_EXTENSION_DIR } from '../chromium';

/** The keyword of those result pages. */
export const BENCH_KEYWORD = '连帽卫衣女';

/** The organic titles of the Taobao page 1 + 2 fixtures (60) as the benchmark set, plus a title being typed. */
export function loadBenchTitles(): { items: SearchItem[]; typed: string } {
  const base = 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';
  const pages = [
    ['s.taobao.com/search.html', base],
    ['s.taobao.com/search~p2.html', `${base}&page=2`],
  ].map(([file, url]) => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/sites', file!), 'utf8');
    const doc = new new Window({ url: url! }).DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const parsed = parseSearchPage(doc, url!);
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.value;
  });
  return { items: assembleTop60(pages).items, typed: '2024秋冬新款连帽卫衣女加绒加厚宽松ins风学生百搭外套上衣潮牌' };
}

/** Every prefix of the typed title: what the scorer sees keystroke by keystroke. */
export function keystrokes(typed: string): string[] {
  const chars = [...typed];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

/** The wasm file of the bench build (served at chrome-extension://<id>/assets/<name>). */
export function benchWasmPath(): string {
  const dir = resolve(BENCH_EXTENSION_DIR, 'assets');
  const name = readdirSync(dir).find((f) => f.endsWith('.wasm'));
  if (!name) throw new Error('no wasm in the bench build');
  return `assets/${name}`;
}
