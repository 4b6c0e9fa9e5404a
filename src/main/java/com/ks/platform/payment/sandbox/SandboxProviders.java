package com.ks.platform.payment.sandbox;

import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.PaymentProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** The built-in sandbox of every method; a real provider bean for a method takes its place (see PaymentProviders). */
@Component
public class SandboxProviders {

    private final List<PaymentProvider> all;

    SandboxProviders(SandboxGateway gateway) {
        this.all = PaymentMethod.externalMethods().stream()
                .map(method -> (PaymentProvider) new SandboxProvider(method, gateway))
                .toList();
    }

    public List<PaymentProvider> all() {
        return all;
    }
}
