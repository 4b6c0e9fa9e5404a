package com.ks.platform.web.demo;

import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ReturnExclusion;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo catalog: products of the four approved demo shops, with spec matrices, prices in fen and a few sold-out
 * combinations so the product page has something to disable.
 */
final class DemoCatalog {

    record Item(String ownerEmail, NewProduct product) {}

    private record Spec(String name, List<String> values, List<String> colours) {}

    private DemoCatalog() {}

    static List<Item> items() {
        List<Item> items = new ArrayList<>();
        String digital = "merchant@ks.demo";
        items.add(item(
                digital,
                "PHONE",
                "PHONE",
                "星耀 X20 智能手机 5G 全网通",
                "6.7 英寸 OLED 屏 · 5000mAh 长续航 · 徕卡影像",
                "星耀",
                colours("曜石黑:1f2937", "冰川蓝:2563eb", "樱花粉:db2777"),
                values("存储", "128GB", "256GB", "512GB"),
                249900,
                0,
                50000,
                3));
        items.add(item(
                digital,
                "PHONE",
                "PHONE",
                "青柠 Note 12 手机 大屏长续航",
                "6.6 英寸护眼屏 · 老人学生都合适",
                "青柠",
                colours("墨绿:166534", "星光白:64748b"),
                values("存储", "128GB", "256GB"),
                129900,
                0,
                30000,
                5));
        items.add(item(
                digital,
                "PHONE",
                "PHONE",
                "星耀 X20 液态硅胶手机壳",
                "亲肤防摔 · 精准开孔",
                "星耀",
                colours("曜石黑:1f2937", "薄荷绿:10b981", "奶油白:a8a29e"),
                null,
                4900,
                0,
                0,
                0));
        items.add(item(
                digital,
                "LAPTOP",
                "LAPTOP",
                "极光 Pro 14 笔记本电脑 轻薄高性能",
                "2.8K 120Hz 屏 · 16 小时续航",
                "极光",
                colours("深空灰:374151", "银色:9ca3af"),
                values("配置", "16GB+512GB", "32GB+1TB"),
                599900,
                0,
                200000,
                7));
        items.add(item(
                digital,
                "LAPTOP",
                "LAPTOP",
                "轻薄 Air 13 笔记本 学生办公",
                "1.2kg 全金属机身",
                "极光",
                colours("星光金:b45309", "银色:9ca3af"),
                values("配置", "8GB+256GB", "16GB+512GB"),
                399900,
                0,
                80000,
                2));
        items.add(item(
                digital,
                "AUDIO",
                "AUDIO",
                "静界 主动降噪蓝牙耳机",
                "48dB 深度降噪 · 30 小时续航",
                "静界",
                colours("月光白:94a3b8", "石墨黑:111827"),
                null,
                59900,
                0,
                0,
                0));
        items.add(item(
                digital,
                "AUDIO",
                "AUDIO",
                "律动 头戴式无线耳机 Hi-Res",
                "大动圈 · 低延迟游戏模式",
                "律动",
                colours("黑色:111827", "雾蓝:3b82f6"),
                null,
                89900,
                0,
                0,
                4));
        items.add(item(
                digital,
                "AUDIO",
                "AUDIO",
                "便携蓝牙音箱 Mini 防水",
                "IPX7 防水 · 户外派对",
                "律动",
                colours("活力橙:ea580c", "湖蓝:0284c7"),
                null,
                19900,
                0,
                0,
                0));
        items.add(item(
                digital,
                "WEARABLE",
                "WATCH",
                "悦动 智能手表 S3 血氧心率监测",
                "14 天续航 · 100+ 运动模式",
                "悦动",
                colours("午夜黑:1f2937", "玫瑰金:be185d"),
                values("表带", "42mm", "46mm"),
                99900,
                0,
                10000,
                6));

        String home = "home@ks.demo";
        items.add(item(
                home,
                "BEDDING",
                "BED",
                "长绒棉四件套 纯棉床品",
                "A 类母婴级 · 亲肤透气",
                "悦居",
                colours("燕麦色:a16207", "雾霾蓝:475569", "浅灰:6b7280"),
                values("尺寸", "1.5m 床", "1.8m 床"),
                39900,
                0,
                6000,
                8));
        items.add(item(
                home,
                "BEDDING",
                "BED",
                "轻暖白鹅绒羽绒被 冬被",
                "95% 白鹅绒 · 蓬松保暖",
                "悦居",
                colours("白色:94a3b8"),
                values("尺寸", "150×200cm", "200×230cm"),
                69900,
                0,
                30000,
                0));
        items.add(item(
                home,
                "KITCHENWARE",
                "KITCHEN",
                "麦饭石不粘炒锅 少油烟",
                "燃气电磁炉通用",
                "悦居",
                colours("岩灰:57534e"),
                values("尺寸", "30cm", "32cm"),
                15900,
                0,
                2000,
                0));
        items.add(item(
                home,
                "KITCHENWARE",
                "BOX",
                "釉下彩陶瓷餐具套装 28 件",
                "可进微波炉洗碗机",
                "悦居",
                colours("青花:1d4ed8", "素白:78716c"),
                null,
                19900,
                0,
                0,
                0));
        items.add(item(
                home,
                "STORAGE",
                "BOX",
                "可折叠收纳箱 大容量 带盖",
                "衣物玩具收纳",
                "悦居",
                colours("奶白:a8a29e", "灰蓝:64748b"),
                values("容量", "36L", "66L"),
                5900,
                0,
                2000,
                9));
        items.add(item(
                home,
                "KITCHEN",
                "KITCHEN",
                "智能电饭煲 4L 家用多功能",
                "IH 电磁加热 · 24 小时预约",
                "悦居",
                colours("珍珠白:78716c", "曜石黑:1f2937"),
                null,
                39900,
                0,
                0,
                0));
        items.add(item(
                home,
                "KITCHEN",
                "KITCHEN",
                "304 不锈钢电水壶 1.7L",
                "双层防烫 · 自动断电",
                "悦居",
                colours("银色:6b7280"),
                null,
                12900,
                0,
                0,
                0));
        items.add(item(
                home,
                "CLEANING",
                "BOX",
                "扫地机器人 扫拖一体 激光导航",
                "自动集尘 · 智能避障",
                "悦居",
                colours("白色:64748b"),
                null,
                199900,
                0,
                0,
                0));

        String fruit = "fruit@ks.demo";
        items.add(perishable(item(
                fruit,
                "FRUIT",
                "FRUIT",
                "赣南脐橙 新鲜当季 现摘现发",
                "果园直发 · 甜度 13°+",
                "鲜果时光",
                colours("橙色:ea580c"),
                values("规格", "5 斤装", "10 斤装"),
                3990,
                0,
                3000,
                0)));
        items.add(perishable(item(
                fruit,
                "FRUIT",
                "FRUIT",
                "阿克苏冰糖心苹果 脆甜多汁",
                "新疆产地直发",
                "鲜果时光",
                colours("红色:dc2626"),
                values("规格", "5 斤装", "10 斤装"),
                5990,
                0,
                4000,
                0)));
        items.add(perishable(item(
                fruit,
                "FRUIT",
                "FRUIT",
                "金果猕猴桃 奇异果 12 个装",
                "单果 100g+",
                "鲜果时光",
                colours("金色:ca8a04"),
                null,
                8900,
                0,
                0,
                0)));
        items.add(item(
                fruit,
                "TEA",
                "TEA",
                "明前西湖龙井 绿茶 250g 礼盒",
                "核心产区 · 手工炒制",
                "鲜果时光",
                colours("茶绿:15803d"),
                null,
                29800,
                0,
                0,
                0));
        items.add(item(
                fruit,
                "SNACKS",
                "BOX",
                "每日坚果 混合果仁 30 袋",
                "7 种坚果果干 · 独立小包",
                "鲜果时光",
                colours("坚果棕:92400e"),
                null,
                12900,
                0,
                0,
                0));

        String sports = "sports@ks.demo";
        items.add(item(
                sports,
                "RUNNING",
                "SHOE",
                "缓震跑鞋 Air Run 3 男女款",
                "轻量回弹 · 透气网面",
                "跃动",
                colours("曜黑:111827", "荧光绿:65a30d", "雾白:9ca3af"),
                values("尺码", "39", "40", "41", "42", "43", "44"),
                49900,
                0,
                0,
                11));
        items.add(item(
                sports,
                "RUNNING",
                "SHIRT",
                "速干运动 T 恤 短袖",
                "吸湿排汗 · 四面弹",
                "跃动",
                colours("黑色:111827", "蓝色:2563eb"),
                values("尺码", "S", "M", "L", "XL"),
                8900,
                0,
                0,
                0));
        items.add(item(
                sports,
                "CAMPING",
                "TENT",
                "四人自动速开露营帐篷 防雨",
                "免搭建 · 双层防暴雨",
                "跃动",
                colours("军绿:3f6212", "沙色:a16207"),
                null,
                69900,
                0,
                0,
                0));
        items.add(item(
                sports,
                "CAMPING",
                "SHIRT",
                "户外冲锋衣 三合一 防风防水",
                "可拆卸抓绒内胆",
                "跃动",
                colours("藏青:1e3a8a", "橙色:c2410c"),
                values("尺码", "M", "L", "XL"),
                59900,
                0,
                0,
                0));
        items.add(item(
                sports,
                "FITNESS",
                "FITNESS",
                "TPE 瑜伽垫 6mm 加宽防滑",
                "双面纹理 · 附收纳绑带",
                "跃动",
                colours("紫罗兰:7c3aed", "湖绿:0d9488"),
                null,
                9900,
                0,
                0,
                0));
        items.add(item(
                sports,
                "FITNESS",
                "FITNESS",
                "可调节哑铃 20kg 一对",
                "快速调重 · 家用健身",
                "跃动",
                colours("黑色:111827"),
                null,
                39900,
                0,
                0,
                0));
        return items;
    }

