/**
 * Writes SYNTHETIC back-office fixtures (run: npx tsx scripts/make-backoffice-fixtures.ts). They follow
 * shared/reference/pages-1688.md §3 (no real capture of these pages exists); each says so at its top.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { seededRandom } from './support/seeded-random';

const ROOT = resolve(import.meta.dirname, '..');
function write(path: string, text: string): void {
  const file = resolve(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const LISTINGS = [
  { id: '597090034012', title: '梵贞男士洗面奶补水护肤品套装', price: '2.88-25.65', stock: 18982, status: '出售中' },
  { id: '833454967766', title: '中性2024 BEST GIFT TYPE -C MINI WIRELESS CIGARETTE LIGHTER', price: '8.80', stock: 5000, status: '出售中' },
  { id: '700000000001', title: '2024秋冬新款加绒连帽卫衣女宽松一件代发', price: '28.50', stock: 1200, status: '出售中' },
  { id: '700000000002', title: '纯棉连帽卫衣批发 厂家直销', price: '25.00-32.00', stock: 0, status: '已下架' },
];

write(
  'tests/fixtures/sites/offer.1688.com/offer/manage.htm',
  `<!doctype html>
<!-- SYNTHETIC fixture (not a capture): 商品管理 · 出售中 list following shared/reference/pages-1688.md §3.1
     (search box #keyword, rows with a detail.1688.com title link and a 修改详情 link), made by
     scripts/make-backoffice-fixtures.ts. Shown inside work.1688.com in an iframe. -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>商品管理</title></head>
<body>
  <input id="keyword" placeholder="产品标题/货号">
  <table class="offer-list">
    <tr><th>商品</th><th>价格</th><th>库存</th><th>状态</th><th>操作</th></tr>
${LISTINGS.map(
  (
    l,
  ) => `    <tr class="offer-row"><td><a href="https://detail.1688.com/offer/${l.id}.html" title="${l.title}">${l.title}</a></td><td class="price">¥${l.price}</td><td class="stock">${l.stock}</td><td class="status">${l.status}</td>
        <td><a href="https://offer-new.1688.com/popular/publish.htm?id=${l.id}&operator=edit">修改详情</a></td></tr>`,
).join('\n')}
  </table>
</body></html>
`,
);

write(
  'tests/fixtures/sites/offer.1688.com/offer/manage~empty.html',
  `<!doctype html>
<!-- SYNTHETIC fixture (not a capture): an empty 出售中 list (the seller has no items on sale). -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>商品管理</title></head>
<body><table class="offer-list"><tr><th>商品</th><th>价格</th></tr></table><p>暂无数据</p></body></html>
`,
);

// 生意参谋 搜索词 (pages-1688.md §3.4): the page loads /ms/flow/getShopKeyWordWithWeb.json itself.
const TERMS: [string, number, number, number, number, number, number, number][] = [
  // term, reveal, uv, pv, clickRate, buyers, amount, searchIndex
  ['连帽卫衣女', 12000, 420, 510, 0.0425, 12, 3420.5, 18500],
  ['加绒连帽卫衣', 8000, 260, 300, 0.0375, 9, 2205, 9600],
  ['卫衣女宽松', 5000, 150, 170, 0.034, 3, 660, 12100],
  ['男士洗面奶', 3000, 90, 100, 0.0333, 4, 310, 7400],
  ['连帽卫衣批发', 2500, 120, 140, 0.056, 6, 1680, 3100],
];
const envelope = (value: number): unknown => ({ value, cycleCrc: { value: '0.0123' }, syncCrc: { value: '-0.0210' } });
write(
  'tests/fixtures/sites/sycm.1688.com/ms/flow/getShopKeyWordWithWeb.json',
  JSON.stringify({
    code: 0,
    message: 'SYNTHETIC fixture (not a capture): field names from pages-1688.md §3.4',
    data: {
      recordCount: TERMS.length,
      data: TERMS.map(([term, reveal, uv, pv, ctr, buyers, amount, index]) => ({
        exposeKeyword: term,
        keywordRevealCnt: envelope(reveal),
        uv: envelope(uv),
        pv: envelope(pv),
        clickRate: envelope(ctr),
        webClickRate: { value: 0.031 },
        leadPayByrCnt: envelope(buyers),
        leadPayAmt: { value: { value: String(amount) } },
        webSearchIndex: envelope(index),
        onlineItemCnt: envelope(Math.round(index * 2.5)),
      })),
    },
  }),
);
write(
  'tests/fixtures/sites/sycm.1688.com/ms/flow/keywords.htm',
  `<!doctype html>
<!-- SYNTHETIC fixture (not a capture): a 生意参谋 page that loads its 搜索词 table from its own JSON endpoint
     (cookie-authenticated GET under /ms/, pages-1688.md §3.4) and renders it. -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>生意参谋 - 搜索词</title></head>
<body><div id="app">加载中…</div>
<script>
  fetch('/ms/flow/getShopKeyWordWithWeb.json?dateType=month&dateRange=2026-10-01%7C2026-10-31&orderBy=keywordRevealCnt&page=1&pageSize=10', { credentials: 'include' })
    .then(function (r) { return r.json(); })
    .then(function (json) { document.getElementById('app').textContent = '搜索词 ' + json.data.recordCount + ' 个'; });
</script></body></html>
`,
);

// 已卖出的货品 (pages-1688.md §3.3): OrderListDataLineService.sellerOrderList, result as a JSON string, money in fen.
const r = seededRandom(99);
const provinces = ['浙江省 杭州市 西湖区', '广东省 广州市 天河区', '江苏省 苏州市 吴中区', '上海 上海市 浦东新区', '福建省 泉州市 晋江市'];
const statuses = ['success', 'success', 'success', 'waitbuyerreceive', 'waitsellersend', 'cancel'];
const base = Date.UTC(2026, 10, 24, 2); // 2026-11-24 10:00 China time
const orders = Array.from({ length: 40 }, (_, i) => {
  const buyer = `b***${1 + Math.floor(r() * 15)}`;
  const created = new Date(base - Math.floor(r() * 200) * 86_400_000 - Math.floor(r() * 12) * 3_600_000 + 8 * 3_600_000);
  const stamp = created.toISOString().replace('T', ' ').slice(0, 19);
  const entries = 1 + Math.floor(r() * 3 * r());
  return {
    id: 3000000000000 + i,
    idStr: String(3000000000000 + i),
    status: statuses[Math.floor(r() * statuses.length)],
    gmtCreate: stamp,
    gmtPayment: created.getTime() - 8 * 3_600_000 + 60_000,
    sumPayment: Math.round((20 + r() * 600) * 100),
    sumProductPayment: 0,
    carriage: 800,
    buyerInfo: { loginId: buyer, nick: buyer },
    sellerInfo: { companyName: '示例服饰有限公司', loginId: 'seller' },
    receiverInfo: { toArea: provinces[Math.floor(r() * provinces.length)], toMobile: '138****0000', toFullName: '张**' },
    orderEntries: Array.from({ length: entries }, (_, k) => ({
      entryId: i * 10 + k,
      sourceId: String(700000000001 + k),
      productName: '连帽卫衣',
      quantity: { calAmount: 2 },
      amount: 5000,
      actualUnitPrice: 2500,
    })),
  };
});
write(
  'tests/fixtures/sites/h5api.m.1688.com/h5/mtop.1688.trading.dataline.service/1.0/index.json',
  JSON.stringify({
    api: 'mtop.1688.trading.dataline.service',
    v: '1.0',
    ret: ['SUCCESS::调用成功'],
    data: { data: { result: JSON.stringify({ data: { data: orders, total: orders.length, pages: 1, pageSize: 50 } }) } },
  }),
);
write(
  'tests/fixtures/sites/work.1688.com/index~orders.html',
  `<!doctype html>
<!-- SYNTHETIC fixture (not a capture): 1688 工作台 已卖出的货品 (work.1688.com/?_path_=…/saleList). The order
     table is a shadow-DOM component on the live page, so the page's own order-list response is what is read:
     here it loads mtop.1688.trading.dataline.service by JSONP (pages-1688.md §3.3). -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>已卖出的货品 - 1688工作台</title></head>
<body><q-table id="orders">加载中…</q-table>
<script>
  window.mtopjsonp7 = function (res) {
    var list = JSON.parse(res.data.data.result).data.data;
    document.getElementById('orders').textContent = '订单 ' + list.length + ' 笔';
  };
  var s = document.createElement('script');
  s.src = 'https://h5api.m.1688.com/h5/mtop.1688.trading.dataline.service/1.0/?jsv=2.7.0&appKey=12574478&t=1&api=mtop.1688.trading.dataline.service&v=1.0&type=jsonp&dataType=jsonp&callback=mtopjsonp7&data=%7B%22serviceId%22%3A%22OrderListDataLineService.sellerOrderList%22%7D';
  document.head.appendChild(s);
</script></body></html>
`,
);

// A 商品效果 export as sellers download it (CSV with BOM, percent strings): the per-item figures no public
// endpoint documents (pages-1688.md §3.4 gap), imported from a file.
const itemRows = [
  ['597090034012', '梵贞男士洗面奶补水护肤品套装', 20000, 1600, '8.00%', 1200, 60, '5.00%', 1520.4],
  ['833454967766', '中性2024 BEST GIFT TYPE -C MINI WIRELESS CIGARETTE LIGHTER', 15000, 900, '6.00%', 700, 7, '1.00%', 616],
  ['700000000001', '2024秋冬新款加绒连帽卫衣女宽松一件代发', 30000, 600, '2.00%', 500, 20, '4.00%', 570],
  ['700000000002', '纯棉连帽卫衣批发 厂家直销', 8000, 80, '1.00%', 70, 0, '0.00%', 0],
];
write(
  'tests/fixtures/imports/商品效果_synthetic.csv',
  `\uFEFF商品ID,商品名称,曝光量,点击量,点击率,访客数,支付买家数,支付转化率,支付金额\r\n${itemRows.map((row) => row.join(',')).join('\r\n')}\r\n`,
);
console.log('back-office fixtures written');
