import { foldLatin } from '../../text/fold-latin';

/**
 * E-commerce user dictionary for the segmenter, kept as data. Each word is added to jieba so that
 * product, attribute, marketing, audience and brand words are cut whole (default jieba cuts 连帽卫衣 → 连帽/卫衣,
 * ins风 → ins/风, 低帮板鞋 → 低/帮板/鞋; shared/reference/toolchain.md), and its class is the word's
 * default class in the word bank (domain-rules.md §2 keyword types).
 *
 * Words are what a shopper types or a seller calls a 词根, across categories (apparel, shoes, bags, beauty,
 * digital, home, kitchen, appliances, food, car, baby and toys, pets, sports, jewellery and watches,
 * tools, stationery). Keep compounds out unless sellers treat them as one word (一件代发): the bank
 * should see 秋冬 and 新款, not 秋冬新款. Each word in one class (a unit test checks). Single characters
 * stay out: the segmenter keeps them as they are.
 */
export type WordClass = '核心/类目词' | '属性词' | '营销词' | '修饰/场景/人群词' | '品牌词' | '数字/型号' | '其他';

export const WORD_CLASSES: readonly WordClass[] = ['核心/类目词', '属性词', '营销词', '修饰/场景/人群词', '品牌词', '数字/型号', '其他'];

const words = (text: string): string[] => text.trim().split(/\s+/);

