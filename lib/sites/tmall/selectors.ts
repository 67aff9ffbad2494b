/**
 * Legacy list.tmall.com result cards (pages-taobao.md "Tmall list page", older public scrapers ⚠).
 * Today most Tmall results are read from s.taobao.com cards that link to detail.tmall.com.
 */
export const TMALL_LIST = {
  /** `<div class="product" data-id="…">` inside `#J_ItemList`. */
  card: ['#J_ItemList .product', '.product[data-id]', 'div.product'],
  title: ['.productTitle a', '.productTitle'],
  /** `<em title="89.00">` */
  price: ['.productPrice em'],
  /** 月成交 `<span>月成交 <em>1.2万笔</em></span>` */
  sales: ['.productStatus span em', '.productStatus em'],
  shop: ['.productShop-name', '.productShop a'],
  image: ['.productImg img', '.productImg-wrap img'],
  link: ['.productTitle a', '.productImg'],
} as const;
