package com.ks.platform.payment.api;

import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.PaymentDetails;
import com.ks.platform.payment.PaymentQueries;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.risk.ClientContext;
import com.ks.platform.risk.RiskControl;
import com.ks.platform.risk.RiskRefused;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Translations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    private final Translations translations;
    private final RiskControl risk;

    PaymentApiController(PaymentService payments, PaymentQueries queries, Translations translations, RiskControl risk) {
        this.payments = payments;
        this.queries = queries;
        this.translations = translations;
        this.risk = risk;
    }

    @PostMapping
    @Operation(
            summary = "Start paying a checkout",
            description = "Answers the payment with its hostedPageUrl. Send an Idempotency-Key: a retry answers the"
                    + " first response; the same key with another body is refused with 422. After a risk challenge"
                    + " (428), answer it (POST /api/v1/payments/challenges/{assessmentId}/answer) and send the"
                    + " confirmation it gives here.")
    @ApiResponse(
            responseCode = "201",
            description = "Started: open the hostedPageUrl",
            content = @Content(schema = @Schema(implementation = PaymentDetails.class)))
    @ApiResponse(
            responseCode = "428",
            description = "Risk control asks the shopper to confirm with their password: answer the challenge named"
                    + " by assessmentId, then start again with the confirmation",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<PaymentDetails> start(@RequestBody StartRequest request, HttpServletRequest http) {
        if (request == null || request.checkoutId() == null || request.method() == null) {
            throw new RuleViolated("error.payment.methodRequired");
        }
        ClientContext client = new ClientContext(null, http.getRemoteAddr(), request.confirmation());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(payments.start(request.checkoutId(), request.method(), client));
    }

    /**
     * Risk control's refusals as problems: a challenge is 428 (the shopper confirms on the web cashier page, which
     * asks for the password), a block 403; both name the decision and the reason codes.
     */
    @ExceptionHandler(RiskRefused.class)
    ProblemDetail riskRefused(RiskRefused refused, Locale locale) {
        HttpStatus status = refused.challenge() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, translations.translate(locale, refused.messageKey(), refused.arguments()));
        problem.setType(URI.create("urn:ks:problem:" + refused.messageKey()));
        problem.setProperty("decision", refused.decision().name());
        problem.setProperty(
                "reasons", refused.reasons().stream().map(Enum::name).toList());
        problem.setProperty("assessmentId", refused.assessmentId());
        if (refused.challenge()) {
            problem.setProperty("answer", "/api/v1/payments/challenges/" + refused.assessmentId() + "/answer");
        }
        return problem;
    }

    @GetMapping("/{paymentId}")
    @Operation(summary = "One of my payments and its status")
    PaymentDetails get(@PathVariable UUID paymentId) {
        return queries.myPayment(paymentId);
    }

    @PostMapping("/challenges/{assessmentId}/answer")
    @Operation(
            summary = "Answer a payment's risk challenge with my password",
            description = "Right: a one-time confirmation of that checkout and amount, valid for a few minutes; send"
                    + " it as confirmation when starting the payment again. Wrong: 422, counted; after a few wrong"
                    + " answers the challenge cannot be answered any more.")
    ChallengeAnswered answer(@PathVariable UUID assessmentId, @RequestBody ChallengeAnswer answer) {
        if (answer == null || answer.password() == null || answer.password().isEmpty()) {
            throw new RuleViolated(Map.of("password", "error.required"));
        }
        return new ChallengeAnswered(risk.confirmWithPassword(assessmentId, answer.password()));
    }

    record StartRequest(
            UUID checkoutId,
            PaymentMethod method,

            @Schema(description = "The confirmation a risk challenge's answer gave, when it asked for one")
            String confirmation) {}

    record ChallengeAnswer(
            @Schema(description = "The shopper's sign-in password", format = "password")
            String password) {}

    record ChallengeAnswered(
            @Schema(description = "One-time: send it as confirmation when starting the payment again")
            String confirmation) {}
}
