package koppel.product.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.common.entity.TeamOwned;

/** Something a team sells: a course, an outing, a voucher for one; sessions of it are booked. */
@Entity
@Table(name = "products")
public class Product extends TeamOwned {

    public static final String DEFAULT_LANGUAGE = "en";

    @Convert(converter = ProductColumns.TranslationsColumn.class)
    @Column(nullable = false, length = 20_000)
    private Map<String, String> title;

    @Convert(converter = ProductColumns.TranslationsColumn.class)
    @Column(length = 200_000)
    private Map<String, String> description;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "private_session", nullable = false)
    private boolean privateSession;

    @Column(name = "description_image", length = 2000)
    private String descriptionImage;

    @Column(name = "meeting_point", length = 200)
    private String meetingPoint;

    @Column(length = 500)
    private String address;

    @Column(name = "category_id")
    private Integer categoryId;

    @Column(name = "category_name", length = 100)
    private String categoryName;

    @Convert(converter = ProductColumns.ParticipantsColumn.class)
    @Column(length = 100_000)
    private Participants participants;

    @Column(name = "maximum_participants")
    private Integer maximumParticipants;

    @Convert(converter = PricingColumn.class)
    @Column(name = "session_prices", length = 20_000)
    private Pricing sessionPrices;

    @Convert(converter = PricingColumn.class)
    @Column(name = "voucher_prices", length = 20_000)
    private Pricing voucherPrices;

    protected Product() {}

    public Product(UUID id, UUID teamId, ProductData data) {
        super(id, teamId);
        update(data);
    }

    public void update(ProductData data) {
        title = data.title();
        description = data.description().isEmpty() ? null : data.description();
        online = Boolean.TRUE.equals(data.online());
        privateSession = Boolean.TRUE.equals(data.privateSession());
        descriptionImage = data.descriptionImage();
        meetingPoint = data.location() == null ? null : data.location().meetingPoint();
        address = data.location() == null ? null : data.location().address();
        categoryId = data.category() == null ? null : data.category().id();
        categoryName = data.category() == null ? null : data.category().name();
        participants = data.participants();
        maximumParticipants = participants == null ? null : participants.maximum();
        sessionPrices = Pricing.stored(data.sessions());
        voucherPrices = Pricing.stored(data.vouchers());
        describe(data.externalReference(), data.customData());
    }

    @Override
    public ProductData data() {
        return new ProductData(
                title,
                description == null ? Map.of() : description,
                online,
                privateSession,
                descriptionImage,
                meetingPoint == null && address == null ? null : new Location(meetingPoint, address),
                participants,
                categoryId == null && categoryName == null ? null : new Category(categoryId, categoryName),
                Pricing.answered(sessionPrices),
                Pricing.answered(voucherPrices),
                getExternalReference().orElse(null),
                getCustomData());
    }

    /** The title in a language, else in English, else in whichever language it has. */
    public String title(String language) {
        return translated(title, language).orElse("");
    }

    public Optional<String> description(String language) {
        return description == null ? Optional.empty() : translated(description, language);
    }

    public boolean isOnline() {
        return online;
    }

    public Optional<Integer> getMaximumParticipants() {
        return Optional.ofNullable(maximumParticipants);
    }

    public Optional<Pricing> getSessionPrices() {
        return Optional.ofNullable(sessionPrices);
    }

    private static Optional<String> translated(Map<String, String> texts, String language) {
        return Optional.ofNullable(texts.get(language))
                .or(() -> Optional.ofNullable(texts.get(DEFAULT_LANGUAGE)))
                .or(() -> texts.values().stream().sorted().findFirst());
    }
}
