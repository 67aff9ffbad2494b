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
