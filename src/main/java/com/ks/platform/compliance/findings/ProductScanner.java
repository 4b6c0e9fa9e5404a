package com.ks.platform.compliance.findings;

import com.ks.platform.catalog.ProductScans;
import com.ks.platform.catalog.ProductScans.ScannedProduct;
import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scans one product's title, subtitle and description for the maintained terms ({@code compliance_scan_term}: Advertising
 * Law art. 9 (3) superlatives such as 国家级, 最高级, 最佳; prohibited-goods keywords), and its lowest price against
 * the median of its category: ten times above or below is far from the range. Each hit becomes a PROPOSED finding —
 * never a penalty: an officer decides.
 */
@Component
class ProductScanner {

    static final int PRICE_FACTOR = 10;
    private static final int EXCERPT_AROUND = 20;

    private final ProductScans products;
    private final FindingRepository findings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProductScanner(ProductScans products, FindingRepository findings, TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.products = products;
        this.findings = findings;
        this.clock = clock;
    }

    /** Scans the product (if it still exists); returns how many new findings it proposed. */
    @Transactional
    public int scan(UUID productId) {
        return products.product(productId).map(p -> scan(p, findings.terms())).orElse(0);
    }

    /** Scans every product but drafts, a page at a time; returns how many new findings were proposed. */
    public int scanAll() {
        List<FindingRepository.ScanTerm> terms = findings.terms();
        int proposed = 0;
        UUID after = null;
        while (true) {
            List<ScannedProduct> page = products.page(after, 200);
            for (ScannedProduct product : page) {
                proposed += transactions.execute(tx -> scan(product, terms));
            }
            if (page.size() < 200) {
                return proposed;
            }
            after = page.getLast().id();
        }
    }

    int scan(ScannedProduct product, List<FindingRepository.ScanTerm> terms) {
        Instant now = clock.instant();
        String text = product.title() + "\n" + product.text();
        String lower = text.toLowerCase(Locale.ROOT);
        int proposed = 0;
        for (FindingRepository.ScanTerm term : terms) {
            int at = lower.indexOf(term.term().toLowerCase(Locale.ROOT));
            if (at >= 0
                    && findings.insertIfNew(finding(
                            product,
                            term.kind(),
                            term.term(),
                            excerpt(text, at, term.term().length()),
                            term.typeCode(),
                            now))) {
                proposed++;
            }
        }
        OptionalLong median = products.categoryMedianFen(product.categoryId(), product.id());
        if (median.isPresent() && median.getAsLong() > 0 && farFrom(product.minPriceFen(), median.getAsLong())) {
            String excerpt = product.minPriceFen() + "|" + median.getAsLong();
            if (findings.insertIfNew(finding(product, FindingKind.PRICE, "PRICE", excerpt, "FALSE_ADVERTISING", now))) {
                proposed++;
            }
        }
        return proposed;
    }

    static boolean farFrom(long priceFen, long medianFen) {
        return priceFen * PRICE_FACTOR < medianFen || priceFen > medianFen * PRICE_FACTOR;
    }

    static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - EXCERPT_AROUND);
        int to = Math.min(text.length(), at + length + EXCERPT_AROUND);
        String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + cut + (to < text.length() ? "…" : "");
    }

    private Finding finding(
            ScannedProduct p, FindingKind kind, String term, String excerpt, String typeCode, Instant now) {
        String title = p.title().length() > 200 ? p.title().substring(0, 200) : p.title();
        return new Finding(
                Ids.newId(clock),
                p.merchantId(),
                p.id(),
                title,
                kind,
                term,
                excerpt,
                typeCode,
                FindingState.PROPOSED,
                now,
                null,
                null,
                null);
    }
}
