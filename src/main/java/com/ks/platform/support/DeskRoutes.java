package com.ks.platform.support;

/** The workbench's own pages beyond the ticket routes in {@link SupportRoutes}: macros and metrics for leads. */
public final class DeskRoutes {

    public static final String MACROS = "workbench/macros";
    public static final String METRICS = "workbench/metrics";

    private DeskRoutes() {}
}
