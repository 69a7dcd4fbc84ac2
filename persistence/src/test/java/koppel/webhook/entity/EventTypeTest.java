package koppel.webhook.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void everyResourceHasItsThreeEventsNamedAsTheApiNamesThem() {
        assertThat(EventType.all()).hasSize(EventResource.values().length * 3);
        assertThat(EventType.all().stream().map(EventType::name))
                .contains("client.created", "session_group.updated", "custom_field.deleted", "team.deleted")
                .doesNotHaveDuplicates();
    }

    @Test
    void anEndpointMayListKnownTypesOrTheStar() {
        assertThat(EventType.subscribable("order.updated")).isTrue();
        assertThat(EventType.subscribable("*")).isTrue();
        assertThat(EventType.subscribable("order.changed")).isFalse();
        assertThat(EventType.subscribable("Order.updated")).isFalse();
        assertThat(EventType.subscribable("orders.updated")).isFalse();
        assertThat(EventType.subscribable("")).isFalse();
        assertThat(EventType.subscribable("client.*")).isFalse();
    }

    @Test
    void eachTypeSaysInOneLineWhenItIsRaised() {
        assertThat(EventType.byName("staff.created").orElseThrow().description())
                .isEqualTo("A staff member was created.");
        assertThat(EventType.byName("order.updated").orElseThrow().description())
                .isEqualTo("An order was changed.");
        assertThat(EventType.byName("session_group.deleted").orElseThrow().description())
                .isEqualTo("A session group was deleted.");
    }
}
