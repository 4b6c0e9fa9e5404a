package com.ks.platform.payment.api;

import com.ks.platform.payment.NotificationGate;
import com.ks.platform.payment.NotificationReceiver;
import com.ks.platform.payment.NotificationRefused.Verdict;
import com.ks.platform.payment.NotificationSignature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Providers' asynchronous notifications. Authenticated by the provider's signature over the raw body (not by a
 * token): the body is taken as bytes, exactly as signed. Refusals are 4xx problems; the provider retries on 5xx.
 */
@RestController
@Tag(name = "Payment notifications", description = "Signed notifications from payment providers")
class PaymentNotificationController {

    private final NotificationReceiver receiver;
    private final NotificationGate gate;

    PaymentNotificationController(NotificationReceiver receiver, NotificationGate gate) {
        this.receiver = receiver;
        this.gate = gate;
    }

    @PostMapping("/api/v1/payments/notify/{provider}")
    @Operation(summary = "A provider's signed notification (header Ks-Signature: t=<epoch>,v1=<hex HMAC-SHA256>)")
    @ApiResponse(
            responseCode = "200",
            description = "Accepted or ignored (already settled)",
            content = @Content(schema = @Schema(type = "object", example = "{\"verdict\":\"ACCEPTED\"}")))
    ResponseEntity<?> notify(
            @PathVariable String provider,
            // required for the provider; optional in code so a missing one is refused as a bad signature (401)
            @Parameter(required = true, description = "t=<epoch seconds>,v1=<hex HMAC-SHA256 of t.body>")
                    @RequestHeader(name = NotificationSignature.HEADER, required = false)
                    String signature,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            description = "The provider's notification, JSON, exactly as signed",
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
                    @RequestBody(required = false)
                    byte[] body,
            HttpServletRequest request) {
        String source = request.getRemoteAddr();
        var refusal = gate.refusal(source);
        if (refusal.isPresent()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, "Too many refused notifications from this address");
            problem.setType(URI.create("urn:ks:problem:rate-limited"));
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(
                            HttpHeaders.RETRY_AFTER,
                            String.valueOf(Math.max(1, refusal.get().toSeconds() + 1)))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        Verdict verdict = receiver.receive(provider, signature, body == null ? new byte[0] : body, source);
        if (verdict.httpStatus() < 300) {
            return ResponseEntity.ok(Map.of("verdict", verdict.name()));
        }
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(verdict.httpStatus()), "Notification refused");
        problem.setType(URI.create("urn:ks:problem:payment.notification." + verdict.name()));
        problem.setProperty("verdict", verdict.name());
        return ResponseEntity.status(verdict.httpStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
