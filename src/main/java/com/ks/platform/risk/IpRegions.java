package com.ks.platform.risk;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The province (GB/T 2260 code) an IPv4 address is registered in. DEMO DATA: a handful of prefixes stand in for a
 * real IP-geolocation database (which would be a licensed, regularly updated file); any other address is unknown and
 * the region rule is skipped. Loopback, private and link-local addresses are always unknown.
 */
@Component
class IpRegions {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("60.191.", "330000"),
            Map.entry("115.236.", "330000"),
            Map.entry("202.96.", "310000"),
            Map.entry("114.80.", "310000"),
            Map.entry("221.218.", "110000"),
            Map.entry("123.112.", "110000"),
            Map.entry("113.108.", "440000"),
            Map.entry("14.215.", "440000"),
            Map.entry("218.88.", "510000"),
            Map.entry("61.139.", "510000"));

    Optional<String> provinceOf(String ip) {
        if (ip == null || !IPV4.matcher(ip).matches() || !routable(ip)) {
            return Optional.empty();
        }
        return PREFIXES.entrySet().stream()
                .filter(prefix -> ip.startsWith(prefix.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Loopback means a proxy or this machine: no client's address, so no velocity per IP either. */
    static boolean loopback(String ip) {
        return ip == null || ip.startsWith("127.") || ip.equals("::1") || ip.equals("0:0:0:0:0:0:0:1");
    }

    private static boolean routable(String ip) {
        String[] octets = ip.split("\\.");
        int first = Integer.parseInt(octets[0]);
        int second = Integer.parseInt(octets[1]);
        return first != 127
                && first != 10
                && first != 0
                && !(first == 172 && second >= 16 && second <= 31)
                && !(first == 192 && second == 168)
                && !(first == 169 && second == 254);
    }
}
