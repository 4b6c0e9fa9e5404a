/** The review pages: writing and following up reviews, the product page's review section, the shop's review page. */
package com.ks.platform.review.ui;
