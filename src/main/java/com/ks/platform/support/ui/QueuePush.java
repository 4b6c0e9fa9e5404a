package com.ks.platform.support.ui;

import com.ks.platform.support.live.TicketsChanged;
import com.ks.platform.ui.LiveUpdates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Forwards "tickets changed" to the queues open on this node, which redraw by server push. */
@Component
class QueuePush {

    static final String TOPIC = "desk:tickets";

    private final LiveUpdates live;

    QueuePush(LiveUpdates live) {
        this.live = live;
    }

    @EventListener
    void on(TicketsChanged changed) {
        live.publish(TOPIC, changed);
    }
}
