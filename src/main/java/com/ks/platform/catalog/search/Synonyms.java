package com.ks.platform.catalog.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words shoppers use for the same thing. A product whose text contains one member is indexed with all of them, so a
 * query for any member finds it — whatever the word segmentation made of the title.
 */
final class Synonyms {

    private static final List<List<String>> GROUPS = List.of(
            List.of("手机", "智能手机", "移动电话", "phone", "smartphone", "mobile", "cellphone"),
            List.of("笔记本电脑", "笔记本", "手提电脑", "laptop", "notebook"),
            List.of("耳机", "耳麦", "蓝牙耳机", "headphones", "earbuds", "earphones", "headset"),
            List.of("音箱", "音响", "speaker"),
            List.of("蓝牙", "无线", "bluetooth", "wireless"),
            List.of("手表", "智能手表", "手环", "watch", "smartwatch"),
            List.of("电饭煲", "电饭锅", "rice cooker"),
            List.of("电水壶", "烧水壶", "热水壶", "kettle"),
            List.of("扫地机器人", "扫地机", "robot vacuum", "vacuum"),
            List.of("电视", "电视机", "tv", "television"),
            List.of("纸尿裤", "尿不湿", "尿布", "diapers", "nappies"),
            List.of("奶瓶", "baby bottle"),
            List.of("跑鞋", "运动鞋", "跑步鞋", "running shoes", "sneakers"),
            List.of("帐篷", "tent"),
            List.of("瑜伽垫", "健身垫", "yoga mat"),
            List.of("哑铃", "dumbbell"),
            List.of("四件套", "床品", "床单", "bedding", "sheets"),
            List.of("被子", "棉被", "羽绒被", "duvet", "quilt"),
            List.of("收纳箱", "收纳盒", "storage box"),
            List.of("炒锅", "铁锅", "wok", "pan"),
            List.of("苹果", "apple"),
            List.of("橙子", "脐橙", "甜橙", "orange"),
            List.of("猕猴桃", "奇异果", "kiwi"),
            List.of("茶叶", "绿茶", "龙井", "tea"),
            List.of("坚果", "零食", "nuts", "snacks"),
            List.of("冲锋衣", "户外外套", "jacket"),
            List.of("t恤", "短袖", "tee", "t-shirt"));

    private Synonyms() {}

    /** Chinese words match anywhere; Latin words only as whole words ("pan" is not in "japan"). */
    private static boolean contains(String text, String word) {
        if (word.chars().anyMatch(c -> c > 0x2E80)) {
            return text.contains(word);
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Every synonym of every word the text contains (case-insensitive). */
    static Set<String> expand(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> expanded = new LinkedHashSet<>();
        for (List<String> group : GROUPS) {
            if (group.stream().anyMatch(word -> contains(lower, word))) {
                expanded.addAll(group);
            }
        }
        return expanded;
    }
}
