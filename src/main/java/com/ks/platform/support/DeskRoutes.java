package com.ks.platform.support;

/** The workbench's own pages beyond the ticket routes in {@link SupportRoutes}: macros, metrics and teams for leads. */
public final class DeskRoutes {

    public static final String MACROS = "workbench/macros";
    public static final String METRICS = "workbench/metrics";
    public static final String TEAMS = "workbench/teams";

    private DeskRoutes() {}
}
