package com.ks.platform.catalog.search;

import static com.ks.jooq.Tables.CATALOG_PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.catalog.ProductStatus;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The index follows the database, whichever node or tool changed it. */
class SearchIndexSyncTest extends KsIntegrationTest {

    @Autowired
    SearchService search;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    DSLContext db;

    @Test
    void a_title_changed_straight_in_the_database_is_found_at_the_next_poll() {
        UUID id = catalog.newArrivals(30).get(12).id();
        String original = catalog.product(id).orElseThrow().title();
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        try {
            retitle(id, original + " " + marker);
            search.catchUp();
            // found by the new word; its rank among partial matches is the re-ranking's business (stock counts)
            assertThat(search.search(SearchQuery.of(marker)).hits())
                    .extracting(ProductCard::id)
                    .contains(id);
        } finally {
            retitle(id, original);
            search.catchUp();
        }
    }

    /** As an operator's SQL would: no revision, only the row's update time. */
    private void retitle(UUID id, String title) {
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.TITLE, title)
                .set(CATALOG_PRODUCT.UPDATED_AT, Instant.now())
                .where(CATALOG_PRODUCT.ID.eq(id))
                .execute();
    }

    @Test
    void a_product_hidden_by_another_node_leaves_the_index_by_its_revision() {
        UUID id = catalog.newArrivals(30).get(10).id();
        String title = catalog.product(id).orElseThrow().title();
        long revision = db.nextval(com.ks.jooq.Sequences.CATALOG_REVISION_SEQ);
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.STATUS, ProductStatus.UNPUBLISHED.name())
                .set(CATALOG_PRODUCT.REVISION, revision)
                .where(CATALOG_PRODUCT.ID.eq(id))
                .execute();
        search.catchUp();
        assertThat(search.search(SearchQuery.of(title)).hits())
                .extracting(ProductCard::id)
                .doesNotContain(id);
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.STATUS, ProductStatus.PUBLISHED.name())
                .set(CATALOG_PRODUCT.REVISION, db.nextval(com.ks.jooq.Sequences.CATALOG_REVISION_SEQ))
                .where(CATALOG_PRODUCT.ID.eq(id))
                .execute();
        search.catchUp();
        assertThat(search.search(SearchQuery.of(title)).hits())
                .extracting(ProductCard::id)
                .contains(id);
    }
}
