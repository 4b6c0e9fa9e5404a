package com.ks.platform.risk;

/** What became of an allowed attempt's payment, as the payment module reports it. */
public enum RiskOutcome {
    SUCCEEDED,
    FAILED,
    EXPIRED
}
