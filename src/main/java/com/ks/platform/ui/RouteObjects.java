package com.ks.platform.ui;

import com.ks.platform.shared.NotFound;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Loads the object a route names by id ({@code product/:productId}). A malformed id, an unknown one and one the
 * person may not see all answer the same "not found" page.
 */
public final class RouteObjects {

    private RouteObjects() {}

    public static <T> void showOrNotFound(
            BeforeEnterEvent event, String parameter, Function<UUID, Optional<T>> load, Consumer<T> show) {
        Optional<T> found = event.getRouteParameters()
                .get(parameter)
                .flatMap(RouteObjects::parse)
                .flatMap(load);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show.accept(found.get());
    }

    /** Adapts a lookup that throws {@link NotFound} (a service door) to the optional one above. */
    public static <T> Function<UUID, Optional<T>> orEmpty(Function<UUID, T> load) {
        return id -> {
            try {
                return Optional.of(load.apply(id));
            } catch (NotFound unknownOrNotYours) {
                return Optional.empty();
            }
        };
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
