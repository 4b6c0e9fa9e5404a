package com.ks.platform.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the relevance catalog (deterministic, seed {@link #SEED}): phones, tablets and laptops of real brand lines
 * with the cases, screen films, chargers and bags that mention them; the rest of the platform's category tree with
 * brands, varieties sold under their own names (褚橙, 耙耙柑), colloquial words in subtitles only as merchants write
 * them, and look-alikes that share a character or a word with a category (酒精湿巾, 酒店枕头, 红酒杯, 笔记本 of paper, 鞋盒).
 * Each base product is listed by one to three shops; {@link #scaled(int)} keeps listing variants of the same base for
 * the latency benchmark. {@link RelevanceFiles#main} writes the files.
 */
public final class RelevanceCatalog {

    public static final long SEED = 20261203L;

    private static final String[] ACCESSORY_BRANDS = {"倍思", "绿联", "图拉斯", "闪魔", "品胜", "毕亚兹", "亿色", "古尚古"};
    private static final String[] LISTING_TAGS = {
        "官方正品", "现货速发", "顺丰包邮", "店长推荐", "2024新款", "热卖爆款", "品牌直营", "限时特惠", "新品上市", "正品保障"
    };

    private final Random random = new Random(SEED);
    private final List<RelevanceProduct> products = new ArrayList<>();

    private RelevanceCatalog() {}

    /** The relevance catalog: the same list on every run. */
    public static List<RelevanceProduct> generate() {
        RelevanceCatalog catalog = new RelevanceCatalog();
        catalog.phones();
        catalog.tablets();
        catalog.laptops();
        catalog.listed(RelevanceCatalogData.DIGITAL);
        catalog.listed(RelevanceCatalogData.APPLIANCES);
        catalog.listed(RelevanceCatalogData.APPAREL);
        catalog.listed(RelevanceCatalogData.BEAUTY);
        catalog.listed(RelevanceCatalogData.FOOD);
        catalog.listed(RelevanceCatalogData.HOME);
        catalog.listed(RelevanceCatalogData.BABY);
        catalog.listed(RelevanceCatalogData.SPORTS);
        catalog.listed(RelevanceCatalogData.BOOKS);
        return List.copyOf(catalog.products);
    }

    /**
     * {@code count} products for the latency benchmark: the relevance catalog, then further listings of its base
     * products by other shops (another tag, colour or pack, another price), as a large marketplace has them.
     */
    public static List<RelevanceProduct> scaled(int count) {
        List<RelevanceProduct> base = generate();
        List<RelevanceProduct> all = new ArrayList<>(base.subList(0, Math.min(count, base.size())));
        Random random = new Random(SEED + 1);
        for (int i = all.size(); i < count; i++) {
            RelevanceProduct from = base.get(random.nextInt(base.size()));
            String tag = LISTING_TAGS[random.nextInt(LISTING_TAGS.length)];
            String shop = SHOP_WORDS[random.nextInt(SHOP_WORDS.length)];
            String title = clip(from.title() + " " + tag + " " + shop, 120);
            all.add(new RelevanceProduct(
                    String.format("S%06d", i + 1),
                    from.key() + "~" + i,
                    from.categoryCode(),
                    from.brand(),
                    title,
                    from.subtitle(),
                    from.specs(),
                    Math.max(100, from.priceFen() * (80 + random.nextInt(41)) / 100),
                    random.nextInt(Math.max(1, from.sales() * 2)),
                    random.nextInt(10) == 0 ? 0 : 40 + random.nextInt(11),
                    random.nextInt(20) == 0 ? 0 : random.nextInt(2000)));
        }
        return all;
    }

    private static final String[] SHOP_WORDS = {"旗舰店", "专营店", "自营", "专卖店", "官方店", "企业店", "工厂店", "优选店"};

    // ---- phones and what goes with them ----

    private void phones() {
        for (RelevanceCatalogData.Model m : RelevanceCatalogData.PHONES) {
            String slug = m.slug();
            String[] colors = m.colors().split("/");
            String key = "phone/" + m.brandSlug() + "/" + slug;
            int copies = 1 + random.nextInt(3);
            for (int c = 0; c < copies; c++) {
                String memory = m.memory().split("/")[c % m.memory().split("/").length];
                String title = m.brandEn() + "/" + m.brandZh() + " " + m.model() + " " + memory + " "
                        + colors[c % colors.length] + " " + m.feature() + " 5G智能手机";
                add(
                        key + "#" + (c + 1),
                        "PHONE",
                        m.brandZh(),
                        title,
                        m.subtitle(),
                        "颜色=" + m.colors() + ";版本=" + m.memory(),
                        m.priceYuan() * 100L,
                        3);
            }
            String acc = pick(ACCESSORY_BRANDS);
            add(
                    "case/" + m.brandSlug() + "/" + slug + "/silicone",
                    "DIGITAL_ACCESSORY",
                    acc,
                    acc + " 适用" + m.brandZh() + m.model() + "手机壳 液态硅胶 全包防摔 保护套 男女款",
                    "亲肤细腻 镜头全包 不发黄",
                    "颜色=黑色/白色/远峰蓝/薄荷绿",
                    3900,
                    5);
            String acc2 = pick(ACCESSORY_BRANDS);
            add(
                    "case/" + m.brandSlug() + "/" + slug + "/clear",
                    "DIGITAL_ACCESSORY",
                    acc2,
                    m.model() + "手机壳 透明磁吸 气囊防摔 适用" + m.brandZh() + m.model() + " 保护壳",
                    "磁吸充电 四角气囊 " + m.brandZh() + "手机专用",
                    "颜色=透明/磨砂黑",
                    2900,
                    5);
            add(
                    "case/" + m.brandSlug() + "/" + slug + "/leather",
                    "DIGITAL_ACCESSORY",
                    m.brandZh(),
                    m.brandZh() + "原装 " + m.model() + " 素皮保护壳 手机壳 商务 防摔",
                    m.brandZh() + "官方配件 精准开孔",
                    "颜色=黑色/棕色"
                            + (List.of("黑色", "棕色").contains(m.colors().split("/")[0])
                                    ? ""
                                    : "/" + m.colors().split("/")[0]),
                    19900,
                    3);
            String acc3 = pick(ACCESSORY_BRANDS);
            add(
                    "film/" + m.brandSlug() + "/" + slug,
                    "DIGITAL_ACCESSORY",
                    acc3,
                    acc3 + " " + m.model() + "钢化膜 适用" + m.brandZh() + " 全屏覆盖 高清防指纹 手机贴膜",
                    "9H硬度 贴膜神器 一贴即好",
                    "款式=高清2片装/防窥2片装",
                    1990,
                    5);
            if (random.nextBoolean()) {
                add(
                        "lensfilm/" + m.brandSlug() + "/" + slug,
                        "DIGITAL_ACCESSORY",
                        pick(ACCESSORY_BRANDS),
                        m.model() + "镜头膜 后摄像头保护膜 适用" + m.brandZh() + "手机 镜头圈",
                        "金属镜头圈 不影响拍照",
                        "颜色=黑色/银色",
                        1500,
                        4);
            }
        }
    }

    private void tablets() {
        for (RelevanceCatalogData.Model m : RelevanceCatalogData.TABLETS) {
            String slug = m.slug();
            String key = "tablet/" + m.brandSlug() + "/" + slug;
            int copies = 1 + random.nextInt(2);
            for (int c = 0; c < copies; c++) {
                String memory = m.memory().split("/")[c % m.memory().split("/").length];
                add(
                        key + "#" + (c + 1),
                        "TABLET",
                        m.brandZh(),
                        m.brandEn() + "/" + m.brandZh() + " " + m.model() + " " + m.feature() + " 平板电脑 " + memory
                                + " WiFi版",
                        m.subtitle(),
                        "颜色=" + m.colors() + ";版本=" + m.memory(),
                        m.priceYuan() * 100L,
                        3);
            }
            String acc = pick(ACCESSORY_BRANDS);
            add(
                    "tabletcase/" + m.brandSlug() + "/" + slug,
                    "DIGITAL_ACCESSORY",
                    acc,
                    "适用" + m.brandZh() + m.model() + "保护套 平板电脑保护壳 三折支架 防摔带笔槽",
                    "轻薄 智能休眠 " + m.model() + "专用",
                    "颜色=黑色/深空灰/雾霾蓝/粉色",
                    5900,
                    5);
            add(
                    "tabletfilm/" + m.brandSlug() + "/" + slug,
                    "DIGITAL_ACCESSORY",
                    pick(ACCESSORY_BRANDS),
                    m.model() + "类纸膜 平板电脑贴膜 书写绘画 适用" + m.brandZh() + "平板 钢化膜",
                    "类纸书写手感 防眩光",
                    "款式=类纸膜/钢化膜",
                    2900,
                    5);
            if (random.nextBoolean()) {
                add(
                        "tabletkeyboard/" + m.brandSlug() + "/" + slug,
                        "DIGITAL_ACCESSORY",
                        pick(ACCESSORY_BRANDS),
                        "适用" + m.brandZh() + m.model() + " 蓝牙键盘保护套 平板键盘 妙控键盘 一体式",
                        "磁吸连接 平板秒变笔记本",
                        "颜色=黑色/白色",
                        19900,
                        4);
            }
        }
    }

    private void laptops() {
        for (RelevanceCatalogData.Model m : RelevanceCatalogData.LAPTOPS) {
            String slug = m.slug();
            String key = "laptop/" + m.brandSlug() + "/" + slug;
            int copies = 1 + random.nextInt(2);
            for (int c = 0; c < copies; c++) {
                String memory = m.memory().split("/")[c % m.memory().split("/").length];
                add(
                        key + "#" + (c + 1),
                        "LAPTOP",
                        m.brandZh(),
                        m.brandZh() + m.brandEn() + " " + m.model() + " " + m.feature() + "笔记本电脑 " + memory,
                        m.subtitle(),
                        "颜色=" + m.colors() + ";配置=" + m.memory(),
                        m.priceYuan() * 100L,
                        2);
            }
            if (random.nextInt(3) == 0) {
                add(
                        "laptopshell/" + m.brandSlug() + "/" + slug,
                        "DIGITAL_ACCESSORY",
                        pick(ACCESSORY_BRANDS),
                        "适用" + m.brandZh() + m.model() + "保护壳 笔记本电脑外壳 键盘膜 套装",
                        "磨砂透明 散热孔位精准",
                        "颜色=透明/磨砂黑/奶白",
                        4900,
                        4);
            }
        }
    }

    // ---- everything else, from the data lines ----

    /** Lines {@code key|category|brand|title|subtitle|specs|price yuan|popularity 1-5|listings}. */
    private void listed(String lines) {
        for (String line : lines.strip().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\\|", -1);
            if (f.length != 9) {
                throw new IllegalStateException("bad line: " + line);
            }
            // Busy products are sold by more shops than the line names: one to two more listings, as marketplaces have.
            int listings = Integer.parseInt(f[8]) + random.nextInt(3);
            for (int c = 0; c < listings; c++) {
                String title = c == 0 ? f[3] : f[3] + " " + LISTING_TAGS[random.nextInt(LISTING_TAGS.length)];
                long price =
                        Math.round(Double.parseDouble(f[6]) * 100) * (c == 0 ? 100 : 85 + random.nextInt(31)) / 100;
                add(f[0] + "#" + (c + 1), f[1], f[2], title, f[4], f[5], price, Integer.parseInt(f[7]));
            }
        }
    }

    private void add(
            String key,
            String category,
            String brand,
            String title,
            String subtitle,
            String specs,
            long priceFen,
            int popularity) {
        int sales = switch (popularity) {
            case 1 -> random.nextInt(50);
            case 2 -> 20 + random.nextInt(400);
            case 3 -> 200 + random.nextInt(3_000);
            case 4 -> 1_000 + random.nextInt(10_000);
            default -> 5_000 + random.nextInt(60_000);
        };
        int rating = random.nextInt(15) == 0 ? 0 : 42 + random.nextInt(9);
        int stock = random.nextInt(25) == 0 ? 0 : 5 + random.nextInt(3_000);
        products.add(new RelevanceProduct(
                String.format("R%04d", products.size() + 1),
                key,
                category,
                brand,
                clip(title.replaceAll("\\s+", " ").strip(), 120),
                clip(subtitle, 200),
                specs,
                Math.max(100, priceFen),
                sales,
                rating,
                stock));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
