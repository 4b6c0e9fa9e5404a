package com.ks.platform.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;

/**
 * Statements that several modules add to one business transaction and that travel to the database together: on
 * PostgreSQL as one prepared multi-statement (one round trip; the driver prepares each part on the server once it
 * recurs), elsewhere one after the other. The parts run in the order added; the first that fails aborts the rest, and
 * the caller's transaction rolls everything back. Results reach their handlers in the same order, after all parts ran.
 */
public final class StatementPipeline {

    private final DSLContext db;
    private final List<Part> parts = new ArrayList<>();
    private final List<Runnable> afterwards = new ArrayList<>();

    public StatementPipeline(DSLContext db) {
        this.db = db;
    }

    /** A statement whose update count nobody needs (an insert writes its row or fails; a delete may find nothing). */
    public void add(Query query) {
        parts.add(new Part(query, null));
    }

    /** A statement whose rows (a select, or {@code returning}) go to {@code handler}; the handler may refuse by throwing. */
    public void add(ResultQuery<?> query, Consumer<Result<Record>> handler) {
        parts.add(new Part(query, handler));
    }

    /** Runs once every handler has seen its rows, before {@link #execute()} returns — e.g. a follow-up statement. */
    public void afterwards(Runnable action) {
        afterwards.add(action);
    }

    public void execute() {
        if (parts.isEmpty()) {
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
        var answers = db.resultQuery(
                        "{0}", db.queries(parts.stream().map(Part::query).toList()))
                .fetchMany()
                .resultsOrRows();
        if (answers.size() != parts.size()) {
            throw new IllegalStateException(parts.size() + " statements sent, " + answers.size() + " answered");
        }
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).answer(answers.get(i).result());
        }
    }

    @SuppressWarnings("unchecked")
    private void executeInTurn() {
        for (Part part : parts) {
            if (part.handler() == null) {
                part.query().execute();
            } else {
                part.answer((Result<Record>) ((ResultQuery<?>) part.query()).fetch());
            }
        }
    }

    /** A statement and, when its rows matter, who reads them. */
    private record Part(Query query, Consumer<Result<Record>> handler) {

        void answer(Result<Record> rows) {
            if (handler != null) {
                handler.accept(rows);
            }
        }
    }
}
