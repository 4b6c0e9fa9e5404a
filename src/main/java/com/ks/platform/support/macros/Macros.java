package com.ks.platform.support.macros;

import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.TicketDetail;
import com.ks.platform.support.TicketQueries;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 快捷回复: agents pick and render macros for a ticket; leads write them. A body naming a placeholder that does not
 * exist is refused on save (it would reach a customer as "{订单编号}"), naming the unknown ones.
 */
@Service
public class Macros {

    public static final int MAX_TITLE = 60;
    public static final int MAX_BODY = 2000;

    private final MacroRepository macros;
    private final TicketQueries tickets;
    private final OrderQueries orders;
    private final Clock clock;

    Macros(MacroRepository macros, TicketQueries tickets, OrderQueries orders, Clock clock) {
        this.macros = macros;
        this.tickets = tickets;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_CS_AGENT)
    public List<Macro> all() {
        return macros.all();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_CS_AGENT)
    public List<Macro> in(MacroLanguage language) {
        return macros.all().stream().filter(m -> m.language() == language).toList();
    }

    /** The macro's body with the ticket's values in its placeholders. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_CS_AGENT)
    public String render(UUID macroId, MacroValues values) {
        Macro macro = macros.find(macroId).orElseThrow(() -> new NotFound("error.macro.notFound"));
        return MacroText.render(macro.body(), values);
    }

    /**
     * The macro filled in for a ticket the agent may open: the requester's name, the ticket's and its order's numbers,
     * the order's shop and the agent's own name.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_CS_AGENT)
    public String renderFor(UUID macroId, UUID ticketId) {
        TicketDetail ticket = tickets.ticket(ticketId);
        MacroValues values = MacroValues.none()
                .with(MacroPlaceholder.NAME, ticket.summary().requesterName())
                .with(MacroPlaceholder.TICKET_NO, ticket.summary().ticketNo())
                .with(MacroPlaceholder.ORDER_NO, ticket.summary().orderNo())
                .with(MacroPlaceholder.AGENT, CurrentActor.require().label());
        if (ticket.orderId() != null) {
            values = values.with(
                    MacroPlaceholder.SHOP,
                    orders.orderForAgent(ticket.orderId()).storeName());
        }
        return render(macroId, values);
    }

    @Transactional
    @PreAuthorize(Roles.IS_CS_LEAD)
    public UUID save(SaveMacro macro) {
        SaveMacro clean = validated(macro);
        UUID by = CurrentActor.requireAccountId();
        try {
            if (clean.id() == null) {
                UUID id = Ids.newId(clock);
                macros.insert(id, clean, by, clock.instant());
                return id;
            }
            if (!macros.update(clean, by, clock.instant())) {
                throw new NotFound("error.macro.notFound");
            }
            return clean.id();
        } catch (DuplicateKeyException sameTitle) {
            throw new RuleViolated(Map.of("title", "error.macro.titleTaken"));
        }
    }

    @Transactional
    @PreAuthorize(Roles.IS_CS_LEAD)
    public void delete(UUID macroId) {
        if (!macros.delete(macroId)) {
            throw new NotFound("error.macro.notFound");
        }
    }

    private SaveMacro validated(SaveMacro macro) {
        String title = macro.title() == null ? "" : macro.title().strip();
        String body = macro.body() == null ? "" : macro.body().strip();
        Map<String, String> errors = new HashMap<>();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            errors.put("title", "error.macro.title");
        }
        if (body.isEmpty() || body.length() > MAX_BODY) {
            errors.put("body", "error.macro.body");
        }
        if (macro.language() == null) {
            errors.put("language", "error.macro.language");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        Set<String> unknown = MacroText.unknownPlaceholders(body);
        if (!unknown.isEmpty()) {
            throw new RuleViolated("error.macro.unknownPlaceholder", String.join("、", unknown));
        }
        if (macros.titleTaken(macro.language(), title, macro.id())) {
            throw new RuleViolated(Map.of("title", "error.macro.titleTaken"));
        }
        return new SaveMacro(macro.id(), title, macro.language(), body);
    }
}
