/**
 * SLA due times: targets per urgency counted in business hours of the configured calendar, paused while a ticket
 * waits on the customer.
 */
package com.ks.platform.support.sla;
