package com.ks.platform.compliance;

/** One entry of the violation catalogue (reference data), with the penalty and period an officer starts from. */
public record ViolationType(String code, int severity, Penalty defaultPenalty, Integer defaultDays) {}
