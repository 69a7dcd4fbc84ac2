package koppel.session.boundary;

import jakarta.ejb.Stateless;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.product.entity.Product;
import koppel.query.Field;
import koppel.query.Listing;
import koppel.resource.Kind;
import koppel.resource.TeamCollection;
import koppel.session.entity.SessionGroup;
import koppel.session.entity.SessionGroupData;

/** A team's session groups: runs of its products that people book. */
@Stateless
public class SessionGroups extends TeamCollection<SessionGroup, SessionGroupData> {

    static final Listing<SessionGroup> LISTING = Listing.of(
            SessionGroup.class,
            Field.id("product", "productId"),
            Field.bool("bookable", "bookable"),
            Field.bool("on_sale", "onSale"),
            Field.text("title", "title"));

    public SessionGroups() {
        super(new Kind<>(
                SessionGroup.class,
                SessionGroupData.class,
                ResourceType.SESSION_GROUPS,
                "The session group",
                SessionGroup::new,
                SessionGroup::update,
                LISTING));
    }

    @Override
    protected void checkReferences(UUID team, UUID id, SessionGroupData data) {
        reference(Product.class, team, data.product(), "product");
    }
}
