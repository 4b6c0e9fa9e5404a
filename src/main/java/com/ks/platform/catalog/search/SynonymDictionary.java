package com.ks.platform.catalog.search;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonym dictionary search applies at query time: the shipped general e-commerce dictionary until an
 * administrator saves their own. Every node reloads a saved dictionary within one index poll (it follows the newest
 * revision in the database), without a restart and without re-indexing.
 */
@Service
public class SynonymDictionary {

    private static final Logger log = LoggerFactory.getLogger(SynonymDictionary.class);

    private final SynonymRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final AtomicReference<Loaded> loaded;

    SynonymDictionary(SynonymRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.loaded = new AtomicReference<>(new Loaded(0, SynonymRules.shipped()));
    }

    /** The dictionary in force, in Solr synonym format. */
    @PreAuthorize(Roles.IS_ADMIN)
    public String text() {
        return loaded.get().rules().text();
    }

    /** The last save by an administrator (the console shows who and when); empty while the shipped one applies. */
    @PreAuthorize(Roles.IS_ADMIN)
    public java.util.Optional<Change> lastChange() {
        return repository.latestChange();
    }

    public record Change(java.util.UUID accountId, java.time.Instant at) {}

    /**
     * Replaces the dictionary. The whole text is parsed first; a bad rule refuses it with its line number and nothing
     * changes.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void replace(String solrText) {
        String text = solrText == null ? "" : solrText.replace("\r\n", "\n");
        SynonymRules rules;
        try {
            rules = SynonymRules.parse(text);
        } catch (SynonymRules.Invalid e) {
            if (e.line == 0) {
                throw new RuleViolated("search.synonyms.tooLong", SynonymRules.MAX_CHARS);
            }
            throw new RuleViolated("search.synonyms.invalidLine", e.line, e.content);
        }
        long revision = repository.insert(text, CurrentActor.requireAccountId(), clock.instant());
        audit.record(
                "search.synonymsReplaced",
                "search-synonyms",
                Long.toString(revision),
                null,
                text.lines().count() + " lines");
        loaded.set(new Loaded(revision, rules));
    }

    /** The rules in force on this node. */
    SynonymRules rules() {
        return loaded.get().rules();
    }

    /** Follows a dictionary saved on another node; called by the index poll. */
    void refresh() {
        long newest = repository.latestRevision();
        if (newest == loaded.get().revision()) {
            return;
        }
        repository.body(newest).ifPresent(body -> {
            try {
                loaded.set(new Loaded(newest, SynonymRules.parse(body)));
                log.info("Search synonyms reloaded: revision {}", newest);
            } catch (SynonymRules.Invalid e) {
                // only valid texts are saved; a row edited by hand keeps the previous dictionary in force
                log.warn(
                        "Search synonyms revision {} is not valid ({}); keeping revision {}",
                        newest,
                        e.getMessage(),
                        loaded.get().revision());
                loaded.set(new Loaded(newest, loaded.get().rules()));
            }
        });
    }

    private record Loaded(long revision, SynonymRules rules) {}
}