/** What the product is: category and product nouns, by category. */
const PRODUCT = words(`
  连帽卫衣 卫衣 连帽衫 外套 上衣 T恤 短袖T恤 衬衫 衬衣 polo衫 连衣裙 半身裙 百褶裙 包臀裙 吊带裙 背心裙 牛仔裙 长裙 短裙
  牛仔裤 阔腿裤 休闲裤 运动裤 打底裤 工装裤 西裤 卫裤 束脚裤 哈伦裤 喇叭裤 烟管裤 小脚裤 铅笔裤 背带裤 连体裤 紧身裤 裤子
  羽绒服 羽绒马甲 棉服 棉衣 风衣 夹克 冲锋衣 针织衫 毛衣 开衫 马甲 西装 西服 小西装 大衣 毛呢外套 呢子大衣 皮衣 皮草 羊绒衫
  羊毛衫 打底衫 雪纺衫 蕾丝衫 棒球服 牛仔外套 短裤 背心 吊带 睡衣 睡裙 浴袍 家居服 套装 运动套装 两件套 三件套 女装 男装
  童装 孕妇装 校服 工作服 旗袍 汉服 礼服 婚纱 泳衣 泳装 比基尼 内衣 文胸 内裤 秋衣 秋裤 保暖内衣 光腿神器 袜子 丝袜
  连裤袜 打底袜 船袜 棉袜 隐形袜 中筒袜 长筒袜 围巾 披肩 手套 帽子 棒球帽 渔夫帽 鸭舌帽 贝雷帽 毛线帽 遮阳帽 草帽 发箍
  发夹 发圈 抓夹 发带 腰带 皮带 领带
  鞋子 运动鞋 跑步鞋 篮球鞋 足球鞋 休闲鞋 板鞋 低帮板鞋 高帮板鞋 帆布鞋 小白鞋 老爹鞋 单鞋 高跟鞋 平底鞋 乐福鞋 豆豆鞋 凉鞋
  拖鞋 凉拖 人字拖 洞洞鞋 棉拖鞋 靴子 短靴 长靴 马丁靴 雪地靴 切尔西靴 皮鞋 布鞋 老北京布鞋 登山鞋 徒步鞋 劳保鞋 工作鞋
  雨鞋 雨靴 球鞋 鞋垫 鞋带
  女包 男包 包包 单肩包 斜挎包 手提包 手拎包 双肩包 背包 书包 链条包 小方包 贝壳包 水桶包 腋下包 托特包 帆布包 钱包 卡包
  零钱包 手拿包 手包 腰包 胸包 旅行包 行李箱 拉杆箱 旅行箱 登机箱 化妆包 收纳包 妈咪包 电脑包 公文包 邮差包 马鞍包 枕头包
  饺子包 月牙包 云朵包 迷你包 三角包 盒子包
  面膜 面膜贴 睡眠面膜 涂抹面膜 泥膜 唇膜 眼膜 面霜 乳液 精华液 精华 原液 安瓶 冻干粉 爽肤水 化妆水 柔肤水 水乳 洗面奶
  洁面乳 洁面 卸妆水 卸妆油 卸妆膏 眼霜 防晒霜 隔离霜 粉底液 气垫 bb霜 cc霜 遮瑕 散粉 粉饼 口红 唇釉 唇膏 润唇膏 唇彩
  眼影 眼线笔 眉笔 睫毛膏 腮红 高光 修容 香水 身体乳 护手霜 沐浴露 洗发水 护发素 发膜 精油 喷雾 化妆品 护肤品 彩妆 面部
  手机 智能手机 平板 平板电脑 笔记本 笔记本电脑 电脑 台式机 显示器 键盘 鼠标 鼠标垫 耳机 蓝牙耳机 无线耳机 头戴式耳机 耳塞 耳麦
  音箱 蓝牙音箱 音响 充电器 充电头 充电宝 移动电源 数据线 充电线 转换器 转接头 扩展坞 U盘 硬盘 移动硬盘 内存卡 读卡器 手机壳
  保护壳 保护套 钢化膜 贴膜 水凝膜 手机膜 手机支架 支架 自拍杆 手环 智能手表 触控笔 手写笔 电容笔 路由器 摄像头 监控 网线
  插座 排插 插线板 电池 相机 镜头 麦克风 话筒 声卡 游戏机 手柄
  被子 被芯 棉被 羽绒被 蚕丝被 空调被 夏凉被 床单 床笠 床罩 被套 枕套 枕头 枕芯 四件套 床品 毛毯 毯子 盖毯 午睡毯 床垫 床褥
  凉席 蚊帐 窗帘 地毯 地垫 门垫 抱枕 靠枕 靠垫 腰枕 坐垫 座垫 椅垫 沙发垫 沙发巾 沙发套 沙发罩 桌布 餐垫 收纳盒 收纳箱 收纳袋
  收纳筐 收纳柜 置物架 衣架 挂钩 晾衣架 衣柜 鞋柜 鞋架 床头柜 床头板 书架 书桌 餐桌 椅子 凳子 小凳子 沙发 茶几 电视柜 台灯
  落地灯 吸顶灯 灯泡 夜灯 小夜灯 镜子 化妆镜 垃圾桶 拖把 扫把 抹布 毛巾 浴巾 洗脸巾 纸巾 抽纸 卷纸 卫生纸 面巾纸 餐巾纸 湿巾
  保鲜膜 保鲜袋 垃圾袋 压缩袋 晾衣杆 香薰 蜡烛 花瓶 摆件 挂件 装饰画 挂画 相框 时钟 挂钟 闹钟 雨伞 遮阳伞 太阳伞 口罩 眼镜
  墨镜 太阳镜 眼镜框 老花镜 干燥剂 防尘罩 床头罩 马桶 坐便器 马桶盖 花洒 水龙头 地漏 毛巾架 浴帘 防滑垫 牙刷 电动牙刷
  牙膏 漱口杯 家居 家纺 床上用品 日用品
  锅具 炒锅 不粘锅 平底锅 煎锅 汤锅 奶锅 蒸锅 高压锅 电饭煲 电饭锅 电压力锅 电磁炉 微波炉 烤箱 空气炸锅 破壁机 豆浆机
  榨汁机 料理机 电水壶 烧水壶 热水壶 保温壶 茶壶 水壶 保温杯 水杯 杯子 马克杯 咖啡杯 玻璃杯 酒杯 茶杯 碗碟 盘子 餐盘 筷子
  勺子 叉子 餐具 刀具 菜刀 砧板 菜板 饭盒 便当盒 保鲜盒 调料盒 调味瓶 油壶 密封罐 储物罐 咖啡机 磨豆机 沥水架 厨房用品
  空调 挂机 柜机 冰箱 洗衣机 电视 热水器 油烟机 燃气灶 洗碗机 消毒柜 吸尘器 扫地机器人 加湿器 空气净化器 电风扇 风扇 取暖器
  暖风机 电热毯 吹风机 电吹风 卷发棒 直板夹 剃须刀 理发器 挂烫机 电熨斗 按摩仪 按摩器 足浴盆 体重秤 电子秤 广告机 立式广告机
  一体机
  零食 坚果 饼干 糕点 面包 蛋糕 糖果 巧克力 果干 果脯 肉干 牛肉干 辣条 薯片 瓜子 花生 核桃 杏仁 腰果 开心果 夏威夷果
  碧根果 巴旦木 红枣 枸杞 燕窝 阿胶 蜂蜜 茶叶 绿茶 红茶 乌龙茶 普洱 白茶 花茶 奶茶 咖啡 咖啡豆 麦片 燕麦片 燕麦 谷物
  代餐 代餐粉 代餐棒 冲饮 冲调 芝麻糊 黑芝麻糊 芝麻粉 黑芝麻粉 核桃粉 豆浆粉 藕粉 奶粉 牛奶 酸奶 饮料 果汁 矿泉水 苏打水 啤酒
  白酒 红酒 葡萄酒 黄酒 大米 面粉 挂面 方便面 螺蛳粉 酸辣粉 米粉 调料 酱油 火锅底料 辣椒酱 腊肠 香肠 火腿 月饼 粽子 汤圆
  水饺 海鲜 水果 黑芝麻 芝麻 黑豆 黑米 桑葚 礼包 大礼包 
  汽车用品 座套 脚垫 方向盘套 头枕 腰靠 颈枕 护颈枕 车载支架 导航支架 行车记录仪 倒车影像 车载充电器 点烟器 香水座 车载香水
  遮阳挡 遮阳帘 雨刮器 雨刷 雨刮片 机油 润滑油 防冻液 玻璃水 洗车液 车蜡 镀晶 洗车机 车载吸尘器 轮胎 轮毂 刹车片 火花塞
  滤芯 空气滤芯 空调滤芯 机滤 车灯 大灯 雾灯 钥匙包 钥匙壳 车贴 拉花 后视镜 安全座椅 扶手箱 置物盒 储物箱 纸巾盒 竹炭包
  活性炭 内饰 饰品 车衣 车罩 胶条 码表 遥控器
  玩具 毛绒玩具 公仔 玩偶 娃娃 布娃娃 积木 拼图 遥控车 模型 手办 盲盒 婴儿车 推车 学步车 奶瓶 奶嘴 尿不湿 纸尿裤 拉拉裤
  口水巾 围兜 连体衣 爬服 睡袋 抱被 隔尿垫 游泳圈 儿童床 童车 滑板车 平衡车 早教机 绘本
  猫粮 狗粮 猫砂 猫砂盆 猫抓板 猫爬架 狗窝 猫窝 宠物窝 牵引绳 项圈 狗绳 猫罐头 冻干 磨牙棒 洁齿骨 逗猫棒 驱虫药 宠物用品
  瑜伽垫 瑜伽服 瑜伽裤 健身服 运动服 运动内衣 哑铃 跳绳 拉力带 弹力带 健腹轮 呼啦圈 羽毛球 羽毛球拍 乒乓球 乒乓球拍 篮球 足球
  排球 网球拍 泳镜 泳帽 自行车 头盔 帐篷 登山杖 速干衣 钓鱼竿 鱼竿 渔具 鱼线 鱼钩 路亚 护膝 护腕 护腰
  手表 腕表 石英表 机械表 电子表 男表 女表 情侣表 表带 钢带 戒指 对戒 钻戒 尾戒 指环 项链 锁骨链 吊坠 耳环 耳钉 耳坠 耳夹
  手链 手镯 手串 脚链 胸针 发饰 首饰 银饰 金饰 珠宝
  螺丝 螺钉 自攻螺丝 膨胀螺丝 螺母 螺栓 垫片 钉子 扳手 螺丝刀 起子 钳子 锤子 电钻 冲击钻 手电钻 电锤 角磨机 切割机 电焊机
  工具箱 工具 卷尺 水平仪 胶带 胶水 密封胶 玻璃胶 水管 接头 阀门 球阀 开关 电线 灯具 门锁 锁芯 指纹锁 合页 拉手 把手 挂锁
  笔记本子 本子 手账 手帐 中性笔 签字笔 钢笔 铅笔 圆珠笔 马克笔 荧光笔 水彩笔 彩铅 橡皮 尺子 文具盒 笔袋 文件夹 文件袋 便利贴
  标签纸 打印纸 复印纸 订书机 计算器 文具
  清洁剂 洗洁精 洗衣液 洗衣粉 洗衣凝珠 消毒液 除霉剂 除垢剂 除味剂 香皂 肥皂 洗手液 牙线 卫生巾 护垫 棉签 化妆棉 脱毛膏 染发剂
  假发 艾草 艾叶 泡脚 足浴 中药包 暖宝宝 膏药 体温计 血压计 雾化器 火锅 自热火锅 卤味 鸭脖 鸡爪 凤爪 鱼干 海苔 果冻 布丁
  蛋黄酥 麻薯 绿豆糕 桃酥 锅巴 爆米花 牛轧糖 软糖 奶片 咖啡粉 挂耳咖啡 冻干咖啡 胶囊咖啡 椰汁 豆奶 龙井 铁观音 大红袍 金骏眉
  碧螺春 茉莉花茶 菊花茶 玫瑰花茶 柠檬片 荷叶茶 蛋白粉 维生素 钙片 鱼油 益生菌 酵素 降噪耳机 骨传导 运动耳机 有线耳机 无线充
  无线充电器 防摔壳 硅胶壳 透明壳 散热器 散热架 笔记本支架 显示器支架 电批 扭力扳手 套筒 棘轮 六角扳手 钻头 锯片 砂纸 焊锡
  电烙铁 万用表 测电笔 花盆 绿植 多肉 种子 花肥 营养土 喷壶 打印机 墨盒 硒鼓 碎纸机 白板 折叠椅 野餐垫 烧烤架 保温箱 冰袋
  压缩衣 无痕内裤 平角裤 三角裤 哈衣 包屁衣 睡衣裤 神器 礼盒 手机套 手机链 挂绳 指环扣 耳机套 数据线收纳
  插头 充电座 底座 表盘 表壳 眼镜盒 首饰盒 戒指盒 保温桶 水瓶 运动水杯 吸管杯 儿童水杯 茶具 茶盘 公道杯 酒具
  锅铲 汤勺 漏勺 蒸笼 烤盘 模具 擀面杖 打蛋器 削皮器 开瓶器 剪刀 指甲刀 指甲剪 镊子 梳子 化妆刷 粉扑 美妆蛋 睫毛夹

  不锈钢管 镀锌管 水管接头 弯头 三通 外丝 内丝 外螺纹 内螺纹 丝扣 法兰 卡箍 管卡 生料带 五金 五金配件 配件 紧固件 铆钉 拉铆钉
  钢丝绳 吊环 轴承 齿轮 链条 弹簧 垫圈 平垫 弹垫 沉头螺丝 木螺丝 自攻钉 射钉 膨胀管 电工胶带 绝缘胶带 扎带 线管 线槽 开关插座
  面板 断路器 漏电保护器 空开 接线端子 端子 电源线 延长线 灯管 灯带 灯珠 射灯 筒灯 太阳能灯 手电筒 头灯 工作灯 探照灯 电源
  适配器 变压器 逆变器 电瓶 蓄电池 充电桩 营养粉 葛根粉 山药粉 薏米 红豆 绿豆 坚果麦片 水果麦片 酸奶麦片 即食燕麦 苏打饼干
  威化 蛋卷 曲奇 麻花 休闲零食 零食大礼包 小吃 调味料 香料 花椒 辣椒 八角 桂皮 牛排 鸡胸肉 虾仁 饮品 果茶 柠檬茶 卫衣套装
  休闲套装 健身裤 速干裤 运动短裤 运动背心 紧身衣 瑜伽套装 骑行服 跑步服 篮球服 足球服 球衣 训练服 抓绒 软壳 羽绒裤 耳机线
  耳罩 游戏耳机 电竞耳机 低音炮 马桶垫 马桶套 门帘 浴室柜 置物篮 收纳架 鞋盒 衣物 床头 桌垫 茶几垫
`);

