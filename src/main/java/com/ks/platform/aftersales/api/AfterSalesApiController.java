package com.ks.platform.aftersales.api;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.ApplyCase;
import com.ks.platform.aftersales.CaseConversation;
import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.CaseReason;
import com.ks.platform.aftersales.CaseSummary;
import com.ks.platform.aftersales.CaseThread;
import com.ks.platform.aftersales.RefundProposals;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.shared.Paging;
import com.ks.platform.shared.RuleViolated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The shopper's after-sales cases over the API, through the same services and rules as the storefront: open a case on
 * a line of their order, list, read (timeline, who acts next and by when), withdraw, send the return tracking number,
 * add evidence, accept or decline the merchant's partial-refund proposal, and talk with the merchant in the case's
 * conversation. Retries of an opening are answered once through the platform's {@code Idempotency-Key}; another
 * shopper's case is not found; errors are RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1/after-sales")
@Tag(name = "After-sales", description = "Returns, refunds, complaints and case messages of the signed-in shopper")
class AfterSalesApiController {

    /** The deepest a client can page into its cases (page × size). */
    static final int MAX_OFFSET = 5_000;

    private final AfterSalesService service;
    private final AfterSalesQueries queries;
    private final CaseConversation conversation;
    private final RefundProposals proposals;

    AfterSalesApiController(
            AfterSalesService service,
            AfterSalesQueries queries,
            CaseConversation conversation,
            RefundProposals proposals) {
        this.service = service;
        this.queries = queries;
        this.conversation = conversation;
        this.proposals = proposals;
    }

    @PostMapping
    @Operation(
            summary = "Open a case on a line of my order",
            description = "Refused with 422 when the reason is not allowed for the line (the same rules the apply page"
                    + " shows), the quantity is above what is left, or the line already has an open case. A complaint"
                    + " (reason COMPLAINT_*) is about the order: lineId may be left out, quantity is ignored, a"
                    + " description is required, and an order has one open complaint at most.")
    ResponseEntity<CaseDetails> open(@RequestBody OpenRequest request) {
        if (request == null) {
            throw new RuleViolated(Map.of("reason", "error.aftersales.reasonRequired"));
        }
        UUID id = service.apply(new ApplyCase(
                request.orderId(),
                request.lineId(),
                request.reason(),
                request.description(),
                request.quantity() == null ? 0 : request.quantity()));
        return ResponseEntity.created(URI.create("/api/v1/after-sales/" + id)).body(queries.myCase(id));
    }

    @GetMapping
    @Operation(summary = "My cases, newest first")
    CasePage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        int offset = Paging.offset(page, size, AfterSalesQueries.MAX_PAGE, MAX_OFFSET);
        return new CasePage(queries.myCases(offset, size), queries.countMine(), page, size);
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One of my cases: its state, who acts next and by when (deadlineAt), its timeline")
    CaseDetails detail(@PathVariable UUID caseId) {
        return queries.myCase(caseId);
    }

    @PostMapping("/{caseId}/withdraw")
    @Operation(summary = "Withdraw my request before the goods are on their way back")
    CaseDetails withdraw(@PathVariable UUID caseId) {
        service.withdraw(caseId);
        return queries.myCase(caseId);
    }

    @PostMapping("/{caseId}/return-shipment")
    @Operation(summary = "Send the return tracking number once the merchant approved (checked against the carrier)")
    CaseDetails shipBack(@PathVariable UUID caseId, @RequestBody ShipBackRequest request) {
        service.shipBack(
                caseId, request == null ? null : request.carrier(), request == null ? null : request.trackingNo());
        return queries.myCase(caseId);
    }

    @PostMapping("/{caseId}/proposal/accept")
    @Operation(
            summary = "Accept the merchant's partial-refund proposal: that amount is refunded",
            description = "Refused with 422 when the case has no proposal waiting for an answer.")
    CaseDetails acceptProposal(@PathVariable UUID caseId) {
        proposals.accept(caseId);
        return queries.myCase(caseId);
    }

