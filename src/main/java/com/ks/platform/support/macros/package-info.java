/** Macros: canned replies with checked placeholders per language, edited by leads and rendered for a ticket. */
@NamedInterface("macros")
package com.ks.platform.support.macros;

import org.springframework.modulith.NamedInterface;
