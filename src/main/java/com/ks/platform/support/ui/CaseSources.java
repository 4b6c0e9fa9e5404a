package com.ks.platform.support.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.PlatformRefundLimit;
import com.ks.platform.aftersales.RefundApprovals;
import org.springframework.stereotype.Component;

/** The after-sales doors a ticket about an escalated case needs: the case, the agent's limit, lead approvals. */
@Component
record CaseSources(AfterSalesQueries afterSales, RefundApprovals approvals, PlatformRefundLimit limit) {}
