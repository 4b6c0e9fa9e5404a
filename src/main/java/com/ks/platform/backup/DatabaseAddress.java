package com.ks.platform.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** How to reach one database: the live one, or a scratch one a drill restores into. */
record DatabaseAddress(String url, String user, String password) {

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password == null ? "" : password);
    }

    @Override
    public String toString() {
        // never the password (it would reach logs)
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }
}
