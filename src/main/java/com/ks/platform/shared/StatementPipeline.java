package com.ks.platform.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Results;
import org.jooq.SQLDialect;

/**
 * Statements that several modules add to one business transaction and that travel to the database together: on
 * PostgreSQL as one prepared multi-statement (one round trip; the driver prepares each part on the server once it
 * recurs), elsewhere one after the other. The parts run in the order added; the first that fails aborts the rest, and
 * the caller's transaction rolls everything back. Results reach their handlers in the same order, after all parts ran.
 */
public final class StatementPipeline {

    private final DSLContext db;
    private final List<Query> queries = new ArrayList<>();
    private final List<Consumer<Result<Record>>> handlers = new ArrayList<>();
    private final List<Runnable> afterwards = new ArrayList<>();

    public StatementPipeline(DSLContext db) {
        this.db = db;
    }

    /** A statement whose update count nobody needs (an insert that either writes its row or fails). */
    public void add(Query query) {
        queries.add(query);
        handlers.add(null);
    }

    /** A statement whose rows (a select, or {@code returning}) go to {@code handler}; the handler may refuse by throwing. */
    public void add(ResultQuery<?> query, Consumer<Result<Record>> handler) {
        queries.add(query);
        handlers.add(handler);
    }

    /** Runs once every handler has seen its rows, before {@link #execute()} returns — e.g. a follow-up statement. */
    public void afterwards(Runnable action) {
        afterwards.add(action);
    }

    public void execute() {
        if (queries.isEmpty()) {
            return;
        }
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            executeAtOnce();
        } else {
            executeInTurn();
        }
        afterwards.forEach(Runnable::run);
    }

    private void executeAtOnce() {
        Results results = db.resultQuery("{0}", db.queries(queries)).fetchMany();
        var parts = results.resultsOrRows();
        if (parts.size() != queries.size()) {
            throw new IllegalStateException(queries.size() + " statements sent, " + parts.size() + " answered");
        }
        for (int i = 0; i < parts.size(); i++) {
            Consumer<Result<Record>> handler = handlers.get(i);
            if (handler != null) {
                handler.accept(parts.get(i).result());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void executeInTurn() {
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            Consumer<Result<Record>> handler = handlers.get(i);
            if (handler == null) {
                query.execute();
            } else {
                handler.accept((Result<Record>) ((ResultQuery<?>) query).fetch());
            }
        }
    }
}
