package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.aftersales.AfterSalesQueries.EvidenceFile;
import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.MerchantActor;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.FileType;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's conversation: its shopper, its merchant (owner or staff with AFTER_SALES) and, once the case went to the
 * platform (平台介入, and every complaint), a customer-service agent write messages with up to 3 photos or PDFs each, checked like evidence.
 * The caller says as which party it writes; the service checks that the signed-in person is that party of this case
 * (anyone else: not found). The other parties are told; an ended case takes no new messages.
 */
@Service
public class CaseConversation {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_FILES = 3;
    /** Keeps a conversation (shown whole on the case pages) bounded. */
    static final int MAX_MESSAGES = 200;

    private static final Set<CaseState> ENDED = EnumSet.of(
            CaseState.REFUNDED,
            CaseState.COMPLETED,
            CaseState.CLOSED,
            CaseState.WITHDRAWN,
            CaseState.COMPLAINT_UPHELD,
            CaseState.COMPLAINT_DISMISSED);
    private static final int EXCERPT = 60;

    private final CaseRepository cases;
    private final ConversationRepository conversation;
    private final MerchantAccess merchants;
    private final MerchantQueries merchantQueries;
    private final NotificationService notifications;
    private final FileStorage storage;
    private final Clock clock;

    CaseConversation(
            CaseRepository cases,
            ConversationRepository conversation,
            MerchantAccess merchants,
            MerchantQueries merchantQueries,
            NotificationService notifications,
            FileStorage storage,
            Clock clock) {
        this.cases = cases;
        this.conversation = conversation;
        this.merchants = merchants;
        this.merchantQueries = merchantQueries;
        this.notifications = notifications;
        this.storage = storage;
        this.clock = clock;
    }

    /** The conversation as {@code side} sees it, oldest first. */
    @PreAuthorize("hasAnyRole('SHOPPER', 'MERCHANT', 'CS_AGENT')")
    @Transactional(readOnly = true)
    public CaseThread read(UUID caseId, Actor side) {
        AftersalesCaseRecord record = found(caseId);
        author(record, side);
        return new CaseThread(conversation.messages(caseId), closedKey(record));
    }

    /** Writes a message as {@code side}: text 1–1000 characters (trimmed), up to 3 files. */
    @PreAuthorize("hasAnyRole('SHOPPER', 'MERCHANT', 'CS_AGENT')")
    @Transactional
    public UUID write(UUID caseId, Actor side, String text, List<byte[]> files) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new RuleViolated(Map.of("text", "error.aftersales.messageRequired"));
        }
        if (body.length() > MAX_TEXT) {
            throw new RuleViolated(Map.of("text", "error.aftersales.messageTooLong"));
        }
        List<byte[]> attached = files == null ? List.of() : files;
        if (attached.size() > MAX_FILES) {
            throw new RuleViolated(Map.of("evidence", "error.aftersales.messageFiles"));
        }
        List<FileType> types = EvidenceFiles.check(attached);
        String name = author(found(caseId), side);
        // locked like every state move, so a message never lands after the case ended in a concurrent transaction
        AftersalesCaseRecord record = cases.lock(caseId).orElseThrow(() -> new NotFound("error.aftersales.notFound"));
        String closed = closedKey(record);
        if (closed != null) {
            throw new RuleViolated(closed);
        }
        if (conversation.countMessages(caseId) >= MAX_MESSAGES) {
            throw new RuleViolated("error.aftersales.conversationFull");
        }
        Instant now = clock.instant();
        UUID messageId = Ids.newId(clock);
        UUID authorId = CurrentActor.requireAccountId();
        List<UUID> agentsBefore = conversation.platformAuthors(caseId);
        conversation.addMessage(messageId, caseId, side, authorId, name, body, now);
        for (int i = 0; i < types.size(); i++) {
            UUID fileId = Ids.newId(clock);
            String key = "aftersales/" + caseId + "/messages/" + fileId;
            byte[] content = attached.get(i);
            storage.putInTransaction(key, content);
            conversation.addFile(fileId, messageId, caseId, key, types.get(i).contentType(), content.length, now);
        }
        tellOthers(record, side, authorId, agentsBefore, body);
        return messageId;
    }

    /** A file sent in a conversation, for the parties of its case; absent for anyone else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<EvidenceFile> attachment(UUID fileId) {
        return conversation.file(fileId).flatMap(file -> {
            AftersalesCaseRecord record = cases.find(file.value1()).orElseThrow();
            boolean party = EnumSet.of(Actor.SHOPPER, Actor.MERCHANT, Actor.PLATFORM).stream()
                    .anyMatch(side -> partyName(record, side).isPresent());
            return party
                    ? storage.get(file.value2()).map(bytes -> new EvidenceFile(file.value3(), bytes))
                    : Optional.empty();
        });
    }

    private AftersalesCaseRecord found(UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFound("error.aftersales.notFound"));
    }

    /** The name the signed-in person writes under as {@code side} of this case, or refused. */
    private String author(AftersalesCaseRecord record, Actor side) {
        return partyName(record, side).orElseThrow(() -> {
            if (side == Actor.PLATFORM && CurrentActor.hasRole(Roles.CS_AGENT)) {
                return new NotAllowed("error.aftersales.platformNotInvolved");
            }
            return new NotFound("error.aftersales.notFound");
        });
    }

    private Optional<String> partyName(AftersalesCaseRecord record, Actor side) {
        if (side == null) {
            return Optional.empty();
        }
        return switch (side) {
            case SHOPPER ->
                CurrentActor.hasRole(Roles.SHOPPER) && record.getAccountId().equals(CurrentActor.requireAccountId())
                        ? Optional.of(CurrentActor.require().label())
                        : Optional.empty();
            case MERCHANT ->
                CurrentActor.hasRole(Roles.MERCHANT)
                        ? merchants
                                .current()
                                .filter(actor -> actor.may(StaffPermission.AFTER_SALES))
                                .map(MerchantActor::merchant)
                                .filter(merchant -> merchant.id().equals(record.getMerchantId()))
                                .map(merchant -> merchant.storeName())
                        : Optional.empty();
            case PLATFORM ->
                CurrentActor.hasRole(Roles.CS_AGENT) && conversation.everEscalated(record.getId())
                        ? Optional.of(CurrentActor.require().label())
                        : Optional.empty();
            case SYSTEM -> Optional.empty();
        };
    }

    private static String closedKey(AftersalesCaseRecord record) {
        return ENDED.contains(CaseState.valueOf(record.getState())) ? "error.aftersales.conversationClosed" : null;
    }

    /** The shopper, the merchant's owner and the agents who took part, except the author. */
    private void tellOthers(AftersalesCaseRecord record, Actor side, UUID authorId, List<UUID> agents, String body) {
        String key = "notice.aftersalesMessage." + side.name();
        String excerpt = body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body;
        String[] params = {record.getCaseNo(), record.getTitle(), excerpt};
        if (side != Actor.SHOPPER) {
            notifications.send(
                    record.getAccountId(), new NoticeLink(AfterSalesRoutes.myCase(record.getId())), key, params);
        }
        if (side != Actor.MERCHANT) {
            merchantQueries
                    .ownerAccountOf(record.getMerchantId())
                    .ifPresent(owner -> notifications.send(
                            owner, new NoticeLink(AfterSalesRoutes.merchantCase(record.getId())), key, params));
        }
        for (UUID agent : agents) {
            if (!agent.equals(authorId)) {
                notifications.send(agent, new NoticeLink(AfterSalesRoutes.platformCase(record.getId())), key, params);
            }
        }
    }
}