/** Material, function, cut, colour, size, flavour, ingredient and style details. */
const ATTRIBUTE = words(`
  单肩 斜挎 斜跨 手提 手拎 双肩 肩背 腋下 加绒 加厚 宽松 修身 纯棉 全棉 棉质 棉麻 亚麻 真丝 桑蚕丝 羊毛 羊绒 兔毛 貂绒 真皮 头层 头层牛皮 牛皮 羊皮 人造革 帆布 牛津布
  尼龙 涤纶 聚酯纤维 重磅 薄款 厚款 轻薄 超薄 厚实 短款 中长款 长款 长袖 短袖 无袖 七分袖 九分 七分 五分 圆领 立领 V领 高领
  半高领 翻领 方领 一字领 娃娃领 连帽 无帽 拉链 套头 单排扣 双排扣 系带 松紧 松紧腰 收腰 包臀 开叉 不规则 高腰 低腰 中腰
  直筒 阔腿 紧身 大码 加肥 加大 oversize 刺绣 印花 纯色 条纹 格子 碎花 波点 豹纹 镂空 蕾丝 褶皱 拼接 撞色 渐变 渐变色 字母
  卡通 磨毛 摇粒绒 羊羔毛 羊羔绒 珊瑚绒 法兰绒 牛奶绒 天鹅绒 灯芯绒 华夫格 美拉德 雪纺 针织 冰丝 莫代尔 牛仔 水洗棉 长绒棉
  高帮 低帮 厚底 平底 坡跟 粗跟 细跟 尖头 圆头 方头 一脚蹬 防水 防滑 透气 速干 保暖 防风 防晒 防紫外线 吸汗 吸水 耐磨 抗菌
  除螨 防螨 静音 无线 有线 蓝牙 智能 遥控 充电式 电动 手动 全自动 自动 便携 折叠 可折叠 迷你 大容量 超大 大号 中号 小号
  加长 加宽 特大 双人 单人 双层 单层 多层 多功能 二合一 三合一 一体式 可调节 伸缩 可拆卸 可水洗 免洗 耐高温 不锈钢 304不锈钢
  铝合金 合金 实木 松木 橡木 竹制 陶瓷 玻璃 高硼硅 硅胶 食品级 塑料 亚克力 铁艺 藤编 大理石 皮革 记忆棉 乳胶 海绵 羽绒 鹅绒
  鸭绒 磁吸 快充 高清 全屏 防摔 防爆 防窥 防蓝光 磨砂 透明 入耳式 头戴式 挂耳式 降噪 重低音 音质 高音质 双耳 单耳 超长待机
  续航 大屏 变频 冷暖 一级能效 1.5匹 液晶 立式 挂式 壁挂 落地 台式
  黑色 白色 红色 粉色 蓝色 绿色 灰色 黄色 紫色 棕色 咖啡色 米色 卡其色 杏色 酒红色 藏青色 玫瑰金 金色 银色 浅色 深色 香槟色
  玻尿酸 透明质酸 烟酰胺 胶原蛋白 胜肽 神经酰胺 视黄醇 水杨酸 果酸 积雪草 芦荟 蜗牛 蚕丝 补水 保湿 美白 淡斑 祛斑 提亮
  提亮肤色 紧致 抗皱 抗衰 收缩毛孔 控油 祛痘 痘印 黑头 清洁  修护 舒缓 滋润 滋养 嫩肤 亮肤 焕颜 抗氧化 敏感肌 干皮
  油皮 持久 不脱妆 哑光 水润 锁水 色号
  无糖 低糖 低脂 零脂 无蔗糖 高纤 高蛋白 即食 速食 冲泡 免煮 现磨 原味 五谷杂粮 粗粮 营养 早餐 饱腹 减脂 独立包装 小袋装 袋装
  罐装 盒装 礼盒装 整箱 散装 家庭装 量贩装 手工 非油炸 麻辣 香辣 五香 奶香 咸味 甜味 酥脆
  全合成 半合成 矿物油 钛钢 纯银 925银 足金 黄金 白金 18k金 锆石 珍珠 水晶 翡翠 和田玉 钻石 莫桑石 镶钻 微镶 素圈 开口 石英
  机械 夜光 钢化 自攻 沉头 平头 十字 内六角 膨胀 碳钢 镀锌 纯铜 黄铜
  天丝 莱赛尔 竹纤维 大豆纤维 乳胶枕 记忆枕 荞麦 决明子 去污 去油 油污 除垢 除味 除甲醛 去异味 消毒 杀菌 抑菌 驱蚊 防蚊 防霉
  防潮 防尘 防虫 防蛀 恒温 加热 保温 保冷 冷藏 冷冻 聚拢 无钢圈 无痕 柔软 亲肤 舒适 耐用 结实 精致 超软 超轻 轻便 加密 加粗
  加高 超大号 大尺寸 小尺寸 标准 升级 无味 无甲醛 环保 可降解 一次性 可重复 可定制 可印 可刻字 高弹 弹力 抗静电 阻燃
  防刮 耐刮 耐脏 易清洗 免打孔 免安装 壁挂式 落地式 桌面 手持 车载式 感应 声控 触摸 调光 护眼 无频闪 暖光 白光 暖白
  纯天然 天然 有机 新鲜 现摘 现做 手作 古法 传统 老式 正宗 特产 农家 土特产
`);

