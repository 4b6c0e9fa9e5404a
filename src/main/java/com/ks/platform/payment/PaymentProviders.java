package com.ks.platform.payment;

import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.sandbox.SandboxProviders;
import com.ks.platform.shared.NotFound;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The provider of each method: a real provider bean (a PaymentProvider in the context) wins over the sandbox. */
@Component
class PaymentProviders {

    private final Map<PaymentMethod, PaymentProvider> byMethod = new EnumMap<>(PaymentMethod.class);
    private final List<PaymentProvider> all;

    PaymentProviders(ObjectProvider<PaymentProvider> configured, SandboxProviders sandboxes) {
        List<PaymentProvider> providers =
                new ArrayList<>(configured.orderedStream().toList());
        providers.addAll(sandboxes.all());
        this.all = List.copyOf(providers);
        for (PaymentProvider provider : providers) {
            byMethod.merge(provider.method(), provider, (a, b) -> a.sandbox() ? b : a);
        }
    }

    PaymentProvider of(PaymentMethod method) {
        return Optional.ofNullable(byMethod.get(method)).orElseThrow(() -> new NotFound("error.payment.noProvider"));
    }

    Optional<PaymentProvider> byId(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Whether a built-in sandbox stands in for the method (never for platform credit, settled inside). */
    boolean sandbox(PaymentMethod method) {
        return method.external() && of(method).sandbox();
    }
}
