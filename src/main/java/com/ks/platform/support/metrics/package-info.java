/** The leads' metrics: response and resolution times, SLA attainment, backlog, channels, deflection, satisfaction. */
package com.ks.platform.support.metrics;
