/** The storefront's cashier page (收银台) and the sandbox providers' hosted payment pages. */
package com.ks.platform.payment.ui;
