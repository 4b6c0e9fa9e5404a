package com.ks.platform.web.demo;

import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Delivery addresses of the demo shoppers, added through the address service while acting as each of them. */
@Component
class DemoAddresses {

    private static final Map<String, List<AddressForm>> BY_SHOPPER = Map.of(
            "shopper@ks.demo",
            List.of(
                    new AddressForm(
                            "李明", "138 0013 8000", "330000", "330100", "330106", "文三路 90 号东部软件园 3 号楼 501", true),
                    new AddressForm(
                            "李明", "138 0013 8000", "310000", "310100", "310115", "张江路 188 弄 2 号 12 楼前台", false)),
            "wangfang@ks.demo",
            List.of(new AddressForm(
                    "王芳", "139-1234-5678", "110000", "110100", "110105", "建国路 93 号万达广场 B 座 1802", true)),
            "zhaolei@ks.demo",
            List.of(new AddressForm(
                    "赵磊", "150 1234 5678", "510000", "510100", "510107", "人民南路四段 1 号 7 栋 2 单元 302", true)));

    private final AddressService addresses;

    DemoAddresses(AddressService addresses) {
        this.addresses = addresses;
    }

    /** Runs as the shopper whose e-mail is given (the caller sets the security context). */
    void addFor(String shopperEmail) {
        BY_SHOPPER.getOrDefault(shopperEmail, List.of()).forEach(addresses::add);
    }
}
