/**
 * The province of a ship-from or ship-to text: "浙江 杭州" → 浙江, "广东省肇庆市" → 广东,
 * "浙江省 杭州市 西湖区" → 浙江, "上海" → 上海. Unknown → null.
 */
export function readProvince(place: string | null | undefined): string | null {
  if (!place) return null;
  const first = place.trim().split(/\s+/)[0] ?? '';
  const province = /^(.+?)(省|自治区|特别行政区)/.exec(first)?.[1] ?? first.replace(/市.*$/, '');
  return province || null;
}

/** Province-level names as they start a ship-from line ("浙江 杭州", "广东广州", "上海"). */
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
/** Cities sellers ship from, shown without their province (义乌, 东莞 …), and places abroad. */
const CITIES =
  '义乌|杭州|广州|深圳|东莞|佛山|中山|温州|宁波|苏州|泉州|厦门|晋江|石狮|莆田|汕头|揭阳|潮州|金华|永康|台州|嘉兴|湖州|绍兴|南通|常州|无锡|南京|青岛|临沂|济南|郑州|成都|武汉|长沙|合肥|保定|白沟|沧州|天门|昆明|西安|沈阳|大连|海外|韩国|日本|美国|英国|法国|德国|澳大利亚|泰国|意大利';
const LABEL = /^(?:发货地?|所在地|产地|发货|配送)[:：]?\s*/;
// Province, then perhaps a city or district ("浙江 杭州", "广东广州", "浙江省金华市"); or a city alone ("义乌").
const PLACE_LINE = new RegExp(
  `^(?:(?:${PROVINCES})(?:省|市|自治区)?(?:\\s*[\\u4e00-\\u9fa5]{2,3}(?:市|区|县)?)?|(?:${CITIES})(?:市)?(?:\\s+[\\u4e00-\\u9fa5]{2,3}(?:区|县)?)?)$`,
);

/**
 * A short line that names a place and nothing else: "浙江 杭州", "广东广州", "义乌", "发货地 浙江杭州". Returns the
 * place without its label, or null. A shop named after its city (嘉兴宠物用品批发, 义乌杯壶源头店) is not a place.
 * Used to find the ship-from line of a card whatever its markup.
 */
export function readPlaceLine(text: string): string | null {
  const place = text.replace(/\s+/g, ' ').trim().replace(LABEL, '');
  if (place.length > 12 || !PLACE_LINE.test(place)) return null;
  return place;
}
