package com.ks.platform.aftersales;

import java.time.Instant;

/** A case waiting for the platform: the case, since when it waits, and what a refund may still give back. */
public record WaitingCase<T>(T detail, Instant waitingSince, long refundableFen) {}
