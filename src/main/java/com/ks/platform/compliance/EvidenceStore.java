package com.ks.platform.compliance;

import com.ks.platform.shared.FileNames;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.FileType;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Evidence files: each is judged by its first bytes (PDF, JPEG, PNG, WebP — never by its name), limited in size and
 * number, and stored with the violation's transaction (a refused step leaves no file behind).
 */
@Component
class EvidenceStore {

    private final FileStorage storage;
    private final ViolationRepository violations;
    private final ComplianceSettings settings;
    private final Clock clock;

    EvidenceStore(FileStorage storage, ViolationRepository violations, ComplianceSettings settings, Clock clock) {
        this.storage = storage;
        this.violations = violations;
        this.settings = settings;
        this.clock = clock;
    }

    /** Adds the field's error when a file is empty, too large, of an unaccepted kind, or there are too many. */
    void check(List<EvidenceFile> files, Map<String, String> errors) {
        if (files == null || files.isEmpty()) {
            return;
        }
        if (files.size() > settings.maxEvidenceFiles()) {
            errors.put("evidence", "error.evidence.tooMany");
            return;
        }
        for (EvidenceFile file : files) {
            byte[] content = file == null ? null : file.content();
            if (content == null || content.length == 0) {
                errors.put("evidence", "error.document.fileRequired");
            } else if (content.length > settings.maxEvidenceBytes()) {
                errors.put("evidence", "error.document.tooLarge");
            } else if (FileType.sniff(content).isEmpty()) {
                errors.put("evidence", "error.document.unsupportedType");
            }
        }
    }

    List<Evidence> store(UUID violationId, String side, List<EvidenceFile> files) {
        List<Evidence> stored = new ArrayList<>();
        for (EvidenceFile file : files == null ? List.<EvidenceFile>of() : files) {
            UUID id = Ids.newId(clock);
            FileType type = FileType.sniff(file.content()).orElseThrow();
            Evidence evidence = new Evidence(
                    id,
                    side,
                    FileNames.safe(file.fileName(), "evidence"),
                    type.contentType(),
                    file.content().length,
                    clock.instant());
            String key = "compliance/violation/" + violationId + "/" + id;
            storage.putInTransaction(key, file.content());
            violations.insertEvidence(violationId, evidence, key);
            stored.add(evidence);
        }
        return stored;
    }

    byte[] content(UUID violationId, UUID evidenceId) {
        String key = violations
                .evidenceKey(violationId, evidenceId)
                .orElseThrow(() -> new NotFound("error.evidence.notFound"));
        return storage.get(key).orElseThrow(() -> new NotFound("error.evidence.notFound"));
    }
}
