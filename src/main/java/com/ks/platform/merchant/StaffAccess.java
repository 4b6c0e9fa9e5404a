package com.ks.platform.merchant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a merchant-portal view that staff may open when they hold one of these permissions (none listed: every active
 * staff member). Views without it are the owner's alone. The portal's layout hides and refuses the rest; the services
 * behind a view check again, since they are the real gate.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StaffAccess {
    StaffPermission[] value() default {};
}
