package com.ks.platform.catalog.search;

import java.util.List;

/**
 * The words of the relevance catalog. Titles are written the way shops on Chinese marketplaces write them (brand,
 * model, key specs, selling points, the category word); colloquial names appear only where merchants put them (a
 * subtitle, a variety name), so a query in shoppers' words is not a plain string match.
 */
final class RelevanceCatalogData {

    private RelevanceCatalogData() {}

    record Model(
            String brandSlug,
            String brandZh,
            String brandEn,
            String model,
            String slug,
            String memory,
            String colors,
            String feature,
            String subtitle,
            int priceYuan) {}

    static final List<Model> PHONES = List.of(
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "Mate 60 Pro",
                    "mate60pro",
                    "12GB+512GB/12GB+1TB",
                    "雅川青/白沙银/南糯紫/雅丹黑",
                    "卫星通话 鸿蒙",
                    "昆仑玻璃 超可靠玄武架构 XMAGE影像",
                    6999),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "Mate 60",
                    "mate60",
                    "12GB+256GB/12GB+512GB",
                    "雅川青/白沙银/雅丹黑",
                    "鸿蒙 北斗卫星消息",
                    "超光变XMAGE影像 第二代昆仑玻璃",
                    5499),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "Mate X5",
                    "matex5",
                    "12GB+512GB/16GB+1TB",
                    "羽砂黑/幻影紫/青山黛",
                    "折叠屏 鸿蒙",
                    "轻薄折叠 超可靠昆仑玻璃",
                    12999),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "Pura 70 Pro",
                    "pura70pro",
                    "12GB+256GB/12GB+512GB",
                    "羽砂黑/雪域白/罗兰紫",
                    "超聚光伸缩摄像头 鸿蒙",
                    "超高速风驰闪拍",
                    6499),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "Pura 70",
                    "pura70",
                    "12GB+256GB/12GB+512GB",
                    "羽砂黑/雪域白/冰晶蓝",
                    "鸿蒙 红枫原色影像",
                    "超聚光XMAGE影像",
                    5499),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "nova 12 Pro",
                    "nova12pro",
                    "12GB+256GB/12GB+512GB",
                    "樱语白/曜金黑/12号色",
                    "前置6000万人像追焦双摄",
                    "鸿蒙 100W超级快充",
                    3499),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "畅享 70",
                    "enjoy70",
                    "8GB+128GB/8GB+256GB",
                    "曜金黑/冰晶蓝/翡冷翠",
                    "6000mAh大电池 长续航",
                    "老人学生备用机 鸿蒙",
                    1199),
            new Model(
                    "honor",
                    "荣耀",
                    "HONOR",
                    "Magic6 Pro",
                    "magic6pro",
                    "16GB+512GB/16GB+1TB",
                    "绒黑色/海湖青/祁连雪",
                    "青海湖电池 鹰眼相机",
                    "荣耀巨犀玻璃 5G旗舰",
                    5699),
            new Model(
                    "honor",
                    "荣耀",
                    "HONOR",
                    "荣耀90",
                    "honor90",
                    "12GB+256GB/16GB+512GB",
                    "亮黑色/星钻银/冰川绿",
                    "2亿像素 护眼屏",
                    "轻薄 5000mAh",
                    2499),
            new Model(
                    "honor",
                    "荣耀",
                    "HONOR",
                    "X50",
                    "x50",
                    "8GB+256GB/12GB+256GB",
                    "雨后初晴/燃橙色/典雅黑",
                    "超耐摔 5800mAh",
                    "1.5K超清护眼曲屏",
                    1399),
            new Model(
                    "xiaomi",
                    "小米",
                    "Xiaomi",
                    "小米14",
                    "xiaomi14",
                    "12GB+256GB/16GB+512GB",
                    "黑色/白色/岩石青/雪山粉",
                    "徕卡光学 骁龙8Gen3",
                    "澎湃OS 光影猎人900",
                    3999),
            new Model(
                    "xiaomi",
                    "小米",
                    "Xiaomi",
                    "小米14 Ultra",
                    "xiaomi14ultra",
                    "16GB+512GB/16GB+1TB",
                    "黑色/白色/龙晶蓝",
                    "徕卡Summilux 一英寸主摄",
                    "专业影像旗舰 骁龙8Gen3",
                    6499),
            new Model(
                    "xiaomi",
                    "小米",
                    "Xiaomi",
                    "Civi 4 Pro",
                    "civi4pro",
                    "12GB+256GB/16GB+512GB",
                    "星空黑/微风蓝/柔雾粉",
                    "徕卡人像 轻薄",
                    "女生自拍手机 骁龙8s Gen3",
                    2999),
            new Model(
                    "redmi",
                    "红米",
                    "Redmi",
                    "Redmi K70",
                    "redmik70",
                    "12GB+256GB/16GB+512GB",
                    "墨羽/晴雪/竹月蓝",
                    "第二代2K屏 骁龙8Gen2",
                    "小米出品 性价比旗舰",
                    2499),
            new Model(
                    "redmi",
                    "红米",
                    "Redmi",
                    "Redmi K70 Pro",
                    "redmik70pro",
                    "12GB+256GB/16GB+1TB",
                    "墨羽/晴雪/竹月蓝",
                    "骁龙8Gen3 2K屏",
                    "小米出品 电竞旗舰",
                    3299),
            new Model(
                    "redmi",
                    "红米",
                    "Redmi",
                    "Redmi Note 13 Pro",
                    "redminote13pro",
                    "8GB+256GB/12GB+512GB",
                    "子夜黑/镜瓷白/时光蓝",
                    "2亿像素 1.5K屏",
                    "小米出品 学生千元机",
                    1399),
            new Model(
                    "redmi",
                    "红米",
                    "Redmi",
                    "Redmi 13C",
                    "redmi13c",
                    "4GB+128GB/8GB+256GB",
                    "星岩黑/星沙白/星辰紫",
                    "5000mAh 大音量",
                    "小米出品 老人机 备用机",
                    599),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPhone 15",
                    "iphone15",
                    "128GB/256GB/512GB",
                    "黑色/蓝色/绿色/黄色/粉色",
                    "A16芯片 灵动岛",
                    "4800万像素主摄 USB-C",
                    5999),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPhone 15 Plus",
                    "iphone15plus",
                    "128GB/256GB",
                    "黑色/蓝色/粉色",
                    "6.7英寸 A16芯片",
                    "超长续航 灵动岛",
                    6999),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPhone 15 Pro",
                    "iphone15pro",
                    "128GB/256GB/512GB",
                    "原色钛金属/蓝色钛金属/白色钛金属/黑色钛金属",
                    "A17 Pro 钛金属",
                    "操作按钮 USB 3",
                    7999),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPhone 15 Pro Max",
                    "iphone15promax",
                    "256GB/512GB/1TB",
                    "原色钛金属/蓝色钛金属/黑色钛金属",
                    "5倍光学变焦 A17 Pro",
                    "钛金属设计 国行正品",
                    9999),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPhone 14",
                    "iphone14",
                    "128GB/256GB",
                    "午夜色/星光色/紫色/蓝色",
                    "A15仿生芯片",
                    "车祸检测 国行",
                    4999),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPhone 13",
                    "iphone13",
                    "128GB/256GB",
                    "午夜色/星光色/粉色/绿色",
                    "A15仿生芯片",
                    "双摄 国行正品",
                    3999),
            new Model(
                    "oppo",
                    "OPPO",
                    "OPPO",
                    "Find X7",
                    "findx7",
                    "12GB+256GB/16GB+512GB",
                    "海阔天空/星空黑/烟云紫",
                    "天玑9300 哈苏影像",
                    "超光影三主摄",
                    3999),
            new Model(
                    "oppo",
                    "OPPO",
                    "OPPO",
                    "Reno11",
                    "reno11",
                    "12GB+256GB/12GB+512GB",
                    "月光宝石/萤石青/曜石黑",
                    "人像超级摄影",
                    "轻薄 67W闪充",
                    2499),
            new Model(
                    "oppo", "OPPO", "OPPO", "A2", "a2", "8GB+256GB/12GB+256GB", "静海黑/玲珑白", "超大电池 抗摔", "学生老人 长续航", 1199),
            new Model(
                    "vivo",
                    "vivo",
                    "vivo",
                    "X100 Pro",
                    "x100pro",
                    "12GB+256GB/16GB+512GB",
                    "落日橙/星迹蓝/辰夜黑",
                    "蔡司APO超级长焦 天玑9300",
                    "蓝海电池 影像旗舰",
                    4999),
            new Model(
                    "vivo",
                    "vivo",
                    "vivo",
                    "X100",
                    "x100",
                    "12GB+256GB/16GB+512GB",
                    "星迹蓝/辰夜黑/落日橙",
                    "蔡司影像 天玑9300",
                    "120W闪充 5G拍照",
                    3999),
            new Model(
                    "vivo",
                    "vivo",
                    "vivo",
                    "S18",
                    "s18",
                    "8GB+256GB/12GB+512GB",
                    "花似锦/菱紫/玄黑",
                    "后置影棚级柔光环",
                    "轻薄 人像拍照",
                    2299),
            new Model(
                    "iqoo",
                    "iQOO",
                    "iQOO",
                    "iQOO 12",
                    "iqoo12",
                    "12GB+256GB/16GB+1TB",
                    "传奇版/燃途/赛道版",
                    "骁龙8Gen3 电竞芯片Q1",
                    "vivo出品 游戏手机",
                    3999),
            new Model(
                    "iqoo",
                    "iQOO",
                    "iQOO",
                    "iQOO Neo9",
                    "iqooneo9",
                    "12GB+256GB/16GB+512GB",
                    "红白魂/格斗黑/航海蓝",
                    "第二代骁龙8 自研电竞芯片",
                    "vivo出品 游戏电竞手机",
                    2299),
            new Model(
                    "samsung",
                    "三星",
                    "SAMSUNG",
                    "Galaxy S24 Ultra",
                    "galaxys24ultra",
                    "12GB+256GB/12GB+512GB",
                    "钛黑/钛灰/钛紫/钛黄",
                    "AI手机 S Pen 2亿像素",
                    "骁龙8Gen3 for Galaxy",
                    9699),
            new Model(
                    "samsung",
                    "三星",
                    "SAMSUNG",
                    "Galaxy S24",
                    "galaxys24",
                    "8GB+256GB/8GB+512GB",
                    "水墨黑/雅岩灰/秘矿紫",
                    "AI手机 小屏旗舰",
                    "Galaxy AI 国行",
                    5999),
            new Model(
                    "samsung",
                    "三星",
                    "SAMSUNG",
                    "Galaxy Z Flip5",
                    "galaxyzflip5",
                    "8GB+256GB/8GB+512GB",
                    "冰薄荷/冰萃紫/墨影黑",
                    "小折叠屏 大外屏",
                    "掌心折叠 时尚",
                    7499),
            new Model(
                    "oneplus",
                    "一加",
                    "OnePlus",
                    "一加 12",
                    "oneplus12",
                    "12GB+256GB/16GB+512GB",
                    "岩黑/留白/苍绿",
                    "哈苏影像 2K东方屏",
                    "骁龙8Gen3 5400mAh",
                    4299),
            new Model(
                    "oneplus",
                    "一加",
                    "OnePlus",
                    "一加 Ace 3",
                    "oneplusace3",
                    "12GB+256GB/16GB+512GB",
                    "星辰黑/月海蓝/鸣沙金",
                    "骁龙8Gen2 1.5K东方屏",
                    "电竞性能 100W超级闪充",
                    2599));

    static final List<Model> TABLETS = List.of(
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "MatePad 11.5",
                    "matepad115",
                    "8GB+128GB/8GB+256GB",
                    "深空灰/冰霜银/海岛蓝",
                    "2024款 柔光版",
                    "学生学习 网课 护眼",
                    1799),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "MatePad Pro 13.2",
                    "matepadpro132",
                    "12GB+256GB/16GB+512GB",
                    "曜金黑/晶钻白/星河蓝",
                    "OLED柔性屏 星闪",
                    "办公绘画 鸿蒙生产力",
                    5199),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "MatePad Air",
                    "matepadair",
                    "8GB+128GB/12GB+256GB",
                    "曜石黑/云锦白/青山黛",
                    "11.5英寸 144Hz",
                    "轻薄 鸿蒙 学习娱乐",
                    2799),
            new Model(
                    "xiaomi",
                    "小米",
                    "Xiaomi",
                    "小米平板6",
                    "xiaomipad6",
                    "8GB+128GB/8GB+256GB",
                    "黑色/金色/远山蓝",
                    "11英寸 2.8K 144Hz",
                    "骁龙870 学习娱乐",
                    1999),
            new Model(
                    "xiaomi",
                    "小米",
                    "Xiaomi",
                    "小米平板6 Pro",
                    "xiaomipad6pro",
                    "8GB+256GB/12GB+512GB",
                    "黑色/金色/远山蓝",
                    "骁龙8+ 2.8K屏",
                    "办公 游戏 67W快充",
                    2499),
            new Model(
                    "redmi",
                    "红米",
                    "Redmi",
                    "Redmi Pad SE",
                    "redmipadse",
                    "6GB+128GB/8GB+256GB",
                    "深灰色/薄荷绿/薰衣草紫",
                    "11英寸 90Hz",
                    "小米出品 网课学习 性价比",
                    999),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPad Air 11英寸",
                    "ipadair11",
                    "128GB/256GB/512GB",
                    "深空灰色/星光色/紫色/蓝色",
                    "M2芯片 2024款",
                    "国行正品 支持Apple Pencil Pro",
                    4799),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPad Pro 13英寸",
                    "ipadpro13",
                    "256GB/512GB/1TB",
                    "深空黑色/银色",
                    "M4芯片 超视网膜XDR",
                    "串联OLED 专业生产力",
                    10999),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPad mini 6",
                    "ipadmini6",
                    "64GB/256GB",
                    "深空灰色/粉色/紫色/星光色",
                    "8.3英寸 A15",
                    "小巧便携 阅读游戏",
                    3299),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "iPad 10",
                    "ipad10",
                    "64GB/256GB",
                    "银色/蓝色/粉色/黄色",
                    "第十代 10.9英寸",
                    "A14仿生 学生网课",
                    2999),
            new Model(
                    "honor",
                    "荣耀",
                    "HONOR",
                    "荣耀平板9",
                    "honorpad9",
                    "8GB+128GB/12GB+256GB",
                    "天青色/星空灰",
                    "12.1英寸 2.5K",
                    "8扬声器 学习办公",
                    1499),
            new Model(
                    "lenovo",
                    "联想",
                    "Lenovo",
                    "小新Pad Pro 12.7",
                    "xiaoxinpadpro127",
                    "8GB+128GB/8GB+256GB",
                    "鸽子灰/青云绿",
                    "2.9K 144Hz 骁龙870",
                    "学习网课 影音娱乐",
                    1799),
            new Model(
                    "lenovo",
                    "联想",
                    "Lenovo",
                    "拯救者Y700",
                    "legiony700",
                    "12GB+256GB/16GB+512GB",
                    "钛晶灰",
                    "8.8英寸 骁龙8+ 游戏平板",
                    "电竞小平板 双扬声器",
                    2699),
            new Model(
                    "samsung",
                    "三星",
                    "SAMSUNG",
                    "Galaxy Tab S9",
                    "galaxytabs9",
                    "8GB+128GB/12GB+256GB",
                    "石墨灰/米霜白",
                    "11英寸 AMOLED IP68",
                    "S Pen 防水",
                    5999));

    static final List<Model> LAPTOPS = List.of(
            new Model(
                    "lenovo",
                    "联想",
                    "ThinkPad",
                    "X1 Carbon 2024",
                    "thinkpadx1carbon",
                    "Ultra7 32G 1T/Ultra5 16G 512G",
                    "深空黑",
                    "14英寸 AI轻薄商务",
                    "IBM经典 小红点 军标品质",
                    12999),
            new Model(
                    "lenovo",
                    "联想",
                    "ThinkPad",
                    "E14 2024",
                    "thinkpade14",
                    "i5 16G 512G/R7 16G 1T",
                    "黑色",
                    "14英寸 商务办公",
                    "经典商务本 小黑",
                    4299),
            new Model(
                    "lenovo",
                    "联想",
                    "Lenovo",
                    "小新Pro14 2024",
                    "xiaoxinpro14",
                    "Ultra5 32G 1T/R7 16G 1T",
                    "鸽子灰/青云绿",
                    "2.8K 120Hz 轻薄本",
                    "学生办公 高性能",
                    4999),
            new Model(
                    "lenovo",
                    "联想",
                    "Lenovo",
                    "拯救者Y9000P 2024",
                    "legiony9000p",
                    "i9 RTX4060 16G 1T/i9 RTX4070 32G 1T",
                    "钛晶灰/冰魄白",
                    "16英寸 电竞游戏本",
                    "2.5K 240Hz 满血显卡",
                    9999),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "MateBook 14 2024",
                    "matebook14",
                    "Ultra5 16G 1T/Ultra7 32G 1T",
                    "深空灰/皓月银",
                    "2.8K OLED触屏 轻薄本",
                    "鸿蒙互联 超级终端",
                    5999),
            new Model(
                    "huawei",
                    "华为",
                    "HUAWEI",
                    "MateBook X Pro",
                    "matebookxpro",
                    "Ultra7 32G 1T/Ultra9 32G 2T",
                    "宝石蓝/墨蓝/白色",
                    "980克 轻薄商务",
                    "3.1K OLED 微绒机身",
                    11999),
            new Model(
                    "honor",
                    "荣耀",
                    "HONOR",
                    "MagicBook 14 2024",
                    "magicbook14",
                    "Ultra5 16G 1T/R7 16G 512G",
                    "星空灰/皓月银",
                    "轻薄本 护眼屏",
                    "学生办公 长续航",
                    4599),
            new Model(
                    "xiaomi",
                    "小米",
                    "Xiaomi",
                    "Redmi Book 14 2024",
                    "redmibook14",
                    "i5 16G 512G/i7 16G 1T",
                    "星辰灰",
                    "2.8K 120Hz 轻薄本",
                    "学生网课 办公",
                    3899),
            new Model(
                    "xiaomi",
                    "小米",
                    "Xiaomi",
                    "小米笔记本 Pro 14",
                    "xiaomibookpro14",
                    "Ultra5 32G 1T/Ultra7 32G 1T",
                    "深空灰/银色",
                    "OLED 2.8K 轻薄高性能",
                    "金属机身 办公设计",
                    6499),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "MacBook Air 13英寸 M3",
                    "macbookair13",
                    "8核 16G 256G/8核 16G 512G",
                    "午夜色/星光色/深空灰色/银色",
                    "轻薄",
                    "国行正品 学生办公 长续航",
                    7999),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "MacBook Air 15英寸 M3",
                    "macbookair15",
                    "8核 16G 512G/10核 24G 512G",
                    "午夜色/星光色/银色",
                    "大屏轻薄",
                    "国行正品 续航18小时",
                    10499),
            new Model(
                    "apple",
                    "苹果",
                    "Apple",
                    "MacBook Pro 14英寸 M3 Pro",
                    "macbookpro14",
                    "11核 18G 512G/12核 36G 1T",
                    "深空黑色/银色",
                    "专业级",
                    "Liquid视网膜XDR 剪辑设计",
                    14999),
            new Model(
                    "dell",
                    "戴尔",
                    "DELL",
                    "XPS 13 9340",
                    "xps13",
                    "Ultra7 16G 512G/Ultra7 32G 1T",
                    "石墨色/铂金银",
                    "13.4英寸 轻薄本",
                    "商务出差 高端",
                    9999),
            new Model(
                    "dell",
                    "戴尔",
                    "DELL",
                    "灵越14 Plus",
                    "inspiron14",
                    "i5 16G 1T/i7 16G 1T",
                    "冰河银",
                    "2.8K 高性能轻薄本",
                    "学生设计 办公",
                    5299),
            new Model("hp", "惠普", "HP", "战66 六代", "zhan66", "i5 16G 1T/R7 16G 1T", "银色", "14英寸 商务办公", "长续航 轻薄商用", 4299),
            new Model(
                    "hp",
                    "惠普",
                    "HP",
                    "暗影精灵10",
                    "omen10",
                    "i7 RTX4060 16G 1T/i9 RTX4070 32G 1T",
                    "暗夜黑",
                    "16.1英寸 电竞游戏本",
                    "2.5K 240Hz 高刷",
                    7999),
            new Model(
                    "asus",
                    "华硕",
                    "ASUS",
                    "天选5 Pro",
                    "tuf5pro",
                    "i9 RTX4060 16G 1T/i9 RTX4070 32G 1T",
                    "日蚀灰/魔幻青",
                    "16英寸 电竞游戏本",
                    "2.5K 165Hz 学生游戏",
                    8499),
            new Model(
                    "asus",
                    "华硕",
                    "ASUS",
                    "无畏Pro15 2024",
                    "vivobookpro15",
                    "Ultra5 16G 1T/Ultra9 32G 1T",
                    "灰色",
                    "2.8K OLED 轻薄本",
                    "设计 创作 办公",
                    5999),
            new Model(
                    "mechrevo",
                    "机械革命",
                    "MECHREVO",
                    "蛟龙16 Pro",
                    "jiaolong16pro",
                    "R7 RTX4060 16G 1T/R9 RTX4070 32G 1T",
                    "灰色",
                    "16英寸 电竞游戏本",
                    "2.5K 165Hz 性价比",
                    6299),
            new Model(
                    "asus",
                    "华硕",
                    "ROG",
                    "枪神8 Plus",
                    "rogstrix8",
                    "i9 RTX4070 16G 1T/i9 RTX4080 32G 2T",
                    "日蚀灰",
                    "18英寸 电竞游戏本",
                    "2.5K 240Hz 玩家国度",
                    15999));

    /** Lines {@code key|category|brand|title|subtitle|specs|price yuan|popularity 1-5|listings}. */
    static final String DIGITAL = """
            charger/huawei/66w|DIGITAL_ACCESSORY|华为|华为原装66W超级快充充电器 Type-C充电头 适用Mate60/P70/nova系列|原装正品 快充不伤电池|款式=充电头/充电器套装|129|5|2
            charger/xiaomi/67w|DIGITAL_ACCESSORY|小米|小米67W氮化镓充电器套装 Type-C快充头 适用小米14/红米K70|GaN 小巧便携|款式=充电器套装|99|5|2
            charger/apple/20w|DIGITAL_ACCESSORY|苹果|Apple 20W USB-C 电源适配器 原装iPhone充电头 适用iPhone15/iPad|苹果原装 快充|款式=单头|149|5|2
            charger/samsung/45w|DIGITAL_ACCESSORY|三星|三星45W超快充充电器 原装Type-C 适用Galaxy S24 Ultra|PD PPS 超级快充|款式=充电头/套装|199|3|1
            charger/oppo/80w|DIGITAL_ACCESSORY|OPPO|OPPO 80W SUPERVOOC超级闪充充电器 原装 适用Find X7/Reno11|超级闪充 原装正品|款式=充电器套装|149|4|1
            charger/vivo/120w|DIGITAL_ACCESSORY|vivo|vivo 120W闪充充电器 原装 FlashCharge 适用X100/iQOO 12|双芯闪充 原装|款式=充电器套装|169|4|1
            charger/oneplus/100w|DIGITAL_ACCESSORY|一加|一加100W SUPERVOOC超级闪充充电器 适用一加12/Ace 3|原装闪充头|款式=套装|159|3|1
            charger/baseus/65w|DIGITAL_ACCESSORY|倍思|倍思65W氮化镓充电器 多口快充头 适用苹果华为小米笔记本手机|GaN三口 一头多充|颜色=黑色/白色|119|5|2
            charger/ugreen/100w|DIGITAL_ACCESSORY|绿联|绿联100W氮化镓充电器 四口 PD快充 适用MacBook笔记本iPhone|桌面快充 可充笔记本|颜色=深空灰/白色|229|4|1
            charger/anker/30w|DIGITAL_ACCESSORY|安克|Anker安克30W氮化镓充电器 Nano 适用iPhone15快充头|小巧 苹果PD快充|颜色=白色/黑色/粉色|89|5|1
            cable/ugreen/typec|DIGITAL_ACCESSORY|绿联|绿联Type-C数据线 6A超级快充线 适用华为小米 USB-C充电线|编织线 耐弯折|长度=1米/2米|29|5|2
            cable/apple/lightning|DIGITAL_ACCESSORY|苹果|Apple Lightning 至 USB-C 连接线 1米 iPhone原装数据线|苹果原装 充电线|长度=1米/2米|145|5|1
            cable/baseus/3in1|DIGITAL_ACCESSORY|倍思|倍思三合一数据线 一拖三充电线 苹果安卓Type-C通用|车载家用 一线三用|颜色=黑色/红色|39|4|1
            powerbank/xiaomi/20000|DIGITAL_ACCESSORY|小米|小米移动电源3 20000mAh 大容量 双向快充|快充 USB-C 便携|颜色=黑色/白色|149|5|2
            powerbank/romoss/10000|DIGITAL_ACCESSORY|罗马仕|罗马仕充电宝10000毫安 超薄小巧 便携移动电源 适用苹果华为|22.5W快充 可上飞机|颜色=白色/黑色/粉色|59|5|2
            powerbank/anker/magsafe|DIGITAL_ACCESSORY|安克|Anker安克磁吸充电宝 无线充 适用iPhone15 MagSafe移动电源|磁吸无线 轻薄|颜色=白色/紫色|199|4|1
            powerbank/huawei/12000|DIGITAL_ACCESSORY|华为|华为移动电源 12000mAh 66W超级快充 双向快充|可充笔记本|颜色=白色|299|3|1
            pencil/apple/pencil2|DIGITAL_ACCESSORY|苹果|Apple Pencil 第二代 手写笔 适用iPad Pro/iPad Air 平板电脑触控笔|磁吸充电 绘画笔记|款式=第二代|899|4|1
            pencil/huawei/mpencil|DIGITAL_ACCESSORY|华为|华为M-Pencil 第三代 手写笔 适用MatePad Pro/MatePad 11.5 平板触控笔|星闪连接 书写绘画|颜色=雪域白/曜金黑|549|3|1
            laptopbag/samsonite/14|DIGITAL_ACCESSORY|新秀丽|新秀丽笔记本电脑包 14英寸 双肩包 商务背包 男士通勤|防泼水 大容量|颜色=黑色/灰色;尺寸=14英寸/15.6英寸|599|3|1
            laptopbag/swissgear/156|DIGITAL_ACCESSORY|瑞士军刀|瑞士军刀电脑包 15.6英寸 双肩包 男女大学生书包 笔记本背包|大容量 USB充电口|颜色=黑色/灰色|159|4|2
            laptopstand/ugreen/alu|DIGITAL_ACCESSORY|绿联|绿联笔记本支架 铝合金 散热 升降折叠 电脑增高架 适用MacBook|颈椎友好 便携|颜色=深空灰/银色|89|5|1
            laptopcooler/ugreen/fan|DIGITAL_ACCESSORY|绿联|笔记本散热器 游戏本散热底座 静音风扇 电脑支架|双风扇 RGB灯效|款式=双风扇/五风扇|79|3|1
            keyboardfilm/macbook/air13|DIGITAL_ACCESSORY|亿色|适用MacBook Air 13 M3键盘膜 苹果笔记本电脑键盘保护膜 透明|超薄 防水防尘|款式=透明/磨砂|29|4|1
            mouse/logitech/m330|DIGITAL_ACCESSORY|罗技|罗技M330无线静音鼠标 办公家用 笔记本电脑鼠标|静音按键 一节电池用两年|颜色=黑色/灰色/红色|99|5|2
            mouse/logitech/mxmaster3s|DIGITAL_ACCESSORY|罗技|罗技MX Master 3S 无线蓝牙鼠标 办公 人体工学 Mac适用|8000DPI 静音|颜色=石墨黑/珍珠白|699|3|1
            mouse/razer/deathadder|DIGITAL_ACCESSORY|雷蛇|雷蛇 炼狱蝰蛇V3 电竞游戏鼠标 有线 轻量化|专业电竞 FPS|颜色=黑色/白色|299|3|1
            dock/ugreen/typec|DIGITAL_ACCESSORY|绿联|绿联Type-C扩展坞 拓展坞 HDMI转接头 USB分线器 适用MacBook笔记本|十合一 4K投屏|款式=五合一/十合一|149|4|1
            keyboard/logitech/k380|DIGITAL_ACCESSORY|罗技|罗技K380无线蓝牙键盘 便携 适用iPad手机平板电脑|多设备切换 小巧静音|颜色=黑色/白色/粉色|199|4|1
            keyboard/cherry/mx|DIGITAL_ACCESSORY|樱桃|CHERRY樱桃 MX3.0S 机械键盘 有线 游戏办公 红轴青轴|德国原厂轴 电竞|颜色=黑色/白色;轴体=红轴/青轴/茶轴|499|3|1
            earbuds/apple/airpodspro2|AUDIO|苹果|Apple AirPods Pro 第二代 主动降噪无线蓝牙耳机 USB-C 苹果耳机|自适应音频 空间音频|款式=USB-C充电盒|1899|5|2
            earbuds/apple/airpods3|AUDIO|苹果|Apple AirPods 第三代 无线蓝牙耳机 闪电充电盒 苹果原装|空间音频 防汗防水|款式=闪电充电盒|1399|4|1
            earbuds/huawei/freebudspro3|AUDIO|华为|华为FreeBuds Pro 3 真无线降噪蓝牙耳机 入耳式 星闪|高清空间音频 智慧动态降噪|颜色=陶瓷白/冰霜银/雅川青|1499|4|2
            earbuds/huawei/freebuds5i|AUDIO|华为|华为FreeBuds 5i 真无线蓝牙耳机 主动降噪 入耳式 运动耳机|超长续航 高解析音质|颜色=陶瓷白/星际黑/海岛蓝|449|4|1
            earbuds/xiaomi/buds4pro|AUDIO|小米|Xiaomi Buds 4 Pro 真无线降噪耳机 蓝牙 入耳式|48dB深度降噪 空间音频|颜色=月影黑/星辰金|999|3|1
            earbuds/redmi/buds5pro|AUDIO|红米|Redmi Buds 5 Pro 无线蓝牙降噪耳机 入耳式 游戏低延迟|52dB降噪 小米出品|颜色=黑色/白色/蓝色|379|4|1
            earbuds/sony/wf1000xm5|AUDIO|索尼|SONY索尼 WF-1000XM5 真无线降噪耳机 蓝牙 入耳式 降噪豆|旗舰降噪 高解析度|颜色=黑色/铂金银|1999|3|1
            headphones/sony/wh1000xm5|AUDIO|索尼|SONY索尼 WH-1000XM5 头戴式无线降噪蓝牙耳机 耳麦|智能降噪 30小时续航|颜色=黑色/铂金银/午夜蓝|2499|4|2
            headphones/bose/qcultra|AUDIO|Bose|Bose QuietComfort Ultra 头戴式 无线消噪耳机 蓝牙耳麦|沉浸式音频 顶级降噪|颜色=黑色/白烟石|3299|3|1
            headphones/edifier/w820nb|AUDIO|漫步者|漫步者W820NB 头戴式主动降噪蓝牙耳机 无线 学生网课耳麦|双金标 长续航|颜色=黑色/白色/蓝色|299|4|1
            earbuds/edifier/lollipro3|AUDIO|漫步者|漫步者Lolli Pro 3 真无线主动降噪蓝牙耳机 入耳式|LDAC 高音质|颜色=星夜黑/云岩白|499|3|1
            earphones/sennheiser/ie200|AUDIO|森海塞尔|森海塞尔IE 200 入耳式有线耳机 HiFi发烧 监听耳塞|原厂动圈 高保真|款式=3.5mm|1199|2|1
            speaker/jbl/flip6|AUDIO|JBL|JBL FLIP6 音乐万花筒6 便携蓝牙音箱 户外防水 低音炮|IP67防水 双单元|颜色=黑色/蓝色/红色/迷彩|799|4|2
            speaker/jbl/charge5|AUDIO|JBL|JBL CHARGE5 音乐冲击波5 蓝牙音箱 户外便携 重低音|可当充电宝 防水|颜色=黑色/蓝色/红色|1099|3|1
            speaker/xiaomi/xiaoaipro|AUDIO|小米|小米小爱音箱Pro 智能音箱 蓝牙 小爱同学 语音控制家电|家庭智能中枢 红外遥控|颜色=黑色|299|5|1
            speaker/baidu/xiaodu|AUDIO|小度|小度智能音箱Play 蓝牙音箱 AI语音助手 儿童早教|小度小度 百度出品|颜色=白色/红色|99|4|1
            speaker/edifier/r1700bt|AUDIO|漫步者|漫步者R1700BT 2.0 蓝牙音响 书架音箱 电脑电视音响|木质箱体 有源|颜色=木纹色|499|3|1
            speaker/harman/onyx8|AUDIO|哈曼卡顿|哈曼卡顿 Onyx Studio 8 琉璃8 蓝牙音箱 桌面音响|高颜值 立体声|颜色=黑色/蓝色|1899|3|1
            earbudcase/apple/airpodspro2|DIGITAL_ACCESSORY|亿色|适用AirPods Pro 2保护套 苹果无线蓝牙耳机套 硅胶耳机壳 第二代|防摔防滑 带挂钩|颜色=白色/黑色/粉色/薄荷绿|29|5|2
            earbudcase/huawei/freebudspro3|DIGITAL_ACCESSORY|图拉斯|适用华为FreeBuds Pro 3保护套 蓝牙耳机套 液态硅胶 耳机壳|全包防摔|颜色=白色/黑色|25|4|1
            earpads/sony/wh1000xm5|DIGITAL_ACCESSORY|品胜|适用索尼WH-1000XM5耳罩 头戴式耳机套 替换海绵套|蛋白皮 柔软|颜色=黑色/银色|69|3|1
            watch/apple/series9|WEARABLE|苹果|Apple Watch Series 9 智能手表 GPS款 45毫米 铝金属表壳 运动表带|血氧 心率 双指互点两下|颜色=午夜色/星光色/粉色;尺寸=41毫米/45毫米|3199|4|2
            watch/apple/ultra2|WEARABLE|苹果|Apple Watch Ultra 2 智能手表 GPS+蜂窝款 49毫米 钛金属表壳|户外探险 潜水 超长续航|表带=高山回环式/野径回环式|6499|3|1
            watch/huawei/gt4|WEARABLE|华为|华为WATCH GT 4 智能手表 46mm 运动手表 心率血氧 长续航两周|科学运动 健康管理|颜色=云杉绿/山茶棕/曜石黑|1488|4|2
            watch/huawei/watch4pro|WEARABLE|华为|华为WATCH 4 Pro 智能手表 eSIM独立通话 钛金属 商务手表|一键微体检 血糖风险评估|颜色=星际蓝/木星棕|3699|3|1
            band/huawei/band8|WEARABLE|华为|华为手环8 智能运动手环 心率血氧睡眠监测 超长续航 NFC版|轻薄舒适 两周续航|颜色=幻夜黑/樱语粉/薄荷绿|269|5|2
            band/xiaomi/band8|WEARABLE|小米|小米手环8 智能运动手环 NFC版 心率血氧监测 150种运动模式|16天续航 跑步豆模式|颜色=亮黑色/淡金色|279|5|2
            band/xiaomi/band8pro|WEARABLE|小米|小米手环8 Pro 智能手环 1.74英寸大屏 GPS定位|类手表大屏 运动健康|颜色=黑色/白色|399|4|1
            watch/redmi/watch4|WEARABLE|红米|Redmi Watch 4 智能手表 蓝牙通话 运动手表 血氧心率|1.97英寸AMOLED 小米出品|颜色=典雅黑/银雪白|499|4|1
            watch/imoo/z9|WEARABLE|小天才|小天才电话手表Z9 儿童智能手表 4G全网通 GPS定位 学生|视频通话 防水|颜色=蓝色/粉色|1998|4|1
            watch/garmin/fr265|WEARABLE|佳明|佳明Garmin Forerunner 265 跑步运动手表 GPS 心率血氧 马拉松|AMOLED屏 训练准备程度|颜色=黑色/白色/水蓝色|2980|3|1
            watch/amazfit/gtr4|WEARABLE|华米|华米Amazfit GTR 4 智能手表 运动GPS 血氧心率 蓝牙通话|14天续航 跑步|颜色=黑色/棕色|899|3|1
            watchband/apple/sport|DIGITAL_ACCESSORY|亿色|适用Apple Watch表带 苹果手表表带 硅胶运动 S9/S8/Ultra 智能手表替换带|快拆 亲肤透气|颜色=黑色/白色/粉色/绿色;尺寸=41mm/45mm|39|5|2
            watchband/xiaomi/band8|DIGITAL_ACCESSORY|毕亚兹|适用小米手环8腕带 替换带 硅胶 智能手环表带 NFC版通用|多彩可换|颜色=黑色/粉色/蓝色|19|5|1
            watchfilm/huawei/gt4|DIGITAL_ACCESSORY|闪魔|适用华为WATCH GT4钢化膜 智能手表保护膜 46mm 全屏覆盖|高清防刮|款式=2片装|19|4|1
            tv/xiaomi/redmia65|TV|小米|小米电视 Redmi A65 65英寸 4K超高清 智能网络液晶平板电视|金属全面屏 远场语音|尺寸=65英寸|1899|4|2
            tv/xiaomi/spro85|TV|小米|小米电视S Pro 85英寸 Mini LED 4K 144Hz 智能液晶电视|澎湃OS 高刷游戏|尺寸=85英寸|8999|3|1
            tv/hisense/e8|TV|海信|海信电视E8 75英寸 ULED X Mini LED 4K 144Hz 液晶电视机|黑曜屏 AI画质|尺寸=65英寸/75英寸|6999|3|1
            tv/hisense/vidda55|TV|海信|Vidda 海信 55英寸 4K超高清 智能液晶游戏电视 家用彩电|全面屏 远场语音|尺寸=55英寸/65英寸|1599|4|1
            tv/tcl/q10k|TV|TCL|TCL电视 65Q10K 65英寸 QD-Mini LED 4K 144Hz 液晶平板电视机|量子点 安桥音响|尺寸=65英寸/75英寸|5999|3|1
            tv/skyworth/a5f|TV|创维|创维电视 55A5F 55英寸 4K超高清 护眼 智能网络液晶电视机|无开机广告 声控|尺寸=55英寸|1699|3|1
            tv/sony/x90l|TV|索尼|索尼 XR-65X90L 65英寸 4K HDR 全面屏 游戏电视 PS5理想搭档|XR认知芯片 精锐光控|尺寸=65英寸|7299|2|1
            tv/huawei/s5pro|TV|华为|华为智慧屏 S5 Pro 65英寸 超薄全面屏 4K 240Hz 智能液晶电视|鸿蒙 AI摄像头|尺寸=65英寸/75英寸|5999|3|1
            tv/changhong/55d6|TV|长虹|长虹55D6 55英寸 4K 智能语音 液晶平板电视机 家用彩电|老人电视 简单易用|尺寸=55英寸|1399|3|1
            tv/ffalcon/peng7|TV|雷鸟|雷鸟鹏7 65英寸 4K 144Hz 游戏电视 液晶平板电视|TCL出品 高刷电竞|尺寸=65英寸/75英寸|2799|3|1
            tvmount/ugreen/universal|DIGITAL_ACCESSORY|绿联|电视挂架 壁挂支架 通用 小米海信TCL 55-85英寸 电视机墙上支架|加厚承重 可调角度|尺寸=32-65英寸/55-85英寸|89|4|1
            tvremote/xiaomi/bt|DIGITAL_ACCESSORY|小米|适用小米电视遥控器 蓝牙语音 红米电视通用遥控板|即配即用|款式=蓝牙语音款|39|4|1
            tvbox/xiaomi/box4|DIGITAL_ACCESSORY|小米|小米盒子4S Max 电视盒子 网络机顶盒 4K|老电视秒变智能电视|款式=标准版|399|3|1
            """;

    static final String APPLIANCES = """
            ricecooker/midea/ih4l|KITCHEN|美的|美的电饭煲 家用4L IH电磁加热 智能预约 多功能 MB-4E86|球釜内胆 柴火饭|容量=3L/4L/5L|399|5|2
            ricecooker/supor/5l|KITCHEN|苏泊尔|苏泊尔电饭煲 5L 球釜 家用大容量 智能 电饭锅 SF50FC|远红外加热|容量=4L/5L|299|5|2
            ricecooker/joyoung/mini|KITCHEN|九阳|九阳迷你电饭煲 2L 小型 1-2人 家用宿舍 电饭锅|小巧不占地|颜色=白色/粉色|129|4|1
            ricecooker/zojirushi/ih|KITCHEN|象印|象印IH电饭煲 日本 家用 3L 压力IH 电饭锅|铂金厚釜 米饭香甜|容量=3L|2299|2|1
            airfryer/midea/55|KITCHEN|美的|美的空气炸锅 家用 5.5L 可视 大容量 多功能 不用翻面|免翻面 一机多用|容量=5.5L|299|5|2
            airfryer/joyoung/6l|KITCHEN|九阳|九阳空气炸锅 6L 大容量 家用 智能 电炸锅|无油低脂 薯条鸡翅|容量=4.5L/6L|249|4|1
            soymilk/joyoung/k9|KITCHEN|九阳|九阳豆浆机 破壁免滤 家用全自动 1.2L 多功能|免过滤 预约热饮|容量=0.8L/1.2L|499|4|1
            blender/midea/pb|KITCHEN|美的|美的破壁机 家用 加热 全自动 豆浆 辅食 料理机|静音 破壁|款式=标准款/静音款|399|4|1
            kettle/supor/17l|KITCHEN|苏泊尔|苏泊尔电水壶 1.7L 家用 304不锈钢 烧水壶 自动断电|快速烧水|颜色=银色/白色|89|5|2
            kettle/midea/15l|KITCHEN|美的|美的电热水壶 1.5L 保温 恒温 热水壶 电热壶|双层防烫|颜色=白色/灰色|129|4|1
            healthpot/bear/15l|KITCHEN|小熊|小熊养生壶 1.5L 家用多功能 煮茶器 花茶壶 办公室|玻璃壶身 预约|颜色=白色/绿色|139|4|1
            microwave/galanz/20l|KITCHEN|格兰仕|格兰仕微波炉 20L 家用 转盘 机械式 小型|经典款 易操作|颜色=白色|369|3|1
            microwave/midea/pc23|KITCHEN|美的|美的变频微波炉 23L 家用 微烤一体机 光波炉|一级能效 智能菜单|颜色=黑色|599|3|1
            coffee/delonghi/ecam|KITCHEN|德龙|德龙Delonghi 全自动咖啡机 意式 家用 研磨一体 E Lattesima|一键拿铁卡布奇诺|颜色=黑色/银色|3999|2|1
            coffee/nespresso/vertuo|KITCHEN|雀巢|Nespresso 胶囊咖啡机 Vertuo Pop 家用 全自动|一键萃取 多杯量|颜色=黑色/红色/白色|999|2|1
            inductioncooker/xiaomi/mijia|KITCHEN|小米|米家电磁炉 家用 大功率 智能 小米电磁灶 火锅|九档火力|款式=标准版|249|4|1
            pressurecooker/joyoung/5l|KITCHEN|九阳|九阳电压力锅 5L 家用 智能 双胆 高压锅 电高压锅|一锅双胆 煲汤炖肉|容量=5L/6L|299|4|1
            robotvac/ecovacs/t20|CLEANING|科沃斯|科沃斯地宝T20 MAX 扫地机器人 扫拖一体 自动集尘 洗抹布|热水洗拖布 全自动|颜色=白色|2999|4|2
            robotvac/roborock/g20|CLEANING|石头|石头扫地机器人G20 扫拖一体 全自动清洗 自动上下水|机械臂 避障|颜色=白色/黑色|4599|3|1
            robotvac/dreame/x30|CLEANING|追觅|追觅X30 Pro 扫拖机器人 全自动 自动换洗拖布 扫地机|仿生机械臂 毛发防缠绕|颜色=白色|4999|3|1
            robotvac/narwal/j4|CLEANING|云鲸|云鲸J4 扫拖一体机器人 全自动 拖地机器人 自动洗拖布|不缠毛 智能脏污识别|颜色=白色|3299|3|1
            vacuum/dyson/v12|CLEANING|戴森|戴森Dyson V12 Detect Slim 无线吸尘器 手持 家用 大吸力|激光探测微尘 除螨|款式=标准版/旗舰版|3990|3|1
            vacuum/xiaomi/g10|CLEANING|小米|米家无线吸尘器 G10 手持 家用 大吸力 小米吸尘器|一机多用 除螨|款式=标准版|1199|4|1
            floorwasher/tineco/floor3|CLEANING|添可|添可芙万3.0 LED 洗地机 无线智能 家用 吸拖洗一体|自清洁 热风烘干|颜色=雅灰|2599|4|1
            floorwasher/bissell/crosswave|CLEANING|必胜|必胜BISSELL洗地机 家用 无线 吸拖一体 自清洁|美国品牌 双滚刷|款式=标准版|2199|2|1
            mite/midea/uv|CLEANING|美的|美的除螨仪 家用床上 紫外线杀菌 手持吸尘除螨机|高温除螨|颜色=白色|199|4|1
            """;

    static final String APPAREL = """
            tshirt/uniqlo/men|MENSWEAR|优衣库|优衣库 男装 圆领T恤 短袖 U系列 纯棉打底衫 夏季|百搭基础款|颜色=白色/黑色/藏青色;尺码=S/M/L/XL|79|5|3
            tshirt/semir/men|MENSWEAR|森马|森马短袖t恤男 2024夏季新款 宽松潮牌 纯棉半袖上衣|青少年 情侣款|颜色=白色/黑色/灰色;尺码=M/L/XL|59|5|2
            hoodie/lining/men|MENSWEAR|李宁|李宁卫衣男 连帽 运动休闲 加绒 秋冬新款 套头衫|中国李宁 潮流|颜色=黑色/灰色/米白;尺码=M/L/XL/XXL|299|4|2
            hoodie/anta/men|MENSWEAR|安踏|安踏卫衣男 圆领 运动上衣 秋季 宽松 长袖|吸湿透气|颜色=黑色/藏青;尺码=M/L/XL|199|4|1
            downjacket/bosideng/men|MENSWEAR|波司登|波司登羽绒服男 短款 冬季 加厚 保暖 连帽 鹅绒外套|面包服 抗寒零下30度|颜色=黑色/藏青/军绿;尺码=170/175/180/185|999|4|2
            shirt/hla/men|MENSWEAR|海澜之家|海澜之家衬衫男 长袖 商务正装 免烫 纯色 白衬衣|抗皱 上班通勤|颜色=白色/浅蓝/粉色;尺码=39/40/41/42|199|4|1
            jeans/jackjones/men|MENSWEAR|杰克琼斯|杰克琼斯 牛仔裤男 修身 小脚 弹力 直筒 春秋|经典蓝 百搭|颜色=深蓝/浅蓝;尺码=29/30/31/32/33|399|4|1
            jacket/semir/men|MENSWEAR|森马|森马夹克男 春秋 外套 工装 休闲 立领|宽松 潮流|颜色=黑色/卡其;尺码=M/L/XL|199|3|1
            polo/peacebird/men|MENSWEAR|太平鸟|太平鸟男装 POLO衫 短袖 翻领 商务休闲|冰丝凉感|颜色=白色/藏青;尺码=M/L/XL|259|3|1
            suit/youngor/men|MENSWEAR|雅戈尔|雅戈尔西服套装男 商务正装 羊毛 西装外套 结婚|修身 免烫|颜色=藏青/黑色;尺码=170/175/180|1999|2|1
            dress/peacebird/women|WOMENSWEAR|太平鸟|太平鸟女装 连衣裙 法式碎花 夏季 收腰 显瘦 长裙|温柔气质|颜色=碎花白/碎花蓝;尺码=S/M/L|399|4|2
            jeans/only/women|WOMENSWEAR|ONLY|ONLY牛仔裤女 高腰 阔腿 直筒 显瘦 宽松 拖地裤|春秋新款|颜色=浅蓝/深蓝;尺码=25/26/27/28|399|4|1
            downjacket/bosideng/women|WOMENSWEAR|波司登|波司登羽绒服女 长款 过膝 冬季 加厚 鹅绒 连帽外套|极寒 保暖|颜色=黑色/米白/雾霾蓝;尺码=155/160/165/170|1299|4|2
            cardigan/uniqlo/women|WOMENSWEAR|优衣库|优衣库 女装 针织开衫 长袖 V领 毛衣外套 春秋|柔软亲肤|颜色=米色/黑色/粉色;尺码=S/M/L|199|4|1
            coat/eifini/women|WOMENSWEAR|伊芙丽|伊芙丽毛呢大衣女 中长款 羊毛 双面呢 秋冬 外套|通勤 气质|颜色=驼色/黑色;尺码=S/M/L|899|3|1
            skirt/ochirly/women|WOMENSWEAR|欧时力|欧时力半身裙 女 中长款 A字裙 高腰 百褶裙|显瘦 垂感|颜色=黑色/咖啡色;尺码=S/M/L|359|3|1
            hoodie/lediin/women|WOMENSWEAR|乐町|乐町卫衣女 连帽 宽松 慵懒风 加绒 上衣|少女 学生|颜色=粉色/灰色/白色;尺码=S/M/L|199|4|1
            sunjacket/beneunder/women|WOMENSWEAR|蕉下|蕉下防晒衣女 UPF50+ 冰丝 防紫外线 防晒服 外套 夏季|轻薄透气 可收纳|颜色=白色/粉色/浅绿;尺码=S/M/L|199|5|2
            sneakers/nike/af1|SHOES|耐克|耐克 Nike Air Force 1 空军一号 男女 低帮 板鞋 小白鞋 运动休闲鞋|经典百搭|颜色=纯白/黑白;尺码=38/39/40/41/42/43|749|5|2
            sneakers/adidas/samba|SHOES|阿迪达斯|阿迪达斯 adidas 三叶草 SAMBA OG 德训鞋 男女 复古 板鞋|复古潮流|颜色=黑白/白绿;尺码=37/38/39/40/41/42/43|799|4|2
            basketball/lining/wade|SHOES|李宁|李宁 韦德之道11 篮球鞋 男 低帮 实战 专业 运动鞋|䨻科技 缓震|颜色=黑红/白金;尺码=40/41/42/43/44|1299|3|1
            sneakers/anta/c37|SHOES|安踏|安踏C37 软底 休闲运动鞋 男女 缓震 跑步鞋 踩屎感|软弹 轻便|颜色=白色/黑色;尺码=36/37/38/39/40/41/42/43|269|5|2
            canvas/warrior/classic|SHOES|回力|回力帆布鞋 男女 经典款 高帮 低帮 学生 小白鞋|国货经典|颜色=白色/黑色;尺码=35/36/37/38/39/40/41/42/43|79|5|2
            walking/skechers/gowalk|SHOES|斯凯奇|斯凯奇 Skechers 健步鞋 一脚蹬 女 妈妈鞋 懒人鞋 轻便|健步舒适|颜色=黑色/灰色/粉色;尺码=35/36/37/38/39|399|4|1
            heels/belle/women|SHOES|百丽|百丽高跟鞋女 细跟 尖头 单鞋 通勤 职业 春秋|真皮 气质|颜色=黑色/裸色;尺码=34/35/36/37/38/39|699|3|1
            hiking/camel/boots|SHOES|骆驼|骆驼登山鞋 男 防水防滑 户外徒步鞋 高帮 耐磨|户外 越野|颜色=卡其/黑色;尺码=39/40/41/42/43/44|399|4|1
            clogs/crocs/classic|SHOES|卡骆驰|Crocs卡骆驰 洞洞鞋 经典款 男女 沙滩鞋 凉拖 包头拖鞋|轻便防水|颜色=白色/黑色/粉色;尺码=M4W6/M5W7/M6W8/M7W9|299|5|2
            slippers/home/eva|SHOES|南极人|南极人拖鞋 家用 浴室 防滑 夏季 男女 踩屎感 凉拖鞋|EVA厚底|颜色=白色/灰色/粉色;尺码=36-37/38-39/40-41/42-43|19|5|2
            """;

    static final String BEAUTY = """
            serum/lancome/genifique|SKINCARE|兰蔻|兰蔻 Lancome 精华肌底液 第二代 50ml 修护 保湿 精华液|小黑瓶 肌底修护|容量=30ml/50ml/100ml|1080|5|2
            serum/esteelauder/anr|SKINCARE|雅诗兰黛|雅诗兰黛 特润修护肌活精华露 50ml 第七代 抗老 精华液|小棕瓶 熬夜修护|容量=30ml/50ml/100ml|960|5|2
            essence/skii/pitera|SKINCARE|SK-II|SK-II 护肤精华露 230ml PITERA 精华水 爽肤水|神仙水 亮肤控油|容量=160ml/230ml|1590|4|2
            serum/proya/doubleanti|SKINCARE|珀莱雅|珀莱雅双抗精华 3.0 抗氧化 抗糖 提亮 精华液 30ml|早C晚A 国货|容量=30ml/50ml|299|5|1
            cream/winona/soothing|SKINCARE|薇诺娜|薇诺娜舒敏保湿特护霜 50g 敏感肌 修护 面霜|屏障修护 敏感肌专研|容量=15g/50g|268|5|2
            cream/larocheposay/b5|SKINCARE|理肤泉|理肤泉 B5 多效修复霜 40ml 舒缓 修护 万能霜|积雪草 泛红修护|容量=40ml/100ml|178|4|1
            sunscreen/anessa/gold|SKINCARE|安热沙|安热沙 安耐晒 小金瓶 防晒霜 SPF50+ 60ml 防水防汗 户外|军训 海边 防晒乳|容量=60ml/90ml|228|5|2
            serum/shiseido/red|SKINCARE|资生堂|资生堂 红腰子 红妍肌活精华露 50ml 修护 精华|红妍精华 第三代|容量=30ml/50ml/75ml|780|4|1
            cleanser/freeplus/amino|SKINCARE|芙丽芳丝|芙丽芳丝 净润洗面霜 100g 氨基酸 洁面乳 温和 敏感肌|氨基酸洗面奶 泡沫细腻|容量=100g|118|5|2
            cleanser/ponds/rice|SKINCARE|旁氏|旁氏 米粹 润泽洁面乳 120g 氨基酸 洗面奶 学生|温和清洁|容量=120g|39|4|1
            mask/fulljia/black|SKINCARE|敷尔佳|敷尔佳 医用重组胶原蛋白 敷料 黑膜 5片 修护 补水面膜|术后修护 敏感肌|款式=5片/10片|139|4|1
            lotion/dabao/sod|SKINCARE|大宝|大宝SOD蜜 200ml 补水保湿 乳液 面霜 国货老牌|经典国货|容量=100ml/200ml|22|4|1
            wipes/dettol/alcohol|SKINCARE|滴露|滴露75%酒精湿巾 80抽 消毒湿巾 杀菌 家用 便携|酒精消毒 除菌99.9%|款式=80抽/便携10抽|29|5|2
            lipstick/dior/999|MAKEUP|迪奥|迪奥 Dior 烈艳蓝金唇膏 999 口红 哑光 正红色 礼盒|经典正红 节日送礼|色号=999/720/888|380|5|2
            lipstick/ysl/goldbar|MAKEUP|圣罗兰|圣罗兰 YSL 小金条 哑光口红 1966 21 唇膏|方管 丝绒哑光|色号=1966/21/28|390|4|2
            lipgloss/armani/405|MAKEUP|阿玛尼|阿玛尼 红管 唇釉 405 丝绒哑光 口红 烂番茄色|丝绒质地|色号=405/400/206|360|4|1
            lipstick/mac/chili|MAKEUP|MAC|M·A·C 魅可 子弹头 口红 Chili 小辣椒 唇膏|复古砖红|色号=Chili/Ruby Woo/Marrakesh|210|4|1
            powder/florasis/air|MAKEUP|花西子|花西子 空气蜜粉 散粉 定妆粉 控油 持久 不脱妆|东方彩妆 细腻|色号=轻透/自然|169|4|1
            eyeshadow/perfectdiary/palette|MAKEUP|完美日记|完美日记 动物眼影盘 十二色 大地色 哑光 珠光|新手易上手|色号=小猫盘/小狗盘|99|4|1
            foundation/esteelauder/dw|MAKEUP|雅诗兰黛|雅诗兰黛 DW 持妆粉底液 30ml 油皮 控油 遮瑕|持久不脱妆|色号=1W1/1W2/2C0|450|5|2
            mascara/maybelline/sky|MAKEUP|美宝莲|美宝莲 飞箭睫毛膏 纤长 卷翘 防水 不晕染|根根分明|颜色=黑色|119|4|1
            """;

    static final String FOOD = """
            orange/chucheng/yunnan|FRUIT|褚橙|褚橙 云南冰糖橙 5kg 实建 礼盒装 新鲜水果 当季|褚时健 励志橙|规格=5kg礼盒/3kg|168|5|2
            orange/gannan/navel|FRUIT|赣南|江西赣南脐橙 新鲜水果 10斤 当季 整箱 大果 现摘现发|果园直发 甜橙|规格=5斤/10斤;果径=75mm+/85mm+|59|5|3
            orange/zigui/navel|FRUIT|秭归|湖北秭归脐橙 伦晚 夏橙 新鲜水果 5斤装|长江三峡 橙子|规格=5斤/9斤|45|4|1
            orange/aiyuan38|FRUIT|果冻橙|四川 爱媛38号 果冻橙 新鲜水果 5斤 整箱 薄皮多汁|入口即化|规格=5斤/9斤|49|4|1
            citrus/bapagan|FRUIT|不知火|四川 不知火 丑橘 耙耙柑 5斤 新鲜水果 当季整箱|丑橘 爆甜|规格=5斤/10斤|49|4|2
            citrus/shatangju|FRUIT|砂糖橘|广西 砂糖橘 新鲜水果 5斤 当季 小橘子 整箱|皮薄易剥 年货|规格=5斤/10斤|29|5|2
            citrus/wogan|FRUIT|沃柑|广西 武鸣沃柑 新鲜水果 10斤 当季 整箱 桔子|爆汁 甜|规格=5斤/10斤|39|4|1
            cherry/chile/jj|FRUIT|智利|智利车厘子 JJ级 2kg 礼盒 进口水果 新鲜 当季|空运直达 脆甜|规格=1kg/2kg;等级=JJ级/JJJ级|199|5|2
            cherry/shandong/big|FRUIT|烟台|山东烟台 大樱桃 美早 新鲜水果 3斤 礼盒|本地樱桃 现摘|规格=2斤/3斤|99|3|1
            apple/aksu/bingtangxin|FRUIT|阿克苏|新疆阿克苏冰糖心苹果 10斤 新鲜水果 当季 脆甜 红富士|冰糖心 丑苹果|规格=5斤/10斤|49|5|2
            apple/yantai/fuji|FRUIT|烟台|烟台红富士苹果 栖霞 10斤 新鲜 脆甜 整箱|山东苹果|规格=5斤/10斤|45|4|1
            kiwi/zespri/gold|FRUIT|佳沛|佳沛 新西兰 金奇异果 阳光金果 22-25粒 礼盒 进口水果|Zespri 猕猴桃|规格=22粒/33粒|139|4|2
            kiwi/xuxiang|FRUIT|徐香|陕西周至 徐香猕猴桃 绿心 5斤 新鲜水果 当季|软糯香甜|规格=5斤/10斤|35|4|1
            mango/hainan/guifei|FRUIT|贵妃芒|海南贵妃芒 新鲜 芒果 5斤 当季 红金龙|热带水果|规格=5斤/10斤|49|4|1
            durian/thai/monthong|FRUIT|金枕|泰国金枕榴莲 新鲜 整个 3-4斤 进口水果|肉厚 香甜|规格=3-4斤/4-5斤|199|4|1
            blueberry/yunnan|FRUIT|云南|云南蓝莓 新鲜 大果 4盒 125g 当季水果|鲜果 爆浆|规格=4盒/8盒|69|4|1
            pineapple/hainan|FRUIT|海南|海南菠萝 新鲜 香水菠萝 5斤 当季水果|免削 香甜|规格=5斤/10斤|29|3|1
            pineapple/taiwan/fengli|FRUIT|台湾|台湾凤梨 金钻凤梨 新鲜 5斤 免削皮|无眼凤梨|规格=5斤|49|3|1
            mangosteen/thai|FRUIT|泰国|泰国山竹 5A大果 新鲜 进口水果 3斤|水果皇后|规格=3斤/5斤|89|3|1
            melon/hami|FRUIT|哈密瓜|新疆哈密瓜 西州蜜 新鲜 当季 2个装|脆甜|规格=2个/4个|59|3|1
            watermelon/qilin|FRUIT|麒麟瓜|海南麒麟西瓜 新鲜 当季 1个装 8斤|薄皮沙瓤|规格=1个装|39|4|1
            strawberry/dandong|FRUIT|丹东|丹东99草莓 红颜 新鲜 3斤 礼盒|奶油草莓|规格=2斤/3斤|89|4|1
            nuts/threesquirrels/daily|SNACKS|三只松鼠|三只松鼠 每日坚果 混合坚果 750g 30包 零食 礼盒|孕妇 儿童 营养|规格=750g/30包|99|5|2
            jerky/bestore/pork|SNACKS|良品铺子|良品铺子 猪肉脯 200g 靖江 肉脯 办公室零食|高蛋白 解馋|规格=100g/200g|35|4|1
            latiao/weilong/dmj|SNACKS|卫龙|卫龙 大面筋 辣条 65g*10包 麻辣 零食 童年|经典辣条|规格=10包/20包|29|5|2
            chips/lays/original|SNACKS|乐事|乐事 薯片 原味 70g*5袋 休闲零食|美国经典原味|口味=原味/黄瓜味/番茄味|29|5|1
            seeds/qiaqia/xianggua|SNACKS|洽洽|洽洽香瓜子 五香 308g*3袋 葵花籽 炒货|老牌瓜子|口味=五香/焦糖/山核桃味|35|4|1
            nuts/baicaowei/macadamia|SNACKS|百草味|百草味 夏威夷果 奶油味 200g*2袋 坚果 零食|送开果器|规格=200g/500g|39|4|1
            crackers/wangwang/snow|SNACKS|旺旺|旺旺雪饼 仙贝 大礼包 520g 膨化 零食 年货|童年味道|规格=520g|32|4|1
            biscuits/oreo/original|SNACKS|奥利奥|奥利奥 夹心饼干 原味 388g 早餐 零食|扭一扭 舔一舔 泡一泡|口味=原味/巧克力味|22|4|1
            chocolate/dove/silk|SNACKS|德芙|德芙 丝滑牛奶巧克力 252g 碗装 零食 送女友|丝滑 浓郁|口味=牛奶/黑巧|59|4|1
            candy/whiterabbit|SNACKS|大白兔|大白兔奶糖 原味 500g 袋装 喜糖 婚庆|经典国货|规格=227g/500g|39|4|1
            duckneck/zhouheiya|SNACKS|周黑鸭|周黑鸭 卤鸭脖 锁鲜装 200g 麻辣 熟食 零食|武汉特产|口味=甜辣/麻辣|39|4|1
            longjing/xihu/mingqian|TEA|西湖|西湖龙井 明前特级 2024新茶 绿茶 250g 罐装 杭州|狮峰 嫩芽|规格=125g/250g|398|4|2
            biluochun/suzhou|TEA|碧螺春|苏州 洞庭碧螺春 2024新茶 明前 绿茶 250g|花果香|规格=125g/250g|198|3|1
            tieguanyin/anxi|TEA|安溪|安溪铁观音 浓香型 2024新茶 乌龙茶 500g 礼盒|兰花香 回甘|规格=250g/500g|168|4|1
            puer/yunnan/shu|TEA|普洱|云南普洱茶 熟茶 357g 茶饼 勐海 七子饼|越陈越香|规格=357g/3饼|198|3|1
            dahongpao/wuyi|TEA|武夷山|武夷山大红袍 岩茶 乌龙茶 特级 250g 礼盒|岩骨花香|规格=250g|268|3|1
            whitetea/fuding|TEA|福鼎|福鼎白茶 白牡丹 2020年 老白茶 茶饼 300g|陈香 枣香|规格=300g|228|3|1
            jasmine/zhangyiyuan|TEA|张一元|张一元 茉莉花茶 特级 浓香型 100g 罐装|北京老字号|规格=100g/250g|98|3|1
            blacktea/lipton|TEA|立顿|立顿 红茶包 黄牌精选 100包 袋泡茶 奶茶原料|办公室 冲泡方便|规格=100包/200包|45|4|1
            blacktea/zhengshan|TEA|正山小种|武夷山 正山小种 红茶 特级 250g 礼盒|松烟香|规格=250g|158|3|1
            maojian/xinyang|TEA|信阳毛尖|信阳毛尖 2024新茶 明前 绿茶 250g|豫茶 鲜爽|规格=250g|168|3|1
            baijiu/moutai/feitian|ALCOHOL|茅台|贵州茅台酒 飞天 53度 500ml 酱香型白酒 单瓶|国酒 收藏送礼|规格=500ml|2899|4|2
            baijiu/wuliangye/8|ALCOHOL|五粮液|五粮液 第八代 普五 52度 500ml 浓香型白酒|浓香典范|规格=500ml/500ml*2|1099|4|2
            baijiu/luzhou/1573|ALCOHOL|泸州老窖|泸州老窖 国窖1573 52度 500ml 浓香型 白酒 送礼|国窖|规格=500ml|1099|3|1
            baijiu/yanghe/m6|ALCOHOL|洋河|洋河 梦之蓝 M6+ 52度 550ml 绵柔型白酒 礼盒|绵柔|规格=550ml|699|3|1
            baijiu/fenjiu/qinghua20|ALCOHOL|汾酒|山西汾酒 青花20 53度 500ml 清香型白酒|清香型|规格=500ml|399|3|1
            baijiu/jiangxiaobai|ALCOHOL|江小白|江小白 表达瓶 40度 100ml*6瓶 高粱酒 小酒|青春小酒|规格=100ml*6|99|4|1
            beer/tsingtao/classic|ALCOHOL|青岛啤酒|青岛啤酒 经典 11度 500ml*12罐 整箱|百年青啤|规格=12罐/24罐|69|5|2
            beer/snow/yongchuang|ALCOHOL|雪花|雪花啤酒 勇闯天涯 500ml*12罐 整箱 拉格|清爽|规格=12罐|49|5|1
            beer/budweiser|ALCOHOL|百威|百威啤酒 经典醇正 500ml*18听 整箱 拉格|美式|规格=18听|99|4|1
            beer/harbin|ALCOHOL|哈尔滨|哈尔滨啤酒 冰纯 500ml*18听 整箱|哈啤|规格=18听|65|4|1
            wine/changyu/cabernet|ALCOHOL|张裕|张裕 解百纳 干红葡萄酒 750ml*6瓶 整箱 国产红酒|百年张裕|规格=单瓶/6瓶|498|4|1
            wine/greatwall/5star|ALCOHOL|长城|长城 五星 赤霞珠 干红葡萄酒 750ml 红酒 礼盒|中粮出品|规格=单瓶/2瓶礼盒|158|3|1
            wine/lafite/legende|ALCOHOL|拉菲|拉菲传奇 波尔多 干红葡萄酒 750ml 法国进口红酒|法国原瓶进口|规格=单瓶/6瓶|199|4|1
            wine/penfolds/bin389|ALCOHOL|奔富|奔富 Bin389 赤霞珠设拉子 干红葡萄酒 750ml 澳洲进口|小奔富|规格=单瓶|699|3|1
            huangjiu/guyuelongshan|ALCOHOL|古越龙山|古越龙山 绍兴黄酒 花雕酒 五年陈 500ml*6瓶|绍兴老酒 料酒可用|规格=6瓶|128|3|1
            plumwine/meijian|ALCOHOL|梅见|梅见 青梅酒 12度 750ml 果酒 微醺|女生酒|规格=330ml/750ml|79|4|1
            cocktail/rio|ALCOHOL|RIO|RIO锐澳 预调鸡尾酒 微醺 330ml*8罐 果酒|多口味|口味=白桃/葡萄/柠檬|69|4|1
            whisky/suntory/kaku|ALCOHOL|三得利|三得利 角瓶 威士忌 700ml 日本进口 洋酒 调酒|Highball|规格=700ml|129|3|1
            whisky/jackdaniels|ALCOHOL|杰克丹尼|杰克丹尼 田纳西 威士忌 700ml 美国进口 洋酒|No.7|规格=700ml|169|3|1
            sake/dassai/45|ALCOHOL|獭祭|獭祭 45 纯米大吟酿 清酒 720ml 日本进口|米酒|规格=300ml/720ml|299|2|1
            """;

    static final String HOME = """
            bedding/luolai/cotton|BEDDING|罗莱|罗莱家纺 全棉四件套 纯棉 床单被套 1.8m床 简约|A类纯棉 亲肤|颜色=灰白/浅蓝/米黄;尺寸=1.5m/1.8m|599|4|2
            bedding/mercury/4pcs|BEDDING|水星家纺|水星家纺 四件套 纯棉 床上用品 被罩床单 1.5m 1.8m床|磨毛 保暖|颜色=米色/灰色/粉色;尺寸=1.5m/1.8m|399|4|2
            quilt/fuanna/silk|BEDDING|富安娜|富安娜 蚕丝被 100%桑蚕丝 冬被 春秋被 被芯|天然蚕丝 母婴级|重量=2斤/4斤;尺寸=200x230|1299|3|1
            quilt/boyang/winter|BEDDING|博洋|博洋家纺 冬被 加厚 保暖 被子 被芯 单人双人|大豆纤维|重量=6斤/8斤;尺寸=150x200/200x230|299|4|1
            quilt/mendale/down|BEDDING|梦洁|梦洁 羽绒被 白鹅绒 95% 冬季加厚 被芯|轻盈保暖|尺寸=200x230/220x240|1599|3|1
            pillow/thai/latex|BEDDING|泰国|泰国天然乳胶枕 护颈椎 成人 枕头 单人 枕芯|进口乳胶 透气|款式=波浪款/面包款|99|5|2
            pillow/hotel/fivestar|BEDDING|南极人|五星级酒店枕头 羽丝绒 枕芯 一对装 家用 助睡眠|酒店同款 蓬松|款式=低枕/中枕/高枕|69|5|2
            mat/icesilk/summer|BEDDING|南极人|冰丝凉席 三件套 夏季 可水洗 1.8m床 空调软席|凉感 折叠|尺寸=1.5m/1.8m|99|4|1
            blanket/coral/fleece|BEDDING|南极人|珊瑚绒毛毯 加厚 冬季 法兰绒 午睡毯 沙发盖毯|柔软亲肤|尺寸=150x200/200x230|59|4|1
            eblanket/caihong|BEDDING|彩虹|彩虹电热毯 双人 双控 家用 1.8米 安全 电褥子|智能控温 防水|尺寸=1.5m/1.8m|129|4|1
            wok/zhangqiu/iron|KITCHENWARE|章丘|章丘铁锅 手工锻打 炒锅 无涂层 家用 老式 炒菜锅|传统工艺 不粘|尺寸=32cm/34cm|139|5|2
            wok/supor/nonstick|KITCHENWARE|苏泊尔|苏泊尔 不粘锅 炒锅 家用 麦饭石色 燃气电磁炉通用 炒菜锅|少油烟 易清洗|尺寸=30cm/32cm|169|5|2
            pressurecooker/supor/stove|KITCHENWARE|苏泊尔|苏泊尔 高压锅 压力锅 家用 燃气 电磁炉通用 不锈钢|多重安全保护|容量=4L/6L|239|3|1
            knives/zwilling/set|KITCHENWARE|双立人|双立人 刀具套装 菜刀 厨房 家用 不锈钢 切片刀 刀架|德国品牌|款式=五件套/七件套|599|3|1
            cleaver/shibazi|KITCHENWARE|十八子作|十八子作 菜刀 家用 切片刀 不锈钢 厨师专用 刀具|阳江老牌|款式=切片刀/斩骨刀|89|4|1
            cup/thermos/500|KITCHENWARE|膳魔师|膳魔师保温杯 500ml 316不锈钢 男女 便携 水杯|长效保温|颜色=黑色/白色/粉色|199|5|2
            cup/zojirushi/480|KITCHENWARE|象印|象印保温杯 480ml 不锈钢 真空 一键开盖 水杯|轻量化|颜色=黑色/粉色/蓝色|229|4|1
            cup/fuguang/tea|KITCHENWARE|富光|富光 保温杯 茶水分离 男士 大容量 商务 泡茶杯|一杯两用|容量=400ml/600ml|89|4|1
            box/locklock/fresh|KITCHENWARE|乐扣乐扣|乐扣乐扣 保鲜盒 玻璃 微波炉加热 饭盒 便当盒 套装|耐热玻璃|款式=三件套/五件套|99|4|1
            tableware/corelle|KITCHENWARE|康宁|康宁餐具 碗盘套装 家用 耐热玻璃 碗碟 16件|美国品牌|款式=16件/30件|499|3|1
            wineglass/crystal|KITCHENWARE|青苹果|红酒杯 套装 水晶玻璃 高脚杯 家用 6只装 葡萄酒杯|无铅水晶|款式=6只装/6只+醒酒器|69|4|1
            decanter/glass|KITCHENWARE|青苹果|醒酒器 水晶玻璃 红酒 快速 分酒器 家用|天鹅造型|容量=1500ml|59|3|1
            opener/wine|KITCHENWARE|美厨|红酒开瓶器 海马刀 不锈钢 起子 葡萄酒启瓶器|酒具 送礼|款式=海马刀/电动款|19|3|1
            chopsticks/alloy|KITCHENWARE|双枪|双枪 合金筷子 家用 10双装 防霉 耐高温|不发霉|款式=10双/20双|29|5|1
            teaset/kungfu|KITCHENWARE|唐丰|功夫茶具套装 家用 陶瓷 泡茶 盖碗 茶杯 茶盘|办公室 会客|款式=简约款/全套|199|3|1
            storagebox/citylong|STORAGE|禧天龙|禧天龙 收纳箱 塑料 大号 衣服整理箱 家用 储物箱 有盖|加厚 可叠加|容量=50L/80L/120L|69|5|2
            hanger/traceless|STORAGE|宜家|无痕衣架 家用 防滑 衣撑 晾衣架 20个装|宽肩不变形|颜色=白色/灰色|29|5|1
            vacuumbag/taili|STORAGE|太力|太力 真空压缩袋 收纳袋 被子衣服 抽气 大号 8件套|送电泵|款式=8件套/12件套|69|4|1
            shoebox/clear|STORAGE|禧天龙|鞋盒 透明 收纳盒 鞋子 塑料 鞋柜 抽屉式 6个装|防尘 可叠加|款式=6个装/12个装|59|4|1
            drawer/cabinet|STORAGE|爱丽思|爱丽思 抽屉式收纳柜 塑料 多层 储物柜 儿童衣柜|日本品牌|款式=三层/五层|199|3|1
            deskorganizer/deli|STORAGE|得力|桌面收纳盒 办公 文具 化妆品 整理盒 抽屉|多格分类|颜色=白色/粉色|29|4|1
            """;

    static final String BABY = """
            diaper/pampers/nb|DIAPERS|帮宝适|帮宝适 一级帮 纸尿裤 NB84片 新生儿 婴儿 尿不湿|超薄透气|尺码=NB/S/M/L|189|5|2
            diaper/merries/m|DIAPERS|花王|花王 妙而舒 纸尿裤 M64片 婴儿 日本进口|柔软透气|尺码=S/M/L/XL|129|4|2
            pullups/huggies/xl|DIAPERS|好奇|好奇 心钻装 拉拉裤 XL72片 婴儿 成长裤|小森林 透气|尺码=L/XL/XXL|169|5|1
            diaper/goon/angel|DIAPERS|大王|大王 天使 纸尿裤 L54片 婴儿 尿片|日本进口|尺码=M/L/XL|159|3|1
            diaper/moony/natural|DIAPERS|尤妮佳|尤妮佳 moony 皇家系列 纸尿裤 M 婴儿|有机棉|尺码=NB/S/M/L|169|3|1
            pullups/babycare/royal|DIAPERS|babycare|babycare 皇室弱酸 拉拉裤 L 超薄 婴儿 学步裤|弱酸亲肤|尺码=L/XL/XXL|149|4|1
            bottle/pigeon/glass|FEEDING|贝亲|贝亲 宽口径 玻璃奶瓶 新生儿 婴儿 160ml 240ml|自然实感 防胀气|容量=160ml/240ml|99|5|2
            bottle/hegen/ppsu|FEEDING|Hegen|Hegen 奶瓶 PPSU 宽口 新生儿 婴儿 防胀气|新加坡进口|容量=150ml/240ml|259|4|1
            bottle/comotomo|FEEDING|可么多么|可么多么 硅胶奶瓶 宽口 防胀气 新生儿 婴儿|仿母乳|容量=150ml/250ml|159|3|1
            formula/feihe/xingfeifan|FEEDING|飞鹤|飞鹤 星飞帆 婴幼儿配方奶粉 3段 700g|更适合中国宝宝体质|段数=1段/2段/3段|229|5|2
            formula/aptamil/3|FEEDING|爱他美|爱他美 卓萃 幼儿配方奶粉 3段 900g 德国|白金版|段数=2段/3段|329|4|1
            wipes/pigeon/baby|FEEDING|贝亲|贝亲 婴儿湿巾 手口专用 80抽 6包 无香|温和无刺激|规格=6包/12包|59|5|1
            tissue/purcotton|FEEDING|全棉时代|全棉时代 棉柔巾 婴儿 干湿两用 洗脸巾 100抽 6包|纯棉|规格=6包|69|5|1
            ricepowder/gerber|FEEDING|嘉宝|嘉宝 婴儿米粉 高铁米粉 1段 225g 宝宝辅食|辅食添加|段数=1段/2段|49|4|1
            breastpump/medela|FEEDING|美德乐|美德乐 电动吸奶器 双边 丝韵 静音 无痛 吸乳器|瑞士品牌|款式=单边/双边|1298|3|1
            """;

    static final String SPORTS = """
            running/lining/feidian3|RUNNING|李宁|李宁飞电3 Challenger 竞速跑鞋 男 碳板 马拉松 跑步鞋|䨻科技 竞速|颜色=标准白/荧光黄;尺码=40/41/42/43/44|899|4|2
            running/nike/pegasus40|RUNNING|耐克|耐克 Nike Pegasus 40 飞马40 男子 公路跑步鞋 缓震|经典慢跑|颜色=黑白/白蓝;尺码=40/41/42/43/44|899|4|2
            running/asics/kayano30|RUNNING|亚瑟士|亚瑟士 ASICS GEL-KAYANO 30 男 稳定支撑 跑步鞋|跑鞋 支撑|颜色=黑色/白色;尺码=40/41/42/43|1299|3|1
            running/anta/c202|RUNNING|安踏|安踏C202 GT 碳板 竞速跑鞋 马拉松 男女|氮科技|颜色=白色/黑色;尺码=36/38/40/42/44|699|4|1
            running/xtep/160x5|RUNNING|特步|特步160X 5.0 PRO 碳板跑鞋 马拉松 竞速 男|冠军跑鞋|颜色=白红/白蓝;尺码=40/41/42/43|899|4|1
            running/361/feiran3|RUNNING|361度|361度 飞燃3 专业竞速 跑步鞋 男 碳板|轻量回弹|颜色=白色/橙色;尺码=40/41/42/43|599|3|1
            running/hoka/clifton9|RUNNING|HOKA|HOKA ONE ONE Clifton 9 克利夫顿9 男女 公路跑鞋 缓震|厚底轻盈|颜色=黑色/白色/蓝色;尺码=38/39/40/41/42/43|1099|4|1
            waistpack/running|RUNNING|迪卡侬|迪卡侬 跑步腰包 运动手机包 隐形 贴身 马拉松装备|防水轻薄|颜色=黑色|49|4|1
            tent/mobi/auto|CAMPING|牧高笛|牧高笛 户外帐篷 全自动速开 3-4人 露营 防雨 加厚|一秒速开 公园野餐|颜色=米色/绿色|499|4|2
            tent/naturehike/cloud|CAMPING|挪客|挪客 Naturehike 云尚 超轻 双人帐篷 户外 登山 徒步|1.5kg 防暴雨|颜色=灰色/绿色|599|3|1
            tent/camel/family|CAMPING|骆驼|骆驼 帐篷 户外 露营 野营 加厚 防雨 家庭 4人 便携折叠|大空间 防晒|颜色=卡其/墨绿|399|4|1
            tarp/naturehike|CAMPING|挪客|挪客 天幕 户外 露营 遮阳棚 防晒 防雨 蝶形天幕 帐篷|黑胶防晒|颜色=米色/黑色|299|4|1
            chair/kermit|CAMPING|牧高笛|克米特椅 户外折叠椅 露营椅子 便携 实木 钓鱼椅|复古 承重|颜色=卡其/军绿|199|4|1
            table/eggroll|CAMPING|牧高笛|蛋卷桌 户外折叠桌 铝合金 露营桌 便携 野餐桌|轻便 稳固|尺寸=90cm/120cm|159|4|1
            sleepingbag/camel|CAMPING|骆驼|骆驼 睡袋 成人 户外 露营 冬季加厚 保暖 防寒|信封式 可拼接|温标=5度/零下5度|129|4|1
            stove/kovea/cassette|CAMPING|韩国|卡式炉 户外 便携 家用 火锅 瓦斯炉 野炊|防风 大火力|款式=标准款/防风款|159|3|1
            cart/camping/folding|CAMPING|迪卡侬|露营车 户外 折叠 小推车 营地车 野餐 拉车|大容量 四轮|颜色=黑色/卡其|229|4|1
            yogamat/keep/tpe|FITNESS|Keep|Keep 瑜伽垫 TPE 加厚 防滑 家用 健身垫 男女 地垫|体位线 回弹|厚度=6mm/8mm;颜色=紫色/蓝色/灰色|99|5|2
            yogamat/lining|FITNESS|李宁|李宁 瑜伽垫 加宽 加厚 防滑 健身 舞蹈 地垫|NBR 静音|厚度=10mm/15mm|79|4|1
            dumbbell/adjustable|FITNESS|迪卡侬|可调节哑铃 男士 家用 健身器材 20kg 40kg 快速调重|包胶防滑|重量=20kg/40kg|399|4|1
            jumprope/counting|FITNESS|李宁|跳绳 计数 中考专用 钢丝 健身 减肥 成人 学生|电子计数|款式=计数款/无绳款|49|5|1
            massagegun/feiyu|FITNESS|飞利浦|飞利浦 筋膜枪 肌肉放松 按摩器 专业 健身 迷你|深层按摩|颜色=黑色/白色|299|5|2
            abwheel/keep|FITNESS|Keep|Keep 健腹轮 自动回弹 腹肌轮 家用 健身 男女|卷腹 瘦肚子|颜色=黑色|89|4|1
            resistanceband/decathlon|FITNESS|迪卡侬|弹力带 健身 男女 阻力带 拉力带 臀部 瑜伽 拉伸|多磅数|阻力=15磅/25磅/35磅|29|4|1
            pullupbar/door|FITNESS|李宁|单杠 家用 室内 引体向上器 免打孔 门上 单杠|承重300斤|款式=标准款|89|3|1
            """;

    static final String BOOKS = """
            book/santi|BOOKS_GENERAL|重庆出版社|三体 全集 刘慈欣 全三册 科幻小说 雨果奖|中国科幻里程碑|版本=平装/典藏版|93|5|2
            book/huozhe|BOOKS_GENERAL|作家出版社|活着 余华 正版 现当代文学 经典小说|影响中国|版本=平装|35|5|1
            book/littleprince|BOOKS_GENERAL|天津人民出版社|小王子 圣埃克苏佩里 中英双语 儿童文学|经典童话|版本=平装/精装|29|4|1
            book/solitude|BOOKS_GENERAL|南海出版公司|百年孤独 马尔克斯 正版 外国文学 魔幻现实主义|诺贝尔文学奖|版本=精装|55|4|1
            book/sapiens|BOOKS_GENERAL|中信出版社|人类简史 从动物到上帝 尤瓦尔·赫拉利|畅销历史|版本=平装|68|4|1
            book/mingchao|BOOKS_GENERAL|北京联合出版|明朝那些事儿 全集 当年明月 历史读物|通俗历史|版本=全7册/全9册|199|4|1
            book/harrypotter|BOOKS_GENERAL|人民文学出版社|哈利波特 全集 1-7册 J.K.罗琳 魔法 小说|纪念版|版本=平装/精装|318|4|1
            book/hongloumeng|BOOKS_GENERAL|人民文学出版社|红楼梦 曹雪芹 四大名著 原著 无删减 中国古典小说|经典名著|版本=上下册|49|4|1
            book/shortbrief|BOOKS_GENERAL|湖南科技出版社|时间简史 霍金 插图版 科普读物|宇宙奥秘|版本=插图版|45|3|1
            book/weicheng|BOOKS_GENERAL|人民文学出版社|围城 钱钟书 正版 现代文学 经典|婚姻是一座围城|版本=平装|39|3|1
            pen/mg/gel|STATIONERY|晨光|晨光 中性笔 0.5mm 黑色 签字笔 水笔 学生 考试 办公 12支装|顺滑 速干|颜色=黑色/蓝色/红色;规格=12支/36支|15|5|2
            pen/pilot/juice|STATIONERY|百乐|百乐 PILOT 果汁笔 0.5 彩色 中性笔 日本 手账 按动|色彩鲜艳|颜色=黑色/多色套装|49|4|1
            notebook/deli/a5|STATIONERY|得力|得力 笔记本 A5 记事本 加厚 学生 作业本 办公 本子 4本装|纸张顺滑|规格=A5/B5|19|4|2
            notebook/kokuyo/loose|STATIONERY|国誉|国誉 KOKUYO 活页本 B5 可拆卸 笔记本 学生 考研|方格 横线|规格=A5/B5|39|4|1
            folder/mg|STATIONERY|晨光|晨光 文件夹 A4 多层 插页 资料册 试卷 收纳|办公学生|规格=20页/40页/60页|12|4|1
            stapler/deli|STATIONERY|得力|得力 订书机 办公 中号 省力 订书器 学生|附订书钉|款式=中号/大号|15|4|1
            paint/marie/watercolor|STATIONERY|马利|马利 水彩颜料 24色 学生 儿童 美术 绘画 管装|初学者|规格=12色/24色/36色|29|3|1
            pencil/faber/hb|STATIONERY|辉柏嘉|辉柏嘉 铅笔 HB 2B 小学生 考试 素描 12支|德国品牌|规格=HB/2B|12|4|1
            calculator/deli|STATIONERY|得力|得力 计算器 财务 会计 办公 太阳能 语音 大屏|12位|款式=普通款/语音款|29|4|1
            eraser/mg|STATIONERY|晨光|晨光 橡皮擦 学生 4B 美术 考试 不留痕|擦得干净|规格=4块/10块|6|4|1
            """;
}
