package koppel.webhook.boundary;

import java.util.List;
import koppel.webhook.entity.DeliveryAttempt;
import koppel.webhook.entity.OutboxEvent;
import koppel.webhook.entity.WebhookDelivery;

/** A delivery with the event it carries and, when asked for, its attempts (oldest first). */
public record DeliveryView(WebhookDelivery delivery, OutboxEvent event, List<DeliveryAttempt> attempts) {}
