package com.ks.platform.support.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.credit.CreditAssessments;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.PersonalDataReveals;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.payment.PaymentQueries;
import org.springframework.stereotype.Component;

/** The lower modules' read-only doors the person's context pane reads through (each secured for agents). */
@Component
record PersonSources(
        AccountQueries accounts,
        OrderQueries orders,
        PaymentQueries payments,
        AfterSalesQueries afterSales,
        CreditAssessments credit,
        PersonalDataReveals reveals) {}