    @PostMapping("/{caseId}/proposal/decline")
    @Operation(
            summary = "Decline the merchant's partial-refund proposal",
            description = "The case then waits for me to ask the platform to step in, until its deadlineAt; refused"
                    + " with 422 when the case has no proposal waiting for an answer.")
    CaseDetails declineProposal(@PathVariable UUID caseId) {
        proposals.decline(caseId);
        return queries.myCase(caseId);
    }

    @PostMapping("/{caseId}/platform")
    @Operation(
            summary = "Ask the platform to step in (平台介入) on a refused case or a declined proposal, with a reason",
            description = "Only until the case's deadlineAt; afterwards refused with 422 (the case closes).")
    CaseDetails askPlatform(@PathVariable UUID caseId, @RequestBody AskPlatformRequest request) {
        service.askPlatform(caseId, request == null ? null : request.reason());
        return queries.myCase(caseId);
    }

    @PostMapping(path = "/{caseId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Add photos or PDFs to my open case (part name: files)",
            description = "JPEG, PNG, WebP or PDF by their bytes (a renamed file is refused), each at most 5 MB, at"
                    + " most 9 per case.")
    CaseDetails addEvidence(
            @PathVariable UUID caseId, @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        List<byte[]> contents = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            contents.add(readAtMost(file, AfterSalesService.MAX_EVIDENCE_BYTES + 1));
        }
        service.addEvidence(caseId, contents);
        return queries.myCase(caseId);
    }

    @GetMapping("/{caseId}/messages")
    @Operation(summary = "The conversation of my case with the merchant (and the platform once involved), oldest first")
    CaseThread messages(@PathVariable UUID caseId) {
        return conversation.read(caseId, CaseDetails.Actor.SHOPPER);
    }

    @PostMapping(path = "/{caseId}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Write a message in my case's conversation",
            description = "Text of 1 to 1000 characters (trimmed). Refused with 422 once the case has ended.")
    ResponseEntity<CaseThread> write(@PathVariable UUID caseId, @RequestBody MessageRequest request) {
        conversation.write(caseId, CaseDetails.Actor.SHOPPER, request == null ? null : request.text(), List.of());
        return written(caseId);
    }

    @PostMapping(path = "/{caseId}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Write a message with photos or PDFs (parts: text, files)",
            description = "At most 3 files, each a JPEG, PNG, WebP or PDF by its bytes and at most 5 MB.")
    ResponseEntity<CaseThread> writeWithFiles(
            @PathVariable UUID caseId,
            @RequestPart(name = "text", required = false) String text,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        List<MultipartFile> parts = files == null ? List.of() : files;
        if (parts.size() > CaseConversation.MAX_FILES) {
            throw new RuleViolated(Map.of("evidence", "error.aftersales.messageFiles"));
        }
        List<byte[]> contents = new ArrayList<>();
        for (MultipartFile file : parts) {
            contents.add(readAtMost(file, AfterSalesService.MAX_EVIDENCE_BYTES + 1));
        }
        conversation.write(caseId, CaseDetails.Actor.SHOPPER, text, contents);
        return written(caseId);
    }

    private ResponseEntity<CaseThread> written(UUID caseId) {
        return ResponseEntity.created(URI.create("/api/v1/after-sales/" + caseId + "/messages"))
                .body(conversation.read(caseId, CaseDetails.Actor.SHOPPER));
    }

    /** Reads one byte over the limit at most, so an oversized file is refused without being held whole. */
    private static byte[] readAtMost(MultipartFile file, int limit) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(limit);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    record OpenRequest(UUID orderId, UUID lineId, CaseReason reason, Integer quantity, String description) {}

    record MessageRequest(String text) {}

    record ShipBackRequest(Carrier carrier, String trackingNo) {}

    record AskPlatformRequest(String reason) {}

    record CasePage(List<CaseSummary> items, int total, int page, int size) {}
}
