/** The community's views: the feed, a post, a person's page, writing a post, 问大家 on the product page, admin reports. */
package com.ks.platform.community.ui;
