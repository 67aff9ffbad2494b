/**
 * E-commerce user dictionary for the segmenter, kept as data. Each word is added to jieba so that
 * product, attribute, marketing and audience words are cut whole (default jieba cuts 连帽卫衣 → 连帽/卫衣,
 * ins风 → ins/风, 1.5匹 → 1.5/匹, 低帮板鞋 → 低/帮板/鞋, 中长款 → 中/长款; shared/reference/toolchain.md),
 * and its class is the word's default class in the word bank (domain-rules.md §2 keyword types).
 * Keep compounds out unless sellers treat them as one word (厂家直销, 一件代发): the bank should see 秋冬 and
 * 新款, not 秋冬新款. Add words freely; keep each in one class.
 */
export type WordClass = '核心/类目词' | '属性词' | '营销词' | '修饰/场景/人群词' | '品牌词' | '数字/型号' | '其他';

export const WORD_CLASSES: readonly WordClass[] = ['核心/类目词', '属性词', '营销词', '修饰/场景/人群词', '品牌词', '数字/型号', '其他'];

const words = (text: string): string[] => text.trim().split(/\s+/);

/** What the product is: category and product nouns. */
const PRODUCT = words(`
  连帽卫衣 卫衣 连帽衫 外套 上衣 T恤 短袖T恤 衬衫 polo衫 连衣裙 半身裙 百褶裙 牛仔裤 阔腿裤 休闲裤 运动裤 打底裤 工装裤
  羽绒服 棉服 棉衣 风衣 夹克 冲锋衣 针织衫 毛衣 开衫 马甲 西装 大衣 短裤 背心 吊带 睡衣 家居服 套装 运动套装 女装 男装 童装
  手机壳 保温杯 水杯 杯子 收纳盒 数据线 充电器 耳机 凉鞋 单鞋 运动鞋 板鞋 低帮板鞋 高帮板鞋 帆布鞋 老爹鞋 拖鞋 靴子 马丁靴
  双肩包 帆布包 手提包 斜挎包 托特包 帽子 棒球帽 渔夫帽 围巾 袜子 空调 挂机 柜机 广告机 立式广告机 一体机 化妆品 护肤品 面膜
`);

/** Material, function, cut, colour, size, style details. */
const ATTRIBUTE = words(`
  加绒 加厚 宽松 修身 纯棉 棉质 重磅 薄款 厚款 短款 中长款 长款 长袖 短袖 圆领 立领 V领 拉链 套头 刺绣 印花
  纯色 条纹 格子 碎花 大码 oversize 防水 防滑 透气 速干 保暖 磁吸 不锈钢 大容量 变频 冷暖 一级能效 1.5匹 真丝 雪纺 亚麻
  牛仔 针织 冰丝 莫代尔 液晶 立式 高腰 直筒 落肩 字母 卡通 无帽 连帽 磨毛 摇粒绒 羊羔毛 华夫格 美拉德
`);

/** Promotion and trade words. */
const MARKETING = words(`
  新款 爆款 热卖 包邮 特价 清仓 现货 一件代发 厂家直销 批发 工厂货源 源头工厂 跨境 外贸 正品
  官方 潮牌 网红 厂家 直销 代发 工厂直销
`);

/** Season, scene, audience and style modifiers. */
const MODIFIER = words(`
  女 男 女款 男款 男女同款 情侣 情侣装 学生 学生党 儿童 女童 男童 宝宝 中老年 妈妈 小个子 胖mm 韩版 ins风 ins潮 复古 美式
  日系 港风 法式 慵懒风 百搭 休闲 运动 通勤 简约 高级感 洋气 显瘦 春季 夏季 秋季 冬季 秋冬 春秋 春秋款 秋冬款 冬款 夏款
  户外 办公室 居家 学院风 工装风 街头 bf风 设计感 小众
`);

export const ECOMMERCE_WORDS: ReadonlyMap<string, WordClass> = new Map<string, WordClass>([
  ...PRODUCT.map((w) => [w, '核心/类目词'] as const),
  ...ATTRIBUTE.map((w) => [w, '属性词'] as const),
  ...MARKETING.map((w) => [w, '营销词'] as const),
  ...MODIFIER.map((w) => [w, '修饰/场景/人群词'] as const),
]);
