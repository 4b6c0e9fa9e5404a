package com.ks.platform.settings;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The platform configuration administrators own: modules read a value through {@link #valueOr} (their property is
 * the default), administrators change it with a reason, checked against its range and against the revision they saw.
 *
 * <p>Reads are cached in this node and the cache is dropped after a change commits, so the next order or assessment
 * uses the new value. The generation counter keeps a read that began before the commit from putting the old value
 * back. Several nodes need the same drop on the others (docs/DECISIONS.md, 2026-12-04 settings).
 */
@Service
public class Settings {

    static final int MAX_REASON = 500;

    private final SettingsRepository repository;
    private final ObjectProvider<SettingDefinitions> modules;
    private final AuditTrail audit;
    private final Clock clock;
    private final ConcurrentMap<String, Optional<BigDecimal>> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    Settings(SettingsRepository repository, ObjectProvider<SettingDefinitions> modules, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.modules = modules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The value an administrator set for {@code key}, or {@code propertyDefault} when nobody changed it. */
    @ModuleHook
    public BigDecimal valueOr(String key, BigDecimal propertyDefault) {
        return stored(key).orElse(propertyDefault);
    }

    /** The value an administrator set for {@code key}, if any. */
    @ModuleHook
    public Optional<BigDecimal> stored(String key) {
        Optional<BigDecimal> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        long seen = generation.get();
        Optional<BigDecimal> read = repository.stored(key);
        if (generation.get() == seen) {
            cache.putIfAbsent(key, read);
        }
        return read;
    }

    /** Every setting the modules describe, in their order, with its current value. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<SettingSummary> list() {
        var rows = repository.all();
        return definitions().stream()
                .map(d -> {
                    var row = rows.get(d.key());
                    return row == null
                            ? new SettingSummary(d, d.defaultValue(), false, 0, null)
                            : new SettingSummary(
                                    d,
                                    new BigDecimal(row.getSettingText()),
                                    true,
                                    row.getRevision(),
                                    row.getChangedAt());
                })
                .toList();
    }

    /**
     * Sets {@code key} to {@code value} (stored units) if it is still at {@code seenRevision} (0: never changed); the
     * change, its reason and its author go to the history and the audit trail in the same transaction.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void change(String key, BigDecimal value, long seenRevision, String reason) {
        Map<String, SettingDefinition> byKey = new HashMap<>();
        definitions().forEach(d -> byKey.put(d.key(), d));
        SettingDefinition definition = byKey.get(key);
        if (definition == null) {
            throw new NotFound("settings.error.unknown");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new RuleViolated("settings.error.reason", MAX_REASON);
        }
        if (!definition.allows(value)) {
            throw new RuleViolated(
                    "settings.error.range",
                    definition.kind().toEntry(definition.min()).toPlainString(),
                    definition.kind().toEntry(definition.max()).toPlainString());
        }
        for (SettingDefinitions module : modules.orderedStream().toList()) {
            Optional<String> refusal = module.refusal(k -> k.equals(key)
                    ? value
                    : repository.stored(k).orElseGet(() -> byKey.get(k).defaultValue()));
            if (refusal.isPresent()) {
                throw new RuleViolated(refusal.get());
            }
        }
        Optional<BigDecimal> old = repository.stored(key);
        Instant now = clock.instant();
        boolean applied;
        try {
            applied = seenRevision == 0
                    ? repository.insertFirst(key, value, now)
                    : repository.update(key, value, seenRevision, now);
        } catch (DuplicateKeyException concurrentFirstChange) {
            applied = false;
        }
        if (!applied) {
            throw new RuleViolated("settings.error.stale");
        }
        ActorPrincipal actor = CurrentActor.require();
        repository.recordChange(
                new SettingChange(key, old.orElse(null), value, actor.label(), now, why),
                Ids.newId(clock),
                actor.accountId());
        audit.record(
                "settings.changed",
                "setting",
                key,
                why,
                old.map(BigDecimal::toPlainString).orElse("default") + " -> " + value.toPlainString());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                generation.incrementAndGet();
                cache.remove(key);
            }
        });
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public int countChanges() {
        return repository.countChanges();
    }

    /** The history, newest first, one page (at most 200) at a time. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<SettingChange> changes(int offset, int limit) {
        return repository.changes(Math.max(0, offset), Math.clamp(limit, 1, 200));
    }

    private List<SettingDefinition> definitions() {
        return modules.orderedStream().flatMap(m -> m.definitions().stream()).toList();
    }
}
