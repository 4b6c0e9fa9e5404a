package com.ks.platform.merchant;

import static com.ks.jooq.Tables.MERCHANT_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.TestStaff;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditEntry;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.OneTimeTokens;
import com.ks.platform.shared.RuleViolated;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The owner invites, the invitee accepts (inbox or one-time link), the owner changes and removes — and nobody else. */
class MerchantStaffTest extends KsIntegrationTest {

    private static final String OFFICER = "compliance@ks.demo";

    @Autowired
    MerchantStaffService staff;

    @Autowired
    MerchantAccess access;

    @Autowired
    MerchantDocumentService documents;

    @Autowired
    AccountQueries accounts;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditTrail audit;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext context;

    private TestStaff people;
    private TestMerchants.Created shop;

    @BeforeEach
    void newShop() {
        people = new TestStaff(context, this::actAs);
        shop = new TestMerchants(context, this::actAs).approved(BusinessCategory.BOOKS, OFFICER);
    }

    @Test
    void an_existing_account_is_told_in_its_inbox_and_joins_with_the_merchant_role_and_the_permissions() {
        String invitee = people.shopper("clerk");
        actAs(shop.email());
        StaffInvited invited = staff.invite(invitee, EnumSet.of(StaffPermission.ORDERS));
        assertThat(invited.accountExists()).isTrue();
        assertThat(invited.token()).isNull();

        actAs(invitee);
        assertThat(notifications.myNotices(0, 10))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.staff.invited"));
        assertThat(staff.myInvitations()).singleElement().satisfies(i -> {
            assertThat(i.storeName()).isEqualTo(shop.storeName());
            assertThat(i.permissions()).containsExactly(StaffPermission.ORDERS);
        });
        staff.accept(invited.staffId());

        assertThat(accounts.findByEmail(invitee)
                        .flatMap(accounts::findById)
                        .orElseThrow()
                        .roles())
                .contains(Role.MERCHANT, Role.SHOPPER);
        actAs(invitee);
        MerchantActor me = access.current().orElseThrow();
        assertThat(me.merchant().id()).isEqualTo(shop.id());
        assertThat(me.owner()).isFalse();
        assertThat(me.may(StaffPermission.ORDERS)).isTrue();
        assertThat(me.may(StaffPermission.PRODUCTS)).isFalse();
        assertThat(audit.historyOf("merchant_staff", invited.staffId().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("merchant.staff.invited", "merchant.staff.accepted");
    }

    @Test
    void a_new_address_gets_a_one_time_link_that_works_once_after_registering_with_that_address() {
        String invitee = uniqueEmail("new-clerk");
        actAs(shop.email());
        StaffInvited invited = staff.invite(invitee, EnumSet.of(StaffPermission.PRODUCTS));
        assertThat(invited.accountExists()).isFalse();
        assertThat(invited.token()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(db.fetchValue(MERCHANT_STAFF.TOKEN_HASH, MERCHANT_STAFF.ID.eq(invited.staffId())))
                .as("only the hash is kept")
                .isNotEqualTo(invited.token())
                .isEqualTo(OneTimeTokens.hash(invited.token()));

        registerAndSignIn(invitee);
        assertThat(staff.acceptToken(invited.token()).storeName()).isEqualTo(shop.storeName());
        actAs(invitee);
        assertThat(access.current().orElseThrow().merchant().id()).isEqualTo(shop.id());

        assertRefused(() -> staff.acceptToken(invited.token()), NotFound.class, "error.staff.invitationNotFound");
    }

    @Test
    void a_link_opened_by_another_address_is_refused_and_changes_nothing() {
        actAs(shop.email());
        StaffInvited invited = staff.invite(uniqueEmail("meant-for"), EnumSet.of(StaffPermission.ORDERS));
        String someoneElse = people.shopper("other");
        actAs(someoneElse);

        assertRefused(() -> staff.acceptToken(invited.token()), NotAllowed.class, "error.staff.wrongEmail");
        assertThat(access.current()).isEmpty();
        assertThat(statusOf(invited.staffId())).isEqualTo("INVITED");
    }

    @Test
    void an_expired_invitation_is_refused_by_link_and_from_the_inbox() {
        String invitee = uniqueEmail("late");
        String existing = people.shopper("late-existing");
        actAs(shop.email());
        StaffInvited byLink = staff.invite(invitee, EnumSet.of(StaffPermission.ORDERS));
        StaffInvited byInbox = staff.invite(existing, EnumSet.of(StaffPermission.ORDERS));
        db.update(MERCHANT_STAFF)
                .set(MERCHANT_STAFF.EXPIRES_AT, Instant.now().minusSeconds(60))
                .where(MERCHANT_STAFF.ID.in(byLink.staffId(), byInbox.staffId()))
                .execute();

        registerAndSignIn(invitee);
        assertRefused(() -> staff.acceptToken(byLink.token()), RuleViolated.class, "error.staff.invitationExpired");
        actAs(existing);
        assertThat(staff.myInvitations()).isEmpty();
        assertRefused(() -> staff.accept(byInbox.staffId()), RuleViolated.class, "error.staff.invitationExpired");
        assertThat(access.current()).isEmpty();
    }

    @Test
    void inviting_the_same_address_again_replaces_the_invitation_and_its_link() {
        String invitee = uniqueEmail("twice");
        actAs(shop.email());
        StaffInvited first = staff.invite(invitee, EnumSet.of(StaffPermission.ORDERS));
        StaffInvited second = staff.invite(invitee, EnumSet.of(StaffPermission.PRODUCTS));
        assertThat(second.staffId()).isEqualTo(first.staffId());
        assertThat(staff.myStaff(0, 10))
                .singleElement()
                .satisfies(m -> assertThat(m.permissions()).containsExactly(StaffPermission.PRODUCTS));

        registerAndSignIn(invitee);
        assertRefused(() -> staff.acceptToken(first.token()), NotFound.class, "error.staff.invitationNotFound");
        staff.acceptToken(second.token());
    }

    @Test
    void bad_invitations_are_refused_with_the_field_and_nothing_is_written() {
        TestStaff.Member member = people.join(shop.email(), StaffPermission.ORDERS);
        TestMerchants.Created otherShop = new TestMerchants(context, this::actAs).signUp(BusinessCategory.BOOKS);
        TestStaff.Member staffElsewhere = people.join(otherShop.email(), StaffPermission.ORDERS);
        actAs(shop.email());
        int before = staff.countMyStaff();

        assertField(
                () -> staff.invite("not-an-address", EnumSet.of(StaffPermission.ORDERS)), "email", "error.staff.email");
        assertField(() -> staff.invite(uniqueEmail("x"), Set.of()), "permissions", "error.staff.permissions");
        assertField(() -> staff.invite(shop.email(), EnumSet.of(StaffPermission.ORDERS)), "email", "error.staff.self");
        assertField(
                () -> staff.invite(member.email().toUpperCase(), EnumSet.of(StaffPermission.PRODUCTS)),
                "email",
                "error.staff.alreadyMember");
        assertField(
                () -> staff.invite(otherShop.email(), EnumSet.of(StaffPermission.ORDERS)),
                "email",
                "error.staff.ownsMerchant");
        assertField(
                () -> staff.invite(staffElsewhere.email(), EnumSet.of(StaffPermission.ORDERS)),
                "email",
                "error.staff.memberElsewhere");
        assertField(
                () -> staff.invite(OFFICER, EnumSet.of(StaffPermission.ORDERS)),
                "email",
                "error.staff.platformAccount");
        assertThat(staff.countMyStaff()).isEqualTo(before);
    }

    @Test
    void an_account_is_staff_of_one_shop_only_even_if_two_invited_it() {
        String clerk = people.shopper("wanted");
        TestMerchants.Created otherShop =
                new TestMerchants(context, this::actAs).approved(BusinessCategory.BOOKS, OFFICER);
        actAs(shop.email());
        UUID fromA = staff.invite(clerk, EnumSet.of(StaffPermission.ORDERS)).staffId();
        actAs(otherShop.email());
        UUID fromB = staff.invite(clerk, EnumSet.of(StaffPermission.ORDERS)).staffId();

        actAs(clerk);
        staff.accept(fromA);
        assertRefused(() -> staff.accept(fromB), RuleViolated.class, "error.staff.memberElsewhere");
        assertThat(statusOf(fromB)).isEqualTo("INVITED");
    }

    @Test
    void a_permission_change_and_a_removal_apply_on_the_members_next_call_and_are_audited() {
        TestStaff.Member member = people.join(shop.email(), StaffPermission.ORDERS);
        actAs(member.email());
        var stale = org.springframework.security.core.context.SecurityContextHolder.getContext();

        actAs(shop.email());
        staff.changePermissions(member.staffId(), EnumSet.of(StaffPermission.PRODUCTS));
        org.springframework.security.core.context.SecurityContextHolder.setContext(stale);
        assertThat(access.current().orElseThrow().permissions()).containsExactly(StaffPermission.PRODUCTS);

        actAs(shop.email());
        staff.remove(member.staffId());
        assertThat(staff.myStaff(0, 10)).isEmpty();
        org.springframework.security.core.context.SecurityContextHolder.setContext(stale);
        assertThat(access.current())
                .as("the session still says MERCHANT; the membership is gone")
                .isEmpty();
        assertRefused(() -> access.require(StaffPermission.PRODUCTS), NotAllowed.class, "error.merchant.none");
        assertThat(accounts.findByEmail(member.email())
                        .flatMap(accounts::findById)
                        .orElseThrow()
                        .roles())
                .doesNotContain(Role.MERCHANT);
        assertThat(audit.historyOf("merchant_staff", member.staffId().toString()))
                .extracting(AuditEntry::action)
                .containsExactly(
                        "merchant.staff.invited",
                        "merchant.staff.accepted",
                        "merchant.staff.permissionsChanged",
                        "merchant.staff.removed");
    }

    @Test
    void an_owner_guessing_another_shops_staff_ids_finds_nothing_and_changes_nothing() {
        TestStaff.Member theirs = people.join(shop.email(), StaffPermission.ORDERS);
        TestMerchants.Created otherShop =
                new TestMerchants(context, this::actAs).approved(BusinessCategory.BOOKS, OFFICER);
        actAs(otherShop.email());

        assertRefused(
                () -> staff.changePermissions(theirs.staffId(), EnumSet.allOf(StaffPermission.class)),
                NotFound.class,
                "error.staff.notFound");
        assertRefused(() -> staff.remove(theirs.staffId()), NotFound.class, "error.staff.notFound");
        assertRefused(() -> staff.remove(UUID.randomUUID()), NotFound.class, "error.staff.notFound");
        assertThat(staff.myStaff(0, 10)).isEmpty();
        actAs(theirs.email());
        assertThat(access.current().orElseThrow().permissions()).containsExactly(StaffPermission.ORDERS);
    }

    @Test
    void staff_cannot_manage_staff_nor_read_the_shops_documents_or_decisions() {
        TestStaff.Member member = people.join(shop.email(), StaffPermission.ORDERS, StaffPermission.PRODUCTS);
        actAs(member.email());

        assertRefused(
                () -> staff.invite(uniqueEmail("friend"), EnumSet.of(StaffPermission.ORDERS)),
                NotAllowed.class,
                "error.merchant.ownerOnly");
        assertRefused(() -> staff.myStaff(0, 10), NotAllowed.class, "error.merchant.ownerOnly");
        assertRefused(() -> staff.remove(member.staffId()), NotAllowed.class, "error.merchant.ownerOnly");
        assertThatThrownBy(() -> documents.myDocuments()).isInstanceOf(NotFound.class);
        assertThat(context.getBean(MerchantQueries.class).myLastDecision()).isEmpty();
    }

    private void registerAndSignIn(String email) {
        context.getBean(com.ks.platform.identity.AccountService.class)
                .registerShopper(
                        new com.ks.platform.identity.RegisterShopper(email, "新店员", TestStaff.PASSWORD, true, false));
        actAs(email);
    }

    private String statusOf(UUID staffId) {
        return db.fetchValue(MERCHANT_STAFF.STATUS, MERCHANT_STAFF.ID.eq(staffId));
    }

    private static void assertRefused(ThrowingCallable call, Class<? extends DomainException> type, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(type, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static void assertField(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.fieldErrors()).containsEntry(field, key));
    }
}
