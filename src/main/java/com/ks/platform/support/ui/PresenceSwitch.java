package com.ks.platform.support.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.support.AgentPresence;
import com.ks.platform.support.AgentStatus;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.select.Select;

/**
 * 在线/离开/离线 for the signed-in agent: only online agents get new tickets, going offline hands open tickets back to
 * the team. Hidden for an account no lead has put in a team yet.
 */
class PresenceSwitch extends Select<AgentStatus> {

    private boolean reverting;

    PresenceSwitch(AgentPresence presence) {
        setLabel(getTranslation("desk.presence"));
        setItems(AgentStatus.values());
        setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        addClassName("ks-presence");
        try {
            setValue(presence.me().status());
        } catch (DomainException notAnAgent) {
            setVisible(false);
            return;
        }
        addValueChangeListener(change -> {
            if (reverting || change.getValue() == null) {
                return;
            }
            try {
                presence.setStatus(change.getValue());
                Notices.success(
                        "desk.presence.changed",
                        getTranslation(change.getValue().labelKey()));
            } catch (DomainException refused) {
                Notices.error(refused);
                reverting = true;
                setValue(change.getOldValue());
                reverting = false;
            }
        });
    }
}
