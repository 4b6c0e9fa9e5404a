/** The coupon pages: coupon centre, 我的优惠券, the product page's coupons, and issuing in the portal and admin. */
package com.ks.platform.promotion.ui;
