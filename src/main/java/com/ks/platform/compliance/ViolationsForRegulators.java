package com.ks.platform.compliance;

import static com.ks.platform.compliance.RegulatorExportPart.csvCell;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The merchant's violations decided in the period, with penalty and appeal, for a regulator export. */
@Component
class ViolationsForRegulators implements RegulatorExportPart {

    private final ViolationRepository violations;

    ViolationsForRegulators(ViolationRepository violations) {
        this.violations = violations;
    }

    @Override
    public String fileName() {
        return "violations.csv";
    }

    @Override
    public byte[] content(UUID merchantId, Instant from, Instant to) {
        StringBuilder csv = new StringBuilder("\uFEFFviolation_no,decided_at,type,penalty,state,penalty_ends_at,"
                + "description,decided_by,appeal_state,appeal_decided_by,appeal_note\r\n");
        for (int offset = 0; ; offset += 500) {
            List<Violation> page = violations.page(ViolationFilter.ALL, merchantId, offset, 500);
            for (Violation v : page) {
                if (!v.decidedAt().isBefore(from) && v.decidedAt().isBefore(to)) {
                    csv.append(String.join(
                                    ",",
                                    csvCell(v.number()),
                                    csvCell(v.decidedAt()),
                                    csvCell(v.typeCode()),
                                    csvCell(v.penalty()),
                                    csvCell(v.state()),
                                    csvCell(v.penaltyEndsAt()),
                                    csvCell(v.description()),
                                    csvCell(v.decidedBy()),
                                    csvCell(v.appealState()),
                                    csvCell(v.appealDecidedBy()),
                                    csvCell(v.appealNote())))
                            .append("\r\n");
                }
            }
            if (page.size() < 500) {
                return csv.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
