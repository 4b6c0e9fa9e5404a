package com.ks.platform.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.ks.platform.compliance.export.RegulatorExport;
import com.ks.platform.compliance.export.RegulatorExportService;
import com.ks.platform.compliance.export.RegulatorRequest;
import com.ks.platform.shared.AuditEntry;
import com.ks.platform.shared.AuditQuery;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * E-Commerce Law art. 25: on a lawful request (authority, reference, reason) an officer exports a merchant's identity,
 * qualification, products, violations and transactions as a ZIP with a detached Ed25519 signature; both are audited.
 */
class RegulatorExportTest extends ViolationTestSupport {

    @Autowired
    RegulatorExportService exports;

    @Autowired
    AuditTrail audit;

    RegulatorRequest request(UUID merchantId, String reference) {
        return new RegulatorRequest(
                merchantId,
                "杭州市市场监督管理局",
                reference,
                "调查涉嫌虚假宣传案件，依《电子商务法》第二十五条调取",
                LocalDate.now(BusinessTime.ZONE).minusDays(30),
                LocalDate.now(BusinessTime.ZONE));
    }

    @Test
    void e_commerce_law_art_25_an_export_carries_the_merchants_records_and_its_signature_checks() throws Exception {
        var shop = shopWithAProduct();
        record(shop.merchant().id(), Penalty.WARNING, Set.of());
        actAs(OFFICER);
        String reference = "杭市监调〔2026〕" + UUID.randomUUID().toString().substring(0, 6);

        UUID id = exports.export(request(shop.merchant().id(), reference));

        byte[] zip = exports.archive(id);
        byte[] signature = exports.signature(id);
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet())
                .contains(
                        "request.json",
                        "identity.json",
                        "products.csv",
                        "violations.csv",
                        "transactions.csv",
                        "manifest.json");
        assertThat(new String(files.get("request.json"), StandardCharsets.UTF_8))
                .contains(reference, "杭州市市场监督管理局", "auditChainHead");
        assertThat(new String(files.get("identity.json"), StandardCharsets.UTF_8))
                .contains(shop.merchant().id().toString(), "qualificationDocuments");
        assertThat(files.keySet()).anyMatch(name -> name.startsWith("documents/BUSINESS_LICENCE"));
        assertThat(new String(files.get("products.csv"), StandardCharsets.UTF_8))
                .contains(shop.product().title());
        assertThat(new String(files.get("violations.csv"), StandardCharsets.UTF_8))
                .contains("FALSE_ADVERTISING");

        PublicKey key = publicKey(exports.publicKeyPem());
        assertThat(verify(zip, signature, key)).isTrue();
        zip[zip.length / 2] ^= 1;
        assertThat(verify(zip, signature, key)).as("one flipped bit").isFalse();

        RegulatorExport made = exports.find(id);
        assertThat(made.reference()).isEqualTo(reference);
        assertThat(made.officer()).isEqualTo("合规专员 陈静");
        assertThat(audit.historyOf("regulator_export", id.toString()))
                .extracting(AuditEntry::action)
                .containsExactly(
                        "regulator-export.requested", "regulator-export.created", "regulator-export.downloaded");
        assertThat(audit.historyOf("regulator_export", id.toString()).getFirst().details())
                .contains(reference);
    }

    @Test
    void the_documented_openssl_command_verifies_the_signature() throws Exception {
        assumeThat(Path.of("/usr/bin/openssl")).exists();
        var shop = shopWithAProduct();
        actAs(OFFICER);
        UUID id = exports.export(request(
                shop.merchant().id(), "OPENSSL-" + UUID.randomUUID().toString().substring(0, 6)));
        Path dir = Files.createTempDirectory("regulator-export");
        Path zip = Files.write(dir.resolve("export.zip"), exports.archive(id));
        Files.write(dir.resolve("export.zip.sig"), exports.signature(id));
        Files.writeString(dir.resolve("platform-export-public-key.pem"), exports.publicKeyPem());

        // the command in docs/regulator-export.md
        assertThat(openssl(dir, "export.zip")).contains("Signature Verified Successfully");
        byte[] tampered = Files.readAllBytes(zip);
        tampered[tampered.length - 30] ^= 1;
        Files.write(zip, tampered);
        assertThat(openssl(dir, "export.zip")).contains("Signature Verification Failure");
    }

    @Test
    void an_export_without_a_reference_authority_or_reason_is_refused_and_nothing_is_written() {
        var shop = shopWithAProduct();
        actAs(OFFICER);
        int before = exports.count();
        int auditedBefore = audit.count(new AuditQuery(null, "regulator-export.", null, null, null, null));

        assertThatThrownBy(() -> exports.export(request(shop.merchant().id(), "  ")))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors())
                .isEqualTo(Map.of("reference", "error.export.referenceRequired"));
        assertThatThrownBy(() -> exports.export(new RegulatorRequest(
                        shop.merchant().id(),
                        " ",
                        "REF-1",
                        null,
                        LocalDate.now(),
                        LocalDate.now().minusDays(1))))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors().keySet())
                .isEqualTo(Set.of("authority", "reason", "period"));

        assertThat(exports.count()).isEqualTo(before);
        assertThat(audit.count(new AuditQuery(null, "regulator-export.", null, null, null, null)))
                .isEqualTo(auditedBefore);
    }

    @Test
    void merchants_and_shoppers_cannot_export_or_download_by_a_guessed_id() {
        var shop = shopWithAProduct();
        actAs(OFFICER);
        UUID id = exports.export(request(
                shop.merchant().id(), "GUESS-" + UUID.randomUUID().toString().substring(0, 6)));
        for (String who : new String[] {"shopper@ks.demo", shop.merchant().email(), "agent@ks.demo"}) {
            actAs(who);
            assertThatThrownBy(() -> exports.archive(id)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.export(request(shop.merchant().id(), "X")))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static String openssl(Path dir, String file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "openssl",
                        "pkeyutl",
                        "-verify",
                        "-pubin",
                        "-inkey",
                        "platform-export-public-key.pem",
                        "-rawin",
                        "-in",
                        file,
                        "-sigfile",
                        file + ".sig")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        process.waitFor(30, TimeUnit.SECONDS);
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static PublicKey publicKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static boolean verify(byte[] content, byte[] signature, PublicKey key) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(content);
        return verifier.verify(signature);
    }
}
