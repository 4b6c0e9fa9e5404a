package com.ks.platform.privacy;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.PersonalData;
import com.ks.platform.shared.PersonalData.Category;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person's copy of their data, assembled from every module's {@link PersonalData} (PIPL art. 45). There
 * is no account id to pass: the copy is always the caller's own, so another person's copy cannot be asked for.
 */
@Service
public class PrivacyCentre {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalData> holders;
    private final PrivacySettings settings;
    private final Clock clock;

    PrivacyCentre(List<PersonalData> holders, PrivacySettings settings, Clock clock) {
        this.holders = holders;
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PersonalDataCopy myData() {
        return copyOf(CurrentActor.requireAccountId());
    }

    /** The same copy, machine-readable: UTF-8 JSON with one array of records per category. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] myDataAsJson() {
        PersonalDataCopy copy = myData();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("madeAt", copy.madeAt().toString());
        document.put("policyVersion", copy.policyVersion());
        Map<String, Object> categories = new LinkedHashMap<>();
        for (Category category : copy.categories()) {
            categories.put(
                    category.name(),
                    category.records().stream().map(PrivacyCentre::plain).toList());
        }
        document.put("categories", categories);
        return JSON.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
    }

    PersonalDataCopy copyOf(UUID accountId) {
        List<Category> categories = new ArrayList<>();
        for (PersonalData holder : holders) {
            categories.addAll(holder.export(accountId));
        }
        categories.sort(Comparator.comparing(Category::name));
        return new PersonalDataCopy(clock.instant(), settings.policyVersion(), categories);
    }

    /** Values as JSON understands them: numbers and booleans stay, times and ids become their ISO/standard text. */
    private static Map<String, Object> plain(Map<String, Object> record) {
        Map<String, Object> out = new LinkedHashMap<>();
        record.forEach((column, value) -> out.put(
                column,
                value == null || value instanceof Number || value instanceof Boolean
                        ? value
                        : value instanceof TemporalAccessor ? value.toString() : String.valueOf(value)));
        return out;
    }
}
