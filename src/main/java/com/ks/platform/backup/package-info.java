/** Backups of the database and the file storage, their retention, restore, and the restore drill that proves them. */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity"})
package com.ks.platform.backup;

import org.springframework.modulith.ApplicationModule;
