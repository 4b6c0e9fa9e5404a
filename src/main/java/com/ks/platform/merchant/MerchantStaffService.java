package com.ks.platform.merchant;

import com.ks.jooq.tables.records.MerchantStaffRecord;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.Role;
import com.ks.platform.identity.Roles;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.OneTimeTokens;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts of a merchant. The owner invites by e-mail with permissions, changes them and removes staff; the
 * invitee accepts — an existing account from its invitations, a new one with the one-time token of the owner's link.
 * One account is staff of at most one merchant and never while it owns one.
 */
@Service
public class MerchantStaffService {

    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final StaffRepository staff;
    private final MerchantRepository merchants;
    private final MerchantAccess access;
    private final AccountQueries accountQueries;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;

    MerchantStaffService(
            StaffRepository staff,
            MerchantRepository merchants,
            MerchantAccess access,
            AccountQueries accountQueries,
            AccountService accounts,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock) {
        this.staff = staff;
        this.merchants = merchants;
        this.access = access;
        this.accountQueries = accountQueries;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Invites {@code email} to the owner's shop. An open invitation or a removed member of the same address is replaced
     * (a new token, the new permissions, a new expiry). Every rule is checked before anything is written.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public StaffInvited invite(String email, Set<StaffPermission> permissions) {
        MerchantSummary merchant = access.requireOwner();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> address = AccountService.wellFormedEmail(email);
        if (address.isEmpty()) {
            errors.put("email", "error.staff.email");
        }
        if (permissions == null || permissions.isEmpty()) {
            errors.put("permissions", "error.staff.permissions");
        }
        Optional<MerchantStaffRecord> earlier = Optional.empty();
        Optional<UUID> accountId = Optional.empty();
        if (address.isPresent()) {
            accountId = accountQueries.findByEmail(address.get());
            earlier = staff.findByEmail(merchant.id(), address.get());
            if (accountId.filter(CurrentActor.requireAccountId()::equals).isPresent()) {
                errors.put("email", "error.staff.self");
            } else if (earlier.filter(row -> isActive(row)).isPresent()) {
                errors.put("email", "error.staff.alreadyMember");
            } else {
                accountId.flatMap(this::reasonItCannotJoin).ifPresent(reason -> errors.put("email", reason));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        Instant now = clock.instant();
        String token = accountId.isPresent() ? null : OneTimeTokens.newToken();
        UUID id = staff.invite(
                Ids.newId(clock),
                earlier,
                merchant.id(),
                address.get(),
                accountId.orElse(null),
                token == null ? null : OneTimeTokens.hash(token),
                now.plus(INVITATION_VALIDITY),
                CurrentActor.requireAccountId(),
                now);
        staff.replacePermissions(id, permissions);
        accountId.ifPresent(invitee -> notifications.send(invitee, "notice.staff.invited", merchant.storeName()));
        audit.record(
                "merchant.staff.invited",
                "merchant_staff",
                id.toString(),
                null,
                address.get() + " " + names(permissions) + (token == null ? " account" : " link"));
        return new StaffInvited(id, accountId.isPresent(), token);
    }

    /** The owner changes what a member (or an open invitation) may do; takes effect on the member's next request. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void changePermissions(UUID staffId, Set<StaffPermission> permissions) {
        MerchantStaffRecord row = ownStaff(staffId);
        if (permissions == null || permissions.isEmpty()) {
            throw new RuleViolated(Map.of("permissions", "error.staff.permissions"));
        }
        Set<StaffPermission> before = staff.permissionsOf(row.getId());
        staff.replacePermissions(row.getId(), permissions);
        audit.record(
                "merchant.staff.permissionsChanged",
                "merchant_staff",
                row.getId().toString(),
                null,
                names(before) + " -> " + names(permissions));
    }

    /** The owner removes a member or withdraws an invitation; a member loses access on their next request. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void remove(UUID staffId) {
        MerchantStaffRecord row = ownStaff(staffId);
        staff.markRemoved(row.getId(), clock.instant());
        if (isActive(row)) {
            accounts.revokeMerchantRole(row.getMemberAccountId());
        }
        audit.record("merchant.staff.removed", "merchant_staff", row.getId().toString(), null, row.getEmail());
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public int countMyStaff() {
        return staff.countOfMerchant(access.requireOwner().id());
    }

    /** The owner's staff and open invitations, oldest first, one page (at most 100) at a time. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public List<StaffMember> myStaff(int offset, int limit) {
        List<MerchantStaffRecord> rows =
                staff.pageOfMerchant(access.requireOwner().id(), Math.max(offset, 0), Math.clamp(limit, 1, 100));
        Map<UUID, Set<StaffPermission>> permissions = staff.permissionsOf(
                rows.stream().map(MerchantStaffRecord::getId).toList());
        Map<UUID, AccountDetails> members = accountQueries.findByIds(rows.stream()
                .map(MerchantStaffRecord::getMemberAccountId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(r -> new StaffMember(
                        r.getId(),
                        r.getEmail(),
                        Optional.ofNullable(members.get(r.getMemberAccountId()))
                                .map(AccountDetails::displayName)
                                .orElse(null),
                        permissions.getOrDefault(r.getId(), EnumSet.noneOf(StaffPermission.class)),
                        StaffStatus.valueOf(r.getStatus()),
                        r.getInvitedAt(),
                        r.getExpiresAt(),
                        r.getAcceptedAt()))
                .toList();
    }

    /** Open invitations addressed to the signed-in account (an existing account when it was invited). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StaffInvitation> myInvitations() {
        List<MerchantStaffRecord> rows = staff.openInvitationsFor(CurrentActor.requireAccountId(), clock.instant());
        Map<UUID, String> stores = merchants.storeNames(
                rows.stream().map(MerchantStaffRecord::getMerchantId).toList());
        Map<UUID, Set<StaffPermission>> permissions = staff.permissionsOf(
                rows.stream().map(MerchantStaffRecord::getId).toList());
        return rows.stream()
                .map(row -> new StaffInvitation(
                        row.getId(),
                        stores.getOrDefault(row.getMerchantId(), ""),
                        permissions.getOrDefault(row.getId(), EnumSet.noneOf(StaffPermission.class)),
                        row.getExpiresAt()))
                .toList();
    }

    /** The signed-in account accepts an invitation addressed to it; it gains the MERCHANT role and the membership. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public StaffInvitation accept(UUID invitationId) {
        UUID me = CurrentActor.requireAccountId();
        MerchantStaffRecord row = staff.findInvitationFor(invitationId, me)
                .orElseThrow(() -> new NotFound("error.staff.invitationNotFound"));
        return join(row, me);
    }

    /**
     * The signed-in account accepts with the one-time token of an invitation link: only while it is open and unexpired,
     * and only by the account with the invited e-mail address. A used token is gone.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public StaffInvitation acceptToken(String token) {
        UUID me = CurrentActor.requireAccountId();
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFound("error.staff.invitationNotFound");
        }
        MerchantStaffRecord row = staff.findByTokenHash(OneTimeTokens.hash(token.strip()))
                .filter(r -> StaffStatus.valueOf(r.getStatus()) == StaffStatus.INVITED)
                .orElseThrow(() -> new NotFound("error.staff.invitationNotFound"));
        String myEmail = accountQueries.me().map(AccountDetails::email).orElse("");
        if (!row.getEmail().equalsIgnoreCase(myEmail)) {
            throw new NotAllowed("error.staff.wrongEmail");
        }
        return join(row, me);
    }

    private StaffInvitation join(MerchantStaffRecord row, UUID me) {
        if (!row.getExpiresAt().isAfter(clock.instant())) {
            throw new RuleViolated("error.staff.invitationExpired");
        }
        Optional<String> refused = reasonItCannotJoin(me);
        if (refused.isPresent()) {
            throw new RuleViolated(refused.get());
        }
        try {
            if (!staff.activate(row.getId(), me, clock.instant())) {
                throw new NotFound("error.staff.invitationNotFound");
            }
        } catch (DuplicateKeyException alreadyStaffElsewhere) {
            throw new RuleViolated("error.staff.memberElsewhere");
        }
        accounts.grantMerchantRole(me);
        merchants
                .ownerOf(row.getMerchantId())
                .ifPresent(owner -> notifications.send(owner, "notice.staff.accepted", row.getEmail()));
        audit.record("merchant.staff.accepted", "merchant_staff", row.getId().toString(), null, row.getEmail());
        return invitation(row);
    }

    /**
     * Why an account cannot become staff: it is a platform account (an officer working for a shop it reviews would be
     * a conflict of interest), it owns a merchant, or it is already staff of one.
     */
    private Optional<String> reasonItCannotJoin(UUID accountId) {
        boolean platformAccount = accountQueries
                .findById(accountId)
                .map(account -> account.hasRole(Role.ADMIN)
                        || account.hasRole(Role.COMPLIANCE_OFFICER)
                        || account.hasRole(Role.CS_AGENT))
                .orElse(false);
        if (platformAccount) {
            return Optional.of("error.staff.platformAccount");
        }
        if (merchants.findByOwner(accountId).isPresent()) {
            return Optional.of("error.staff.ownsMerchant");
        }
        if (staff.activeMembership(accountId).isPresent()) {
            return Optional.of("error.staff.memberElsewhere");
        }
        return Optional.empty();
    }

    /** A row of the owner's own merchant that is not removed; anyone else's (or a guessed id) is not found. */
    private MerchantStaffRecord ownStaff(UUID staffId) {
        UUID merchantId = access.requireOwner().id();
        return Optional.ofNullable(staffId)
                .flatMap(id -> staff.findOfMerchant(id, merchantId))
                .filter(row -> StaffStatus.valueOf(row.getStatus()) != StaffStatus.REMOVED)
                .orElseThrow(() -> new NotFound("error.staff.notFound"));
    }

    private StaffInvitation invitation(MerchantStaffRecord row) {
        String storeName = merchants
                .findById(row.getMerchantId())
                .map(MerchantSummary::storeName)
                .orElse("");
        return new StaffInvitation(row.getId(), storeName, staff.permissionsOf(row.getId()), row.getExpiresAt());
    }

    private static boolean isActive(MerchantStaffRecord row) {
        return StaffStatus.valueOf(row.getStatus()) == StaffStatus.ACTIVE;
    }

    private static String names(Set<StaffPermission> permissions) {
        return String.join(
                ",", new TreeSet<>(permissions.stream().map(Enum::name).toList()));
    }
}