/** Promotion, trade and sales-channel words. */
const MARKETING = words(`
  新款 新品 爆款 热卖 热销 包邮 顺丰 特价 清仓 现货 速发 秒发 当天发货 一件代发   批发 工厂货源 源头工厂 跨境 外贸
  出口 正品 官方 旗舰店 专柜 正版 原装 原厂 进口 国产 潮牌 网红 抖音 同款 小红书 直播 爆品 推荐 限量 定制 礼品 礼物 送礼
  生日礼物 情人节 七夕 圣诞 新年 年货 买一送一 第二件 半价 优惠 促销 特惠 福利 赠品 厂家 直销 代发  货源 高端 高档
  轻奢 奢华 实惠 性价比 平价 升级款 升级版 旗舰   
`);

/** Season, scene, audience and style modifiers. */
const MODIFIER = words(`
  女款 男款 女士 男士 女生 男生 女式 男式 女性 男性 男女 男女同款  中性 情侣 情侣装 学生 学生党 儿童 女童 男童 婴儿 婴幼儿
  宝宝 新生儿 孕妇 孕期 哺乳期 产妇 月子 老人 老年人 中老年 中年 青年 少女 妈妈 爸爸 成人 大人 小个子 胖mm 家用 家庭 宿舍
   办公 办公室 户外 室内 车用 车载 车内 旅行 出差 旅游 露营 野营 登山 徒步 跑步 健身 运动 瑜伽 游泳 骑行 钓鱼 居家
  日常 通勤 约会 上班 上学 婚礼 结婚 春季 夏季 秋季 冬季 春夏 秋冬 春秋 四季  夏天 冬天 春秋款 秋冬款 冬款 夏款 韩版
  日韩 日系 欧美 英伦 法式 复古 ins风 ins潮 北欧 中式 新中式 美式 日式 简约 现代 时尚 潮流 百搭 休闲 商务 可爱 少女心 甜美
  优雅 气质 个性 创意 小众 设计感 高级感 小清新 文艺 港风 慵懒风 学院风 工装风 街头 bf风 显瘦 洋气 通用 专用 适用 加大码
  男女士 女童装 男童装 中大童 小童 大童 幼儿园 小学生 中学生 初中生 高中生 大学生 上班族 白领 宝妈 孕妈 新手 老年 长辈 父母
  送父母 送长辈 送女友 送男友 送老婆 送老公 送闺蜜 送朋友 送老师 送同事 生日 节日 母亲节 父亲节 教师节 儿童节 中秋 端午 春节
  客厅 卧室 厨房 卫生间 浴室 阳台 书房 玄关 餐厅 儿童房 酒店 餐馆 商用 工地 工厂 车间 学校 教室 医院
  轻奢风 极简 极简风 奶油风 原木风 侘寂风 森系 田园 田园风 国潮 国风 古风 中国风 宫廷风 帅气 硬朗 温柔 仙女 少女风
  甜酷 辣妹 炸街 高冷 冷淡风 氛围感 质感 高颜值 大气 精品 原创 独特 特别 
`);

