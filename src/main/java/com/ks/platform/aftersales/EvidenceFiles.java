package com.ks.platform.aftersales;

import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.FileType;
import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Files attached to a case — the shopper's evidence and the merchant's photos of a failed inspection — checked the same
 * way: up to 9 from each party, each a PDF, JPEG, PNG or WebP by its bytes (a renamed file is refused) and at most 5 MB.
 */
@Component
class EvidenceFiles {

    static final int MAX_FILES = AfterSalesService.MAX_EVIDENCE;
    static final int MAX_BYTES = AfterSalesService.MAX_EVIDENCE_BYTES;

    private final CaseRepository cases;
    private final FileStorage storage;
    private final Clock clock;

    EvidenceFiles(CaseRepository cases, FileStorage storage, Clock clock) {
        this.cases = cases;
        this.storage = storage;
        this.clock = clock;
    }

    /** The files' types by their bytes; refused when there are too many, one is empty, too large or not allowed. */
    static List<FileType> check(List<byte[]> files) {
        return FileType.checkAll(files, MAX_FILES, MAX_BYTES, "evidence", "error.aftersales.");
    }

    /** Stores checked files within the case's transaction (a rollback leaves no file behind). */
    void store(UUID caseId, Actor party, List<byte[]> files, List<FileType> types, Instant now) {
        for (int i = 0; i < types.size(); i++) {
            UUID evidenceId = Ids.newId(clock);
            String key = "aftersales/" + caseId + "/" + evidenceId;
            byte[] content = files.get(i);
            storage.putInTransaction(key, content);
            // files of one upload keep the order they were chosen in: ids made in the same millisecond sort at random,
            // so each file is stamped a microsecond after the one before (the columns keep microseconds)
            Instant at = now.plus(i, ChronoUnit.MICROS);
            cases.addEvidence(evidenceId, caseId, party, key, types.get(i).contentType(), content.length, at);
        }
    }
}
