package com.ks.platform.payment.api;

import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.PaymentDetails;
import com.ks.platform.payment.PaymentQueries;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.shared.RuleViolated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shopper's payments: start one for a checkout (then send the person to its hosted page), read its status. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "Pay a checkout through a provider (built-in providers are sandboxes)")
class PaymentApiController {

    private final PaymentService payments;
    private final PaymentQueries queries;

    PaymentApiController(PaymentService payments, PaymentQueries queries) {
        this.payments = payments;
        this.queries = queries;
    }

    @PostMapping
    @Operation(
            summary = "Start paying a checkout",
            description = "Answers the payment with its hostedPageUrl. Send an Idempotency-Key: a retry answers the"
                    + " first response; the same key with another body is refused with 422.")
    ResponseEntity<PaymentDetails> start(@RequestBody StartRequest request) {
        if (request == null || request.checkoutId() == null || request.method() == null) {
            throw new RuleViolated("error.payment.methodRequired");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(payments.start(request.checkoutId(), request.method()));
    }

    @GetMapping("/{paymentId}")
    @Operation(summary = "One of my payments and its status")
    PaymentDetails get(@PathVariable UUID paymentId) {
        return queries.myPayment(paymentId);
    }

    record StartRequest(UUID checkoutId, PaymentMethod method) {}
}