/** Brands sellers and shoppers write as one word (domain-rules.md §2: brand words). */
const BRAND = words(`
  华为 苹果 小米 红米 荣耀 三星 一加 魅族 联想 戴尔 惠普 华硕 索尼 飞利浦 美的 格力 海尔 九阳 苏泊尔 摩飞 戴森 松下 西门子
  博世 耐克 阿迪达斯 李宁 安踏 特步 鸿星尔克 匡威 万斯 彪马 斯凯奇 优衣库 南极人 北极绒 恒源祥 罗莱 富安娜 水星家纺 雅诗兰黛
  兰蔻 欧莱雅 资生堂 娇兰 迪奥 香奈儿 圣罗兰 阿玛尼 完美日记 花西子 珀莱雅 自然堂 百雀羚 韩束 薇诺娜 玉泽 丸美 佰草集
  相宜本草 一叶子 森田 美迪惠尔 可莱丝 悦诗风吟 兰芝 雪花秀 蔻驰 古驰 普拉达 路易威登 爱马仕 巴宝莉 周大福 周生生 老凤祥
  六福 潘多拉 施华洛世奇 卡西欧 天梭 浪琴 欧米茄 劳力士 西铁城 精工 飞亚达 罗西尼 天王表 名创优品 三只松鼠 良品铺子 百草味
  来伊份 南方黑芝麻 桂格 西麦 雀巢 伊利 蒙牛 农夫山泉 元气森林 王老吉 加多宝 康师傅 旺旺 乐事 好丽友 奥利奥 德芙 费列罗
  大众 丰田 本田 日产 别克 奔驰 宝马 奥迪 福特 雪佛兰 起亚 马自达 吉利 长安 哈弗 比亚迪 奇瑞 五菱 特斯拉 大疆 佳能 尼康
  嘉实多 壳牌 美孚 米其林 倍耐力 3M 龟牌
  马克华菲 太平鸟 森马 美特斯邦威 海澜之家 杰克琼斯 七匹狼 劲霸 九牧王 利郎 波司登 雅鹿 鸭鸭 骆驼 探路者 凯乐石 回力 飞跃
  乔丹 贵人鸟 红蜻蜓 百丽 达芙妮 奥康 意尔康 森达 迪卡侬 尤尼克斯 红双喜 斯伯丁 暴龙 雷朋 三宅一生 巴黎世家
  天猫精灵 小度 小爱同学 米家 公牛 欧普 雷士 长虹 创维 海信 康佳 奥克斯 志高 艾美特 格兰仕 小熊 北鼎 膳魔师 象印 虎牌
  乐扣乐扣 特百惠 双立人 张小泉 爱仕达 炊大皇 罗技 雷蛇 漫步者 倍思 绿联 品胜 闪迪 金士顿
  润本 郁美净 大宝 贝亲 好奇 帮宝适 花王 嘉宝 飞鹤 君乐宝 爱他美 美赞臣 惠氏 启初 红色小象 戴可思 袋鼠妈妈 可孚 海氏海诺
  云南白药 鱼跃 欧姆龙 卫龙 徐福记 五芳斋 思念 湾仔码头 三全 海底捞 李子柒 好欢螺 白象 统一 今麦郎 农心 乐天 格力高
  晨光 得力 齐心 真彩 百乐 斑马 国誉 派克 英雄 史丹利 世达 德力西 正泰 东成 威克士 牧田 皇家 伯纳天纯 麦富迪 比瑞吉
  心相印 维达 清风 洁柔 梦洁 多喜爱
`);

