/** The administrators' settings page: values grouped by module, a change dialog with a reason, and the history. */
package com.ks.platform.settings.ui;
