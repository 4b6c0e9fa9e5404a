/** The administrators' page for backups and the last restore drill. */
package com.ks.platform.backup.ui;