/**
 * Single characters that stand as words in titles (女, 男, 夏, 潮, 包 …), with their class: the word bank
 * counts them. Any other single character the segmenter leaves alone is a fragment of a word it does not know
 * (斜/挎, 代/餐): it joins a neighbour (segment.ts) and is never counted as a word.
 */
export const STANDALONE_CHARACTERS: ReadonlyMap<string, WordClass> = new Map<string, WordClass>([
  ...[...'女男童春夏秋冬潮'].map((c) => [c, '修饰/场景/人群词'] as const),
  ...[...'新'].map((c) => [c, '营销词'] as const),
  ...[...'大小厚薄长短宽黑白红粉蓝绿灰黄紫金银'].map((c) => [c, '属性词'] as const),
  ...[...'包杯壶锅碗盘伞帽鞋袜裙裤衣表笔灯床桌椅凳柜箱毯被枕垫茶酒糖米油醋'].map((c) => [c, '核心/类目词'] as const),
]);

/** Function and measure characters that stand alone (送 赠品, 带 盖, 3 件 …) but say nothing as bank words. */
export const FUNCTION_CHARACTERS: ReadonlySet<string> = new Set('送带配含和与及的或套件个只片盒袋瓶支对条张斤克码号寸');

/**
 * Product heads written as one character (裤, 袋, 垫 …): after a two- or three-character word they make one
 * product word with it (九分裤, 饭盒袋, 健身垫). 带 is left out: after a word it is as often "with" (眉剪带梳).
 */
