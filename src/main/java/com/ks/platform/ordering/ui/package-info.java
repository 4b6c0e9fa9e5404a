/** Storefront views of ordering: checkout, one-click buy, my orders, order detail (the cashier page is in payment.ui). */
package com.ks.platform.ordering.ui;
