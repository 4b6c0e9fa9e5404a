package com.ks.platform.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The two-level category tree: reference data from the changelog, read once (it changes only with a release). */
@Component
class CategoryTree {

    private final CatalogRepository catalog;
    private volatile List<Category> roots;

    CategoryTree(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    List<Category> roots() {
        List<Category> loaded = roots;
        if (loaded == null) {
            var rows = catalog.categories();
            List<Category> tops = new ArrayList<>();
            for (var row : rows) {
                if (row.getParentId() == null) {
                    List<Category> children = rows.stream()
                            .filter(child -> row.getId().equals(child.getParentId()))
                            .map(child -> new Category(
                                    child.getId(),
                                    row.getId(),
                                    child.getCode(),
                                    child.getNameZh(),
                                    child.getNameEn(),
                                    List.of()))
                            .toList();
                    tops.add(
                            new Category(row.getId(), null, row.getCode(), row.getNameZh(), row.getNameEn(), children));
                }
            }
            loaded = List.copyOf(tops);
            roots = loaded;
        }
        return loaded;
    }

    Stream<Category> all() {
        return roots().stream().flatMap(root -> Stream.concat(Stream.of(root), root.children().stream()));
    }

    Optional<Category> byCode(String code) {
        return all().filter(c -> c.code().equals(code)).findFirst();
    }

    Optional<Category> byId(UUID id) {
        return all().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The category and, for a top-level one, its sub-categories. */
    List<UUID> withDescendants(String code) {
        return byCode(code)
                .map(c -> Stream.concat(Stream.of(c.id()), c.children().stream().map(Category::id))
                        .toList())
                .orElse(List.of());
    }
}
