package com.ks.platform.compliance;

import com.ks.platform.catalog.ProductSanctions;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.NotFound;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The read side both doors share: a violation with its store name, evidence, products and history. */
@Component
class ViolationReads {

    private final ViolationRepository violations;
    private final MerchantQueries merchants;
    private final ProductSanctions products;
    private final AuditTrail audit;

    ViolationReads(
            ViolationRepository violations, MerchantQueries merchants, ProductSanctions products, AuditTrail audit) {
        this.violations = violations;
        this.merchants = merchants;
        this.products = products;
        this.audit = audit;
    }

    List<Violation> named(List<Violation> page) {
        Map<UUID, String> names =
                merchants.storeNames(page.stream().map(Violation::merchantId).collect(Collectors.toSet()));
        return page.stream().map(v -> withName(v, names.get(v.merchantId()))).toList();
    }

    /** With {@code merchantId}, only that merchant's violation; another's answers NotFound. */
    ViolationDetails details(UUID violationId, UUID merchantId) {
        if (violationId == null) {
            throw new NotFound("error.violation.notFound");
        }
        Violation violation =
                violations.find(violationId, merchantId).orElseThrow(() -> new NotFound("error.violation.notFound"));
        Set<UUID> named = Set.copyOf(violations.productIds(violationId));
        List<ViolationDetails.AffectedProduct> affected = named.isEmpty()
                ? List.of()
                : products.productsOf(violation.merchantId()).stream()
                        .filter(p -> named.contains(p.id()))
                        .map(p -> new ViolationDetails.AffectedProduct(p.id(), p.title()))
                        .toList();
        return new ViolationDetails(
                named(List.of(violation)).getFirst(),
                violations.evidence(violationId),
                affected,
                audit.historyOf("violation", violationId.toString()));
    }

    private static Violation withName(Violation v, String storeName) {
        return new Violation(
                v.id(),
                v.number(),
                v.merchantId(),
                storeName,
                v.typeCode(),
                v.description(),
                v.penalty(),
                v.state(),
                v.penaltyEndsAt(),
                v.decidedBy(),
                v.decidedAt(),
                v.appealDeadline(),
                v.appealState(),
                v.appealText(),
                v.appealedAt(),
                v.appealDecidedBy(),
                v.appealNote(),
                v.appealDecidedAt());
    }
}
