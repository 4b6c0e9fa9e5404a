package com.ks.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Server push to the open views of this node: a view subscribes to a topic while it is attached, and {@link #publish}
 * runs each subscriber's refresh inside its own UI's lock ({@code UI.access}), so a queue shows a new ticket without a
 * reload. In-process only: a view on another node learns of the change by its own poll (see the subscribing view).
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private final Map<String, Set<Subscriber>> topics = new ConcurrentHashMap<>();

    /** Until {@code view} is detached, every publish on {@code topic} calls {@code refresh} with the published value. */
    public <T> void subscribe(Component view, String topic, Consumer<T> refresh) {
        view.addAttachListener(attach -> {
            Subscriber subscriber = new Subscriber(attach.getUI(), refresh);
            topics.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(subscriber);
            Registration[] detach = new Registration[1];
            detach[0] = view.addDetachListener(gone -> {
                topics.getOrDefault(topic, Set.of()).remove(subscriber);
                detach[0].remove();
            });
        });
    }

    /** Tells every subscriber of {@code topic} on this node; returns at once (each UI updates in its own lock). */
    public void publish(String topic, Object value) {
        for (Subscriber subscriber : topics.getOrDefault(topic, Set.of())) {
            subscriber.tell(value);
        }
    }

    int subscribers(String topic) {
        return topics.getOrDefault(topic, Set.of()).size();
    }

    private record Subscriber(UI ui, Consumer<?> refresh) {
        @SuppressWarnings("unchecked")
        void tell(Object value) {
            try {
                ui.access(() -> ((Consumer<Object>) refresh).accept(value));
            } catch (UIDetachedException closed) {
                // the tab closed between its last request and this publish; its detach listener removes it
            }
        }
    }
}