export const HEAD_CHARACTERS: ReadonlySet<string> = new Set('包杯壶锅碗盘伞帽鞋袜裙裤衣表笔灯床桌椅凳柜箱毯被枕垫袋盒套瓶罐架框');

/** E-commerce suffixes jieba tags as verbs or numerals: between two words they end the one before (新款, 车贴, 纽扣). */
export const SUFFIX_CHARACTERS: ReadonlySet<string> = new Set('款装贴扣品罩');

/**
 * Measure words and units that follow a number (24年, 11岁, 6色, 2段, 1.8米, 3包): after digits they end the quantity.
 * The segmenter never joins them to the word after them (24年 + 新款, not 年新款; 11岁 + 小学生), and the word bank
 * does not count them as words (1.8米's 米 is metres, not rice; 3包's 包 a count, not a bag). Measure words that are
 * never bank words (件, 个, 条 …: FUNCTION_CHARACTERS) need no entry.
 */
export const UNIT_CHARACTERS: ReadonlySet<string> = new Set(
  '年月日天周时分秒岁代款季期届元角度升斤克吨两米寸尺码号本册卷页枚颗粒头根块台层色孔词位份折倍档段级仓座排格节匹双包箱袋盒瓶罐杯桶壶',
);

/**
 * Whether piece i is a unit ending a quantity (1.8 + 米, 24 + 年, 3 + 包): one of UNIT_CHARACTERS right after digits.
 * Pieces with Latin letters and digits folded (full-width digits read as ASCII).
 */
