package com.ks.platform.identity;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in shopper's own addresses; another shopper's address answers as if it did not exist. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SHOPPER)
public class AddressQueries {

    private final AddressRepository addresses;

    AddressQueries(AddressRepository addresses) {
        this.addresses = addresses;
    }

    /** Default first, then newest. */
    public List<AddressDetails> mine() {
        return addresses.list(CurrentActor.requireAccountId());
    }

    public Optional<AddressDetails> myDefault() {
        return addresses.findDefault(CurrentActor.requireAccountId());
    }

    public AddressDetails mine(UUID addressId) {
        return addresses
                .find(CurrentActor.requireAccountId(), addressId)
                .orElseThrow(() -> new NotFound("address.error.notFound"));
    }
}
