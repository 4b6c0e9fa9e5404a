/**
 * 会员等级: levels from the rolling 12 months' spending with their privileges (member discount and free shipping at
 * checkout, priority customer service, a yearly birthday gift) and upgrade/downgrade notices.
 */
@NamedInterface("membership")
package com.ks.platform.promotion.membership;

import org.springframework.modulith.NamedInterface;
