/** What shoppers paid for completed orders, less refunds: the spending points and member levels are computed from. */
package com.ks.platform.promotion.spending;
