package koppel.admin.settings.integrations;

import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;
import koppel.admin.faces.Messages;
import koppel.common.Jsonp;
import koppel.webhook.boundary.DeliveryFigures;
import koppel.webhook.boundary.DeliveryFigures.Bucket;

/**
 * The two bar charts of delivered and failed deliveries (per hour over the last 24 hours, per day
 * over the last 7 days) as the Chart.js configurations that PrimeFaces' {@code p:chart} takes,
 * written with JSON-P, and a sentence of totals for screen readers. Times are UTC, as everywhere.
 */
public class DeliveryChart implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH:00").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);

    private final String hourly;
    private final String daily;
    private final String hourlySummary;
    private final String dailySummary;

    DeliveryChart(DeliveryFigures figures) {
        hourly = chart(figures.hours(), HOUR);
        daily = chart(figures.days(), DAY);
        hourlySummary = summary("chart.hourly", figures.hours());
        dailySummary = summary("chart.daily", figures.days());
    }

    private static String chart(List<Bucket> buckets, DateTimeFormatter format) {
        JsonArrayBuilder labels = Jsonp.JSON.createArrayBuilder();
        buckets.forEach(bucket -> labels.add(format.format(bucket.start())));
        return Jsonp.JSON
                .createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Jsonp.JSON
                                .createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Jsonp.JSON
                                                .createArrayBuilder()
                                                .add(dataset("chart.delivered", "#2e7d32", buckets, Bucket::delivered))
                                                .add(dataset("chart.failed", "#c62828", buckets, Bucket::failed))))
                .add(
                        "options",
                        Jsonp.JSON
                                .createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Jsonp.JSON
                                                .createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Jsonp.JSON
                                                                .createObjectBuilder()
                                                                .add("stacked", true))
                                                .add(
                                                        "y",
                                                        Jsonp.JSON
                                                                .createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Jsonp.JSON
                                                                                .createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(
            String label, String colour, List<Bucket> buckets, ToLongFunction<Bucket> count) {
        JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
        buckets.forEach(bucket -> data.add(count.applyAsLong(bucket)));
        return Jsonp.JSON
                .createObjectBuilder()
                .add("label", Messages.text(label))
                .add("backgroundColor", colour)
                .add("data", data);
    }

    private static String summary(String key, List<Bucket> buckets) {
        return Messages.text(
                key,
                buckets.stream().mapToLong(Bucket::delivered).sum(),
                buckets.stream().mapToLong(Bucket::failed).sum());
    }

    public String getHourly() {
        return hourly;
    }

    public String getDaily() {
        return daily;
    }

    public String getHourlySummary() {
        return hourlySummary;
    }

    public String getDailySummary() {
        return dailySummary;
    }
}