export function isQuantityUnit(pieces: readonly string[], i: number): boolean {
  return followsNumber(pieces[i - 1], pieces[i]!);
}

/** Whether a unit character stands right after a piece that ends in digits (folded: full-width digits are ASCII). */
export function followsNumber(before: string | undefined, unit: string): boolean {
  return before !== undefined && UNIT_CHARACTERS.has(unit) && /[0-9]$/.test(before);
}

/** Bound prefixes: alone they are fragments that belong to the next word (防/偷窥 → 防偷窥, 加/厚 → 加厚). */
export const PREFIX_CHARACTERS: ReadonlySet<string> = new Set('防单双加减超免可非无有不全多半纯真微去');

/** Words of the web and the platforms that jieba's dictionary predates (its HMM would cut 加微信 into 加微/信). */
const GENERAL = words(`
  微信 加微信 二维码 手机号 网址 淘宝 天猫 京东 拼多多 快手 直播间 主播 网店 店铺 客服 售后 退换 运费险 七天无理由
`);

export const ECOMMERCE_WORDS: ReadonlyMap<string, WordClass> = new Map<string, WordClass>([
  ...PRODUCT.map((w) => [w, '核心/类目词'] as const),
  ...ATTRIBUTE.map((w) => [w, '属性词'] as const),
  ...MARKETING.map((w) => [w, '营销词'] as const),
  ...MODIFIER.map((w) => [w, '修饰/场景/人群词'] as const),
  ...BRAND.map((w) => [w, '品牌词'] as const),
  ...GENERAL.map((w) => [w, '其他'] as const),
]);

const FOLDED_WORDS: ReadonlyMap<string, WordClass> = new Map([...ECOMMERCE_WORDS].map(([w, c]) => [foldLatin(w), c]));

/** The dictionary's class of a word, Latin letters in any case (t恤 is T恤, DIOR is Dior); undefined if unknown. */
export function dictionaryClassOf(word: string): WordClass | undefined {
  return ECOMMERCE_WORDS.get(word) ?? FOLDED_WORDS.get(foldLatin(word));
}

/** Every list as written, for the test that keeps each word in one class and out of the single characters. */
export const WORD_LISTS: Readonly<Record<Exclude<WordClass, '数字/型号'>, readonly string[]>> = {
  '核心/类目词': PRODUCT,
  属性词: ATTRIBUTE,
  营销词: MARKETING,
  '修饰/场景/人群词': MODIFIER,
  品牌词: BRAND,
  其他: GENERAL,
};
