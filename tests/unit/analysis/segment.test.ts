import { describe, expect, it } from 'vitest';
import { isWord } from '../../../lib/analysis/segment';
import { nodeSegmenter } from '../../support/segmenter';

describe('segmentation with the e-commerce dictionary', () => {
  const seg = nodeSegmenter(['梵贞']);

  // Each case is one that default jieba gets wrong (shared/reference/toolchain.md).
  it.each([
    ['连帽卫衣女加绒', ['连帽卫衣', '女', '加绒']],
    ['ins风卫衣', ['ins风', '卫衣']],
    ['格力1.5匹新一级能效变频冷暖空调挂机', ['格力', '1.5匹', '新', '一级能效', '变频', '冷暖', '空调', '挂机']],
    ['低帮板鞋女', ['低帮板鞋', '女']],
    ['女中长款风衣', ['女', '中长款', '风衣']],
    ['连帽卫衣一件代发厂家直销', ['连帽卫衣', '一件代发', '厂家', '直销']],
    // Real 1688 title (samples/1688/detail_INIT_DATA_597090034012), brand from the user's own words.
    ['梵贞男士洗面奶补水护肤品套装', ['梵贞', '男士', '洗面奶', '补水', '护肤品', '套装']],
  ])('%s', (title, expected) => {
    expect(seg.cut(title)).toEqual(expected);
  });

  // Heads that are words of their own (粉, 条, 号), 男 + 女包, compounds of jieba's dictionary, and the cost of
  // each extra word: each case cut wrongly before (parts of real titles in tests/fixtures/titles).
  it.each([
    ['黑芝麻核桃桑葚粉黑米黑豆粉', ['黑芝麻', '核桃', '桑葚粉', '黑米', '黑豆粉']],
    ['运动套装带反光条', ['运动套装', '带', '反光条']],
    ['成人纸尿裤特大号', ['成人', '纸尿裤', '特大号']],
    ['帆布男女包', ['帆布', '男女', '包']],
    ['汽车坐垫冬季加厚', ['汽车', '坐垫', '冬季', '加厚']],
    ['帽子春夏秋冬', ['帽子', '春夏秋冬']],
    // Not a head here: 粉色 is a word, 粉 after a style or colour word is a colour, and a count keeps its measure word.
    ['桑葚粉色', ['桑葚', '粉色']],
    ['女款粉', ['女款', '粉']],
    ['浅色粉口红', ['浅色', '粉', '口红']],
    ['几十万条', ['几十万', '条']],
    ['收边条5米', ['收边条', '5', '米']],
    // A unit after a number ends the quantity: it took the word after it (年新款, 岁小学生, 色遮瑕盘) before.
    ['24年新款时尚女包', ['24', '年', '新款', '时尚', '女包']],
    ['11岁小学生书包', ['11', '岁', '小学生', '书包']],
    ['6色遮瑕盘', ['6', '色', '遮瑕盘']],
    ['19款奥德赛脚垫', ['19', '款', '奥德赛', '脚垫']],
    ['２段奶粉', ['２', '段', '奶粉']],
    ['1元话费快充', ['1', '元', '话费', '快充']],
    ['冬季被子1.5米床宿舍', ['冬季', '被子', '1.5', '米', '床', '宿舍']],
    ['5双袜子男', ['5', '双', '袜子', '男']],
    // A unit that begins a word stays in it (包邮, 米色), and so does one with a character that is no word alone (号色).
    ['3包邮', ['3', '包邮']],
    ['2米色窗帘', ['2', '米色', '窗帘']],
    ['迪奥999号色口红正品', ['迪奥', '999', '号色', '口红', '正品']],
    ['4色号', ['4', '色号']],
  ])('%s', (title, expected) => {
    expect(seg.cut(title)).toEqual(expected);
  });

  it('never splits a word the user added (设置 → 自定义词), even one that looks like a news compound', () => {
    expect(nodeSegmenter(['汽车坐垫']).cut('汽车坐垫四件套纯棉')).toEqual(['汽车坐垫', '四件套', '纯棉']);
  });

  it('tokens keep offsets of every piece, separators included', () => {
    const title = '卫衣 女';
    const tokens = seg.tokens(title);
    expect(tokens.map((t) => title.slice(t.start, t.end))).toEqual(tokens.map((t) => t.word));
    expect(tokens.map((t) => t.word)).toEqual(['卫衣', ' ', '女']);
  });

  it('drops punctuation and spaces from words', () => {
    expect(seg.cut('【包邮】卫衣, 女!')).toEqual(['包邮', '卫衣', '女']);
    expect(isWord('，')).toBe(false);
    expect(isWord('2024')).toBe(true);
  });
});
