package com.ks.platform.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (down, restarting, the pool timing out) from a failing statement: the first
 * is worth a "try again shortly" (HTTP 503), the second is a bug.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_STATE_CLASS = "08";
    /**
     * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now: the server is stopping or still starting
     * (a PostgreSQL restart: "terminating connection due to administrator command").
     */
    private static final String SERVER_SHUTTING_DOWN = "57P0";

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)
                            || sql.getSQLState().startsWith(SERVER_SHUTTING_DOWN))) {
                return true;
            }
            if (cause instanceof TransactionSystemException failedToEnd && endedByLostConnection(failedToEnd)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rollback (or commit) that failed on the connection itself, after the work failed because the database went
     * away: the pool has already closed the broken connection ("Connection is closed", no SQLSTATE), and Spring throws
     * this in place of the work's own exception — which it keeps as the application exception (seen in the fault runs,
     * issue 22: 500 instead of 503 while PostgreSQL restarted).
     */
    private static boolean endedByLostConnection(TransactionSystemException failedToEnd) {
        if (failedToEnd.getApplicationException() != null && causedBy(failedToEnd.getApplicationException())) {
            return true;
        }
        return failedToEnd.getCause() instanceof SQLException sql && sql.getSQLState() == null;
    }
}
