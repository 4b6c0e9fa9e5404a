package com.ks.platform.backup;

/** The backup module's routes, so other modules link without string literals. */
public final class BackupRoutes {

    public static final String BACKUPS = "admin/backups";

    private BackupRoutes() {}
}
