/** The compliance console's risk alerts: challenged and blocked payment attempts, acknowledged or closed with a note. */
package com.ks.platform.risk.ui;
