package com.ks.platform.payment;

import java.time.LocalDate;

/** What the merchant was paid (allocated from payments) and what it refunded on one business day, in fen. */
public record DailyMoney(LocalDate day, long paidFen, long refundedFen) {}
