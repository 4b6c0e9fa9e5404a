package com.ks.platform.catalog.search;

/**
 * The queries of the relevance set, as shoppers type them, each with the products that answer it: patterns over the
 * catalog's keys ({@code phone/huawei/*}, {@code case/apple/iphone15/*}) or a whole category ({@code @TABLET}).
 * Lines {@code kind|query|patterns}. The kinds are the misses issue 19 names: colloquial and regional names, a generic
 * name for a product sold under its own, single characters, category words that accessories mention, phone models
 * (the phone before its case), split words, pinyin and initials, English and its typos, homophones, mixed script.
 */
final class RelevanceQueries {

    private RelevanceQueries() {}

    static final String LINES = """
            model|Mate 60 Pro|phone/huawei/mate60pro#*
            model|mate60pro|phone/huawei/mate60pro#*
            model|华为mate60|phone/huawei/mate60#*,phone/huawei/mate60pro#*
            model|Mate X5|phone/huawei/matex5#*
            model|pura70|phone/huawei/pura70#*,phone/huawei/pura70pro#*
            model|nova12 pro|phone/huawei/nova12pro#*
            model|华为畅享70|phone/huawei/enjoy70#*
            model|荣耀magic6pro|phone/honor/magic6pro#*
            model|荣耀90|phone/honor/honor90#*
            model|小米14|phone/xiaomi/xiaomi14#*
            model|小米14 ultra|phone/xiaomi/xiaomi14ultra#*
            model|civi4pro|phone/xiaomi/civi4pro#*
            model|红米k70|phone/redmi/redmik70#*
            model|k70 pro|phone/redmi/redmik70pro#*
            model|redmi note13pro|phone/redmi/redminote13pro#*
            model|红米13c|phone/redmi/redmi13c#*
            model|iphone 15|phone/apple/iphone15#*
            model|iPhone15 Pro Max|phone/apple/iphone15promax#*
            model|iphone15pro|phone/apple/iphone15pro#*
            model|iphone 15 plus|phone/apple/iphone15plus#*
            model|苹果14|phone/apple/iphone14#*
            model|iphone13|phone/apple/iphone13#*
            model|find x7|phone/oppo/findx7#*
            model|oppo reno11|phone/oppo/reno11#*
            model|vivo x100 pro|phone/vivo/x100pro#*
            model|x100|phone/vivo/x100#*,phone/vivo/x100pro#*
            model|vivo s18|phone/vivo/s18#*
            model|iqoo12|phone/iqoo/iqoo12#*
            model|iqoo neo9|phone/iqoo/iqooneo9#*
            model|s24 ultra|phone/samsung/galaxys24ultra#*
            model|三星s24|phone/samsung/galaxys24#*,phone/samsung/galaxys24ultra#*
            model|zflip5|phone/samsung/galaxyzflip5#*
            model|一加12|phone/oneplus/oneplus12#*
            model|一加ace3|phone/oneplus/oneplusace3#*
            model|matepad 11.5|tablet/huawei/matepad115#*
            model|matepad pro|tablet/huawei/matepadpro132#*
            model|小米平板6|tablet/xiaomi/xiaomipad6#*,tablet/xiaomi/xiaomipad6pro#*
            model|ipad air|tablet/apple/ipadair11#*
            model|ipad pro|tablet/apple/ipadpro13#*
            model|ipad mini|tablet/apple/ipadmini6#*
            model|拯救者y700|tablet/lenovo/legiony700#*
            model|galaxy tab s9|tablet/samsung/galaxytabs9#*
            model|荣耀平板9|tablet/honor/honorpad9#*
            model|thinkpad x1|laptop/lenovo/thinkpadx1carbon#*
            model|拯救者y9000p|laptop/lenovo/legiony9000p#*
            model|matebook 14|laptop/huawei/matebook14#*
            model|macbook air|laptop/apple/macbookair13#*,laptop/apple/macbookair15#*
            model|macbook pro|laptop/apple/macbookpro14#*
            model|小新pro14|laptop/lenovo/xiaoxinpro14#*
            model|xps13|laptop/dell/xps13#*
            model|天选5|laptop/asus/tuf5pro#*
            model|战66|laptop/hp/zhan66#*
            model|暗影精灵|laptop/hp/omen10#*
            model|magicbook|laptop/honor/magicbook14#*
            model|redmibook|laptop/xiaomi/redmibook14#*
            model|airpods pro|earbuds/apple/airpodspro2#*
            model|freebuds pro3|earbuds/huawei/freebudspro3#*
            model|索尼xm5|headphones/sony/wh1000xm5#*,earbuds/sony/wf1000xm5#*
            model|apple watch|watch/apple/*
            model|华为gt4|watch/huawei/gt4#*
            model|小米手环8|band/xiaomi/band8#*,band/xiaomi/band8pro#*
            model|af1|sneakers/nike/af1#*
            model|飞电3|running/lining/feidian3#*
            model|kayano 30|running/asics/kayano30#*
            model|dior 999|lipstick/dior/999#*
            model|国窖1573|baijiu/luzhou/1573#*
            model|飞天茅台|baijiu/moutai/feitian#*
            model|dyson v12|vacuum/dyson/v12#*
            model|t20 max|robotvac/ecovacs/t20#*
            category|平板|@TABLET
            category|平板电脑|@TABLET
            category|手机|@PHONE
            category|智能手机|@PHONE
            category|电脑|@LAPTOP
            category|笔记本电脑|@LAPTOP
            category|耳机|earbuds/*,headphones/*,earphones/*
            category|蓝牙耳机|earbuds/*,headphones/*
            category|音箱|speaker/*
            category|手表|watch/*
            category|手环|band/*
            category|电视|@TV
            category|电视机|@TV
            category|充电器|charger/*
            category|数据线|cable/*
            category|鼠标|mouse/*
            category|键盘|keyboard/*,tabletkeyboard/*
            category|白酒|baijiu/*
            category|啤酒|beer/*
            category|红酒|wine/*
            category|葡萄酒|wine/*
            category|茶叶|@TEA
            category|水果|@FRUIT
            category|零食|@SNACKS
            category|口红|lipstick/*,lipgloss/*
            category|精华液|serum/*,essence/*
            category|防晒霜|sunscreen/*
            category|面膜|mask/*
            category|粉底液|foundation/*
            category|纸尿裤|diaper/*,pullups/*
            category|奶瓶|bottle/*
            category|奶粉|formula/*
            category|电饭煲|ricecooker/*
            category|空气炸锅|airfryer/*
            category|扫地机器人|robotvac/*
            category|吸尘器|vacuum/*
            category|洗地机|floorwasher/*
            category|微波炉|microwave/*
            category|咖啡机|coffee/*
            category|四件套|bedding/*
            category|被子|quilt/*
            category|枕头|pillow/*
            category|炒锅|wok/*
            category|收纳箱|storagebox/*
            category|帐篷|tent/*
            category|瑜伽垫|yogamat/*
            category|哑铃|dumbbell/*
            category|跑鞋|running/*
            category|羽绒服|downjacket/*
            category|卫衣|hoodie/*
            category|牛仔裤|jeans/*
            category|连衣裙|dress/*
            category|小说|book/santi#*,book/huozhe#*,book/solitude#*,book/harrypotter#*,book/hongloumeng#*,book/weicheng#*
            category|钢化膜|film/*,tabletfilm/*,watchfilm/*
            category|移动电源|powerbank/*
            category|平板保护套|tabletcase/*
            category|电脑包|laptopbag/*
            category|表带|watchband/*
            brand|华为手机|phone/huawei/*
            brand|苹果手机|phone/apple/*
            brand|小米手机|phone/xiaomi/*,phone/redmi/*
            brand|华为平板|tablet/huawei/*
            brand|苹果平板|tablet/apple/*
            brand|小米平板|tablet/xiaomi/*,tablet/redmi/*
            brand|联想笔记本|laptop/lenovo/*
            brand|华为笔记本|laptop/huawei/*
            brand|苹果电脑|laptop/apple/*
            brand|小米电视|tv/xiaomi/*
            brand|海信电视|tv/hisense/*
            brand|华为耳机|earbuds/huawei/*
            brand|华为手表|watch/huawei/*
            brand|美的电饭煲|ricecooker/midea/*
            brand|李宁跑鞋|running/lining/*
            brand|耐克跑鞋|running/nike/*
            brand|苏泊尔炒锅|wok/supor/*
            brand|三星手机|phone/samsung/*
            brand|vivo手机|phone/vivo/*
            brand|oppo手机|phone/oppo/*
            brand|荣耀手机|phone/honor/*
            brand|华为充电器|charger/huawei/*
            brand|苹果充电器|charger/apple/*
            brand|小米充电宝|powerbank/xiaomi/*
            brand|兰蔻精华|serum/lancome/*
            colloquial|本本|@LAPTOP
            colloquial|笔记本|@LAPTOP
            colloquial|手提电脑|@LAPTOP
            colloquial|游戏本|laptop/lenovo/legiony9000p#*,laptop/hp/omen10#*,laptop/asus/tuf5pro#*,laptop/mechrevo/jiaolong16pro#*,laptop/asus/rogstrix8#*
            colloquial|轻薄本|laptop/lenovo/xiaoxinpro14#*,laptop/huawei/matebook14#*,laptop/honor/magicbook14#*,laptop/xiaomi/redmibook14#*,laptop/dell/xps13#*,laptop/dell/inspiron14#*,laptop/asus/vivobookpro15#*,laptop/lenovo/thinkpadx1carbon#*,laptop/huawei/matebookxpro#*,laptop/xiaomi/xiaomibookpro14#*,laptop/apple/macbookair13#*,laptop/apple/macbookair15#*
            colloquial|水果手机|phone/apple/*
            colloquial|尿不湿|diaper/*,pullups/*
            colloquial|尿片|diaper/*,pullups/*
            colloquial|耙耙柑|citrus/bapagan#*
            colloquial|丑橘|citrus/bapagan#*
            colloquial|车厘子|cherry/*
            colloquial|樱桃|cherry/*
            colloquial|奇异果|kiwi/*
            colloquial|猕猴桃|kiwi/*
            colloquial|凤梨|pineapple/*
            colloquial|菠萝|pineapple/*
            colloquial|面包服|downjacket/*
            colloquial|波鞋|sneakers/*,running/*,basketball/*,canvas/*,walking/*
            colloquial|小白鞋|sneakers/nike/af1#*,canvas/warrior/*
            colloquial|拖鞋|slippers/*,clogs/*
            colloquial|洞洞鞋|clogs/*
            colloquial|彩电|@TV
            colloquial|电饭锅|ricecooker/*
            colloquial|烧水壶|kettle/*
            colloquial|热水壶|kettle/*
            colloquial|扫地机|robotvac/*
            colloquial|小黑瓶|serum/lancome/*
            colloquial|小棕瓶|serum/esteelauder/*
            colloquial|神仙水|essence/skii/*
            colloquial|红腰子|serum/shiseido/*
            colloquial|唇膏|lipstick/*,lipgloss/*
            colloquial|耳麦|headphones/*
            colloquial|降噪耳机|earbuds/apple/airpodspro2#*,earbuds/huawei/*,earbuds/xiaomi/*,earbuds/redmi/*,earbuds/sony/*,headphones/*,earbuds/edifier/*
            colloquial|老人机|phone/huawei/enjoy70#*,phone/redmi/redmi13c#*,phone/oppo/a2#*
            colloquial|学生平板|tablet/huawei/matepad115#*,tablet/redmi/redmipadse#*,tablet/apple/ipad10#*,tablet/lenovo/xiaoxinpadpro127#*,tablet/honor/honorpad9#*,tablet/huawei/matepadair#*,tablet/xiaomi/xiaomipad6#*
            colloquial|电话手表|watch/imoo/*
            colloquial|儿童手表|watch/imoo/*
            colloquial|辣条|latiao/*
            colloquial|鸭脖|duckneck/*
            colloquial|电褥子|eblanket/*
            colloquial|凉席|mat/*
            colloquial|吸奶器|breastpump/*
            colloquial|按摩枪|massagegun/*
            colloquial|签字笔|pen/*
            colloquial|记事本|notebook/*
            colloquial|高压锅|pressurecooker/*
            colloquial|菜刀|cleaver/*,knives/*
            colloquial|防晒服|sunjacket/*
            colloquial|短袖|tshirt/*,polo/*
            colloquial|华为p70|phone/huawei/pura70#*,phone/huawei/pura70pro#*
            colloquial|小天才|watch/imoo/*
            generic|橙子|orange/*
            generic|橘子|citrus/*
            generic|桔子|citrus/*
            generic|红富士|apple/*
            generic|西瓜|watermelon/*
            generic|草莓|strawberry/*
            generic|芒果|mango/*
            generic|绿茶|longjing/*,biluochun/*,maojian/*
            generic|乌龙茶|tieguanyin/*,dahongpao/*
            generic|红茶|blacktea/*
            generic|普洱|puer/*
            generic|白茶|whitetea/*
            generic|花茶|jasmine/*
            generic|坚果|nuts/*
            generic|瓜子|seeds/*
            generic|薯片|chips/*
            generic|饼干|biscuits/*,crackers/*
            generic|巧克力|chocolate/*
            generic|奶糖|candy/*
            generic|威士忌|whisky/*
            generic|黄酒|huangjiu/*
            generic|果酒|plumwine/*,cocktail/*
            generic|清酒|sake/*
            generic|酱香型白酒|baijiu/moutai/*
            generic|浓香型白酒|baijiu/wuliangye/*,baijiu/luzhou/*
            generic|碳板跑鞋|running/lining/feidian3#*,running/anta/c202#*,running/xtep/160x5#*,running/361/feiran3#*
            generic|篮球鞋|basketball/*
            generic|帆布鞋|canvas/*
            generic|高跟鞋|heels/*
            generic|登山鞋|hiking/*
            generic|折叠屏手机|phone/huawei/matex5#*,phone/samsung/galaxyzflip5#*
            generic|游戏手机|phone/iqoo/*,phone/redmi/redmik70pro#*,phone/oneplus/oneplusace3#*
            generic|智能音箱|speaker/xiaomi/*,speaker/baidu/*
            generic|蓝牙音箱|speaker/*
            generic|头戴式耳机|headphones/*
            generic|机械键盘|keyboard/cherry/*
            generic|扩展坞|dock/*
            generic|手写笔|pencil/*
            generic|露营椅|chair/*
            generic|睡袋|sleepingbag/*
            generic|天幕|tarp/*
            generic|跳绳|jumprope/*
            generic|科幻小说|book/santi#*
            generic|四大名著|book/hongloumeng#*
            generic|榴莲|durian/*
            single|酒|@ALCOHOL
            single|茶|@TEA
            single|橙|orange/*
            single|鞋|sneakers/*,basketball/*,canvas/*,walking/*,heels/*,hiking/*,clogs/*,slippers/*,running/*
            single|锅|wok/*,pressurecooker/*
            single|表|watch/*
            single|被|quilt/*
            single|书|book/*
            single|笔|pen/*,pencil/*
            single|枕|pillow/*
            single|瓜|melon/*,watermelon/*
            split|手机壳|case/*
            split|充电宝|powerbank/*
            split|保温杯|cup/*
            split|洗面奶|cleanser/*
            split|拉拉裤|pullups/*
            split|不粘锅|wok/supor/*
            split|筋膜枪|massagegun/*
            split|蓝牙键盘|keyboard/logitech/k380#*,tabletkeyboard/*
            split|镜头膜|lensfilm/*
            split|类纸膜|tabletfilm/*
            split|保鲜盒|box/locklock/*
            split|收纳盒|deskorganizer/*,shoebox/*
            split|压缩袋|vacuumbag/*
            split|衣架|hanger/*
            split|收纳柜|drawer/*
            split|除螨仪|mite/*
            split|养生壶|healthpot/*
            split|豆浆机|soymilk/*
            split|破壁机|blender/*,soymilk/*
            split|电磁炉|inductioncooker/*
            split|毛呢大衣|coat/*
            split|半身裙|skirt/*
            split|针织开衫|cardigan/*
            split|猪肉脯|jerky/*
            split|夏威夷果|nuts/baicaowei/*
            split|冰糖橙|orange/chucheng/*
            split|脐橙|orange/gannan/*,orange/zigui/*
            split|果冻橙|orange/aiyuan38#*
            split|砂糖橘|citrus/shatangju#*
            split|西湖龙井|longjing/*
            split|铁观音|tieguanyin/*
            split|大红袍|dahongpao/*
            split|青梅酒|plumwine/*
            split|红酒杯|wineglass/*
            split|醒酒器|decanter/*
            split|开瓶器|opener/*
            split|功夫茶具|teaset/*
            split|乳胶枕|pillow/thai/*
            split|蚕丝被|quilt/fuanna/*
            split|羽绒被|quilt/mendale/*
            split|克米特椅|chair/*
            split|蛋卷桌|table/*
            split|卡式炉|stove/*
            split|露营车|cart/*
            split|引体向上|pullupbar/*
            split|弹力带|resistanceband/*
            split|活页本|notebook/kokuyo/*
            split|订书机|stapler/*
            split|水彩颜料|paint/*
            split|计算器|calculator/*
            split|橡皮擦|eraser/*
            split|婴儿湿巾|wipes/pigeon/*
            split|酒精湿巾|wipes/dettol/*
            split|棉柔巾|tissue/*
            split|米粉|ricepowder/*
            split|电热水壶|kettle/*
            pinyin|diannao|@LAPTOP
            pinyin|shouji|@PHONE
            pinyin|pingban|@TABLET
            pinyin|erji|earbuds/*,headphones/*,earphones/*
            pinyin|huawei shouji|phone/huawei/*
            pinyin|xiaomi shouji|phone/xiaomi/*,phone/redmi/*
            pinyin|maotai|baijiu/moutai/*
            pinyin|pijiu|beer/*
            pinyin|dianfanbao|ricecooker/*
            pinyin|yurongfu|downjacket/*
            pinyin|kouhong|lipstick/*,lipgloss/*
            pinyin|zhiniaoku|diaper/*,pullups/*
            pinyin|shoujike|case/*
            pinyin|chongdianbao|powerbank/*
            pinyin|santi|book/santi#*
            pinyin|dianshi|@TV
            pinyin|zhangpeng|tent/*
            pinyin|longjing|longjing/*
            initials|dn|@LAPTOP
            initials|sj|@PHONE
            initials|pb|@TABLET
            initials|ej|earbuds/*,headphones/*,earphones/*
            initials|bjb|@LAPTOP
            initials|cdb|powerbank/*
            initials|sjk|case/*
            initials|dfb|ricecooker/*
            initials|yrf|downjacket/*
            english|laptop|@LAPTOP
            english|tablet|@TABLET
            english|phone case|case/*
            english|iphone case|case/apple/*
            english|ipad case|tabletcase/apple/*
            english|charger|charger/*
            english|power bank|powerbank/*
            english|headphones|headphones/*,earbuds/*
            english|earbuds|earbuds/*
            english|smart watch|watch/*
            english|running shoes|running/*
            english|beer|beer/*
            english|red wine|wine/*
            english|whisky|whisky/*
            english|green tea|longjing/*,biluochun/*,maojian/*
            english|rice cooker|ricecooker/*
            english|air fryer|airfryer/*
            english|robot vacuum|robotvac/*
            english|tent|tent/*
            english|yoga mat|yogamat/*
            english|lipstick|lipstick/*,lipgloss/*
            english|sunscreen|sunscreen/*
            english|diapers|diaper/*,pullups/*
            english|baby bottle|bottle/*
            english|down jacket|downjacket/*
            english|hoodie|hoodie/*
            english|keyboard|keyboard/*,tabletkeyboard/*
            english|mouse|mouse/*
            english|TV|@TV
            english|macbook|laptop/apple/*
            english|airpods|earbuds/apple/*
            english|ipad|tablet/apple/*
            english|cherries|cherry/*
            typo|iphnoe 15|phone/apple/iphone15#*
            typo|ipone|phone/apple/*
            typo|macbok|laptop/apple/*
            typo|airpod|earbuds/apple/*
            typo|hedphones|headphones/*,earbuds/*
            typo|labtop|@LAPTOP
            typo|tabelt|@TABLET
            typo|samsumg|phone/samsung/*,tablet/samsung/*
            typo|chager|charger/*
            typo|huawie mate60|phone/huawei/mate60#*,phone/huawei/mate60pro#*
            typo|xiaomi 14 ulta|phone/xiaomi/xiaomi14ultra#*
            typo|thinkpda|laptop/lenovo/thinkpadx1carbon#*,laptop/lenovo/thinkpade14#*
            typo|nkie running|running/nike/*
            typo|adidsa samba|sneakers/adidas/*
            typo|dysen|vacuum/dyson/*
            typo|galxy s24|phone/samsung/galaxys24#*,phone/samsung/galaxys24ultra#*
            homophone|平版电脑|@TABLET
            homophone|平版|@TABLET
            homophone|蓝芽耳机|earbuds/*,headphones/*
            homophone|体恤|tshirt/*
            homophone|充电保|powerbank/*
            homophone|电饭堡|ricecooker/*
            homophone|钢化摸|film/*,tabletfilm/*,watchfilm/*
            homophone|洗面乃|cleanser/*
            homophone|颈膜枪|massagegun/*
            homophone|笔记本电恼|@LAPTOP
            homophone|手几壳|case/*
            homophone|羽绒幅|downjacket/*
            homophone|榴连|durian/*
            homophone|茅苔|baijiu/moutai/*
            homophone|扫地机器仁|robotvac/*
            homophone|瑜珈垫|yogamat/*
            homophone|哑玲|dumbbell/*
            mixed|华为mate60手机壳|case/huawei/mate60/*
            mixed|iphone15手机壳|case/apple/iphone15/*
            mixed|ipad保护套|tabletcase/apple/*
            mixed|airpods pro2保护套|earbudcase/apple/*
            mixed|macbook air键盘膜|keyboardfilm/*
            mixed|type-c数据线|cable/ugreen/*,cable/baseus/*
            mixed|65寸电视|tv/xiaomi/redmia65#*,tv/hisense/e8#*,tv/tcl/q10k#*,tv/sony/x90l#*,tv/huawei/s5pro#*,tv/ffalcon/peng7#*,tv/hisense/vidda55#*
            mixed|5g手机|@PHONE
            mixed|mini led电视|tv/xiaomi/spro85#*,tv/hisense/e8#*,tv/tcl/q10k#*
            mixed|65w氮化镓|charger/baseus/65w#*
            mixed|nb纸尿裤|diaper/pampers/*,diaper/moony/*
            mixed|t恤男|tshirt/*
            mixed|53度飞天|baijiu/moutai/*
            mixed|jbl音箱|speaker/jbl/*
            mixed|ysl口红|lipstick/ysl/*
            mixed|sk2神仙水|essence/skii/*
            mixed|dw粉底液|foundation/esteelauder/*
            mixed|m3 macbook air|laptop/apple/macbookair13#*,laptop/apple/macbookair15#*
            mixed|rtx4060游戏本|laptop/lenovo/legiony9000p#*,laptop/hp/omen10#*,laptop/asus/tuf5pro#*,laptop/mechrevo/jiaolong16pro#*
            mixed|ipad air 2024|tablet/apple/ipadair11#*
            """;
}
