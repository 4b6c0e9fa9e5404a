/**
 * The identity module's views: sign-up, privacy, the address book. {@link com.ks.platform.identity.ui.AddressDialog}
 * is shared, so checkout can add or change an address in place.
 */
@NamedInterface("ui")
package com.ks.platform.identity.ui;

import org.springframework.modulith.NamedInterface;
