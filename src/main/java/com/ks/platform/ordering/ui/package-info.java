/** Storefront views of ordering: checkout, one-click buy, payment (development sandbox), my orders, order detail. */
package com.ks.platform.ordering.ui;