    private static Spec colours(String... nameAndColour) {
        List<String> names = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (String entry : nameAndColour) {
            String[] parts = entry.split(":");
            names.add(parts[0]);
            colours.add(parts[1]);
        }
        return new Spec("颜色", names, colours);
    }

    private static Spec values(String name, String... values) {
        return new Spec(name, List.of(values), List.of());
    }

    /**
     * One SKU per combination; price = base + index of the second value × step2; every {@code soldOutEvery}-th
     * combination is sold out (0 = none).
     */
    private static Item item(
            String owner,
            String category,
            String art,
            String title,
            String subtitle,
            String brand,
            Spec first,
            Spec second,
            long basePrice,
            long step1,
            long step2,
            int soldOutEvery) {
        List<NewProduct.NewSku> skus = new ArrayList<>();
        List<String> images = new ArrayList<>();
        String prefix = Integer.toHexString(Math.abs(title.hashCode())).toUpperCase();
        int combination = 0;
        for (int i = 0; i < first.values().size(); i++) {
            String image = ProductArt.ref(art, first.colours().get(i));
            images.add(image);
            List<String> seconds = second == null ? java.util.Collections.singletonList(null) : second.values();
            for (int j = 0; j < seconds.size(); j++) {
                combination++;
                int stock = soldOutEvery > 0 && combination % soldOutEvery == 0 ? 0 : 20 + (combination * 37) % 180;
                skus.add(new NewProduct.NewSku(
                        prefix + "-" + i + j,
                        first.values().get(i),
                        seconds.get(j),
                        basePrice + i * step1 + j * step2,
                        stock,
                        image));
            }
        }
        String description = "<p>" + subtitle + "</p><ul><li>正品保障，假一赔十</li><li>全国联保，发票随货</li></ul>";
        return new Item(
                owner,
                new NewProduct(
                        category,
                        title,
                        subtitle,
                        brand,
                        description,
                        images,
                        first.name(),
                        second == null ? null : second.name(),
                        skus,
                        5,
                        true,
                        null,
                        true));
    }

    private static Item perishable(Item item) {
        NewProduct p = item.product();
        return new Item(
                item.ownerEmail(),
                new NewProduct(
                        p.categoryCode(),
                        p.title(),
                        p.subtitle(),
                        p.brand(),
                        p.descriptionHtml(),
                        p.images(),
                        p.spec1Name(),
                        p.spec2Name(),
                        p.skus(),
                        10,
                        false,
                        ReturnExclusion.PERISHABLE,
                        true));
    }
}
