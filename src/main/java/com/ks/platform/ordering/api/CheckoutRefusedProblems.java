package com.ks.platform.ordering.api;

import com.ks.platform.ordering.CheckoutRefused;
import com.ks.platform.ui.Translations;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused checkout as a 422 problem that also lists every line at fault (SKU, reason, the price the client expected
 * and the current one), so a client can show the new truth without guessing.
 */
@RestControllerAdvice(assignableTypes = OrderApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CheckoutRefusedProblems {

    private final Translations translations;

    CheckoutRefusedProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(CheckoutRefused.class)
    ProblemDetail refused(CheckoutRefused refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                translations.translate(locale, refused.messageKey(), refused.arguments()));
        problem.setType(URI.create("urn:ks:problem:" + refused.messageKey()));
        problem.setProperty(
                "issues",
                refused.issues().stream()
                        .map(issue -> Map.of(
                                "skuId", issue.skuId(),
                                "kind", issue.kind().name(),
                                "expectedUnitPriceFen", issue.shownPriceFen(),
                                "currentUnitPriceFen", issue.currentPriceFen()))
                        .toList());
        return problem;
    }
}
