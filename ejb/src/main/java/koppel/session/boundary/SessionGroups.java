package koppel.session.boundary;

import jakarta.ejb.Stateless;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.product.entity.Product;
import koppel.query.Field;
import koppel.query.Listing;
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
            Field.text("title", "title"));

    @Override
    protected Class<SessionGroup> type() {
        return SessionGroup.class;
    }

    @Override
    public Class<SessionGroupData> dataType() {
        return SessionGroupData.class;
    }

    @Override
    protected ResourceType resourceType() {
        return ResourceType.SESSION_GROUPS;
    }

    @Override
    protected Listing<SessionGroup> listing() {
        return LISTING;
    }

    @Override
    protected String singular() {
        return "The session group";
    }

    @Override
    protected void checkReferences(UUID team, UUID id, SessionGroupData data) {
        reference(Product.class, team, data.product(), "product");
    }

    @Override
    protected SessionGroup create(UUID id, UUID team, SessionGroupData data) {
        return new SessionGroup(id, team, data);
    }

    @Override
    protected void update(SessionGroup group, SessionGroupData data) {
        group.update(data);
    }
}
