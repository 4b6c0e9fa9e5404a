/**
 * Intrusion detection and prevention inside the app's reach: attack patterns (failed sign-ins across accounts,
 * authorization failures, injection-like input, scans of unknown paths, one account from many addresses) recorded as
 * security events; a source showing one is blocked for a configured time and admins are alerted in the message
 * centre. The shell ({@code web}) feeds it the request signals and refuses blocked sources.
 */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity", "notification"})
package com.ks.platform.intrusion;

import org.springframework.modulith.ApplicationModule;
