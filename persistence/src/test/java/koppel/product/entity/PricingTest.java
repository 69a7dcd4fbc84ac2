package koppel.product.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import koppel.session.entity.SessionGroup;
import koppel.session.entity.SessionGroupData;
import org.junit.jupiter.api.Test;

/** Prices never given are answered as an empty object, never null, and stay "not given" when sent back. */
class PricingTest {

    private static final Pricing SOME = new Pricing(new Price(new BigDecimal("5.00"), new BigDecimal("6.00")), null);

    @Test
    void aProductWithoutPricesAnswersEmptyOnes() {
        ProductData data = new Product(UUID.randomUUID(), UUID.randomUUID(), product(null)).data();
        assertThat(data.sessions()).isEqualTo(Pricing.NONE);
        assertThat(data.vouchers()).isEqualTo(Pricing.NONE);
        assertThat(Pricing.NONE.otherPrices()).isEmpty();
    }

    @Test
    void emptyPricesSentBackAreNoPricesSoTheProductsHold() {
        SessionGroup group = new SessionGroup(UUID.randomUUID(), UUID.randomUUID(), group(Pricing.NONE));
        assertThat(group.getPrices()).isEmpty();
        assertThat(group.data().prices()).isEqualTo(Pricing.NONE);
    }

    @Test
    void givenPricesAreKept() {
        Product product = new Product(UUID.randomUUID(), UUID.randomUUID(), product(SOME));
        assertThat(product.getSessionPrices()).contains(SOME);
        assertThat(product.data().sessions()).isEqualTo(SOME);
        assertThat(new SessionGroup(UUID.randomUUID(), UUID.randomUUID(), group(SOME)).getPrices())
                .contains(SOME);
    }

    private static ProductData product(Pricing sessions) {
        return new ProductData(
                Map.of("en", "Kayak"), null, null, null, null, null, null, null, sessions, null, null, null);
    }

    private static SessionGroupData group(Pricing prices) {
        return new SessionGroupData(UUID.randomUUID(), null, null, null, prices, null, null, null, null);
    }
}
