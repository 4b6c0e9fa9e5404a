package com.ks.platform.community;

import com.ks.jooq.tables.records.CommunityMemberRecord;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's member, created on their first post, comment, like, follow, question or answer with their
 * display name as nickname; and authors for lists. Called inside the services' transactions.
 */
@Component
class Members {

    private static final int MAX_NICKNAME = 40;

    private final CommunityMemberRepository members;
    private final AccountQueries accounts;
    private final Clock clock;

    Members(CommunityMemberRepository members, AccountQueries accounts, Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in person's member id, made now if they never took part. */
    UUID me() {
        UUID accountId = CurrentActor.requireAccountId();
        return members.ofAccount(accountId).map(CommunityMemberRecord::getId).orElseGet(() -> {
            String name = accounts.me()
                    .map(a -> a.displayName())
                    .filter(n -> n != null && !n.isBlank())
                    .map(String::strip)
                    .orElse("Ks");
            members.insertIfAbsent(
                    Ids.newId(clock),
                    accountId,
                    name.length() > MAX_NICKNAME ? name.substring(0, MAX_NICKNAME) : name,
                    clock.instant());
            return members.ofAccount(accountId).orElseThrow().getId();
        });
    }

    /** The signed-in person's member id if they are signed in and took part before; visitors have none. */
    Optional<UUID> meIfAny() {
        return CurrentActor.get()
                .flatMap(actor -> members.ofAccount(actor.accountId()))
                .map(CommunityMemberRecord::getId);
    }

    Map<UUID, Author> authors(Collection<UUID> memberIds) {
        Map<UUID, Author> authors = new HashMap<>();
        members.byIds(memberIds).forEach((id, row) -> authors.put(id, new Author(id, row.getNickname())));
        return authors;
    }

    UUID accountOf(UUID memberId) {
        return members.find(memberId).orElseThrow().getAccountId();
    }
}
