/** Shared kernel: ids, clock, domain errors, audit trail, actor — no business module, no Vaadin. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.ks.platform.shared;

import org.springframework.modulith.ApplicationModule;
