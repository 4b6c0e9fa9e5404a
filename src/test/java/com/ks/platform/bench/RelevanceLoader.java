package com.ks.platform.bench;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.search.RelevanceProduct;
import com.ks.platform.catalog.search.SearchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts a relevance catalog into a running platform as merchants do (one approved merchant per root category, each
 * product created with its SKUs and published through {@link ProductService}); sales and ratings, which only orders
 * and reviews can make, are written straight into the product row before publishing, so the index reads them with
 * the product. Waits until the search index holds every product.
 */
final class RelevanceLoader {

    private RelevanceLoader() {}

    /** The platform's product id of each relevance product, by relevance id. */
    static Map<UUID, String> load(BenchPlatform platform, List<RelevanceProduct> products) {
        Map<String, String> rootOf = new HashMap<>();
        for (Category root : platform.bean(CatalogQueries.class).categoryTree()) {
            root.children().forEach(child -> rootOf.put(child.code(), root.code()));
        }
        TestMerchants.Created merchant = platform.tradingMerchant();
        ProductService service = platform.bean(ProductService.class);
        JdbcTemplate jdbc = new JdbcTemplate(platform.dataSource());
        Map<UUID, String> ids = new HashMap<>();
        platform.actAs(merchant.email());
        try {
            int n = 0;
            for (RelevanceProduct p : products) {
                if (!rootOf.containsKey(p.categoryCode())) {
                    throw new IllegalStateException("no category " + p.categoryCode() + " in the platform's tree");
                }
                UUID id;
                try {
                    id = service.create(newProduct(p, n++));
                } catch (com.ks.platform.shared.RuleViolated e) {
                    throw new IllegalStateException(p.id() + " refused: " + e.fieldErrors(), e);
                }
                int ratings = p.ratingTenths() == 0 ? 0 : 20 + (int) (Math.abs(id.getLeastSignificantBits()) % 200);
                jdbc.update(
                        "update catalog_product set sales_count = ?, rating_count = ?, rating_sum = ? where id = ?",
                        p.sales(),
                        ratings,
                        Math.round(ratings * p.ratingTenths() / 10.0),
                        id);
                service.publish(id);
                ids.put(id, p.id());
                if (n % 5_000 == 0) {
                    System.out.printf("  %,d products created%n", n);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        // reads every revision newer than the index's, batch after batch
        platform.bean(SearchService.class).catchUp();
        return ids;
    }

    private static NewProduct newProduct(RelevanceProduct p, int n) {
        List<RelevanceProduct.Spec> specs = p.specList();
        List<NewProduct.NewSku> skus = new ArrayList<>();
        String code = "R" + Integer.toString(n, 36) + "x" + Long.toString(System.nanoTime() % 1_000_000, 36);
        List<String> first = specs.isEmpty()
                ? java.util.Collections.singletonList(null)
                : specs.get(0).values();
        List<String> second = specs.size() < 2
                ? java.util.Collections.singletonList(null)
                : specs.get(1).values();
        int k = 0;
        for (String a : first) {
            for (String b : second) {
                if (k < 24) {
                    skus.add(new NewProduct.NewSku(code + "-" + k++, a, b, p.priceFen(), p.stock(), null));
                }
            }
        }
        return new NewProduct(
                p.categoryCode(),
                p.title(),
                p.subtitle().isBlank() ? null : p.subtitle(),
                p.brand(),
                "<p>" + p.title() + "</p>",
                List.of(ProductArt.ref("PHONE", "1f2937")),
                specs.isEmpty() ? null : specs.get(0).name(),
                specs.size() < 2 ? null : specs.get(1).name(),
                skus,
                10,
                true,
                null,
                true);
    }
}
