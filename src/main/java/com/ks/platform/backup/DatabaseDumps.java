package com.ks.platform.backup;

import java.nio.file.Path;
import java.sql.Connection;

/** Dump and restore for one database engine (H2 scripts, PostgreSQL custom-format dumps). */
interface DatabaseDumps {

    /** The dump's file name inside a backup. */
    String fileName();

    /**
     * Writes the database as seen by the connection's open (repeatable-read) transaction, so the fingerprint taken in
     * the same transaction describes exactly what the dump holds.
     */
    void dump(Connection inSnapshot, DatabaseAddress database, Path file) throws Exception;

    /** Replaces everything in the database with the dump's content. */
    void restore(DatabaseAddress database, Path file) throws Exception;

    /** Drops every table, view and sequence: what a lost disk or a wrong DROP leaves. */
    void destroy(DatabaseAddress database) throws Exception;

    /** A new, empty database beside the live one, for a drill. */
    DatabaseAddress createScratch(DatabaseAddress live, String name) throws Exception;

    void dropScratch(DatabaseAddress live, DatabaseAddress scratch) throws Exception;

    static DatabaseDumps forAddress(DatabaseAddress address, BackupSettings settings) {
        return address.isPostgres()
                ? new PostgresDumps(settings.pgDump(), settings.pgRestore())
                : new H2Dumps(settings.directory());
    }
}
