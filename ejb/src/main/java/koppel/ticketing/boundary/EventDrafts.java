package koppel.ticketing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import koppel.product.entity.Pricing;
import koppel.product.entity.Product;
import koppel.session.entity.Session;
import koppel.session.entity.SessionData;
import koppel.session.entity.SessionGroup;
import koppel.team.entity.Team;
import koppel.ticketing.provider.EventDraft;

/**
 * A session group as the event a ticketing system should hold: its title (else its product's), its
 * team, from its first session's start to its last one's end, its maximum and prices (else its
 * product's). A session group without sessions has no dates yet, so no event.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EventDrafts {

    static final String NO_SESSIONS = "The session group has no sessions yet: an event needs a start and an end.";

    @PersistenceContext
    private EntityManager em;

    /** The event, or empty when the session group has no sessions. */
    public Optional<EventDraft> of(SessionGroup group) {
        List<SessionData> sessions = em.createQuery(
                        "select s from Session s where s.sessionGroupId = :group order by s.start, s.id", Session.class)
                .setParameter("group", group.getId())
                .getResultStream()
                .map(Session::data)
                .toList();
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        Product product = em.find(Product.class, group.getProductId());
        Team team = em.find(Team.class, group.getTeamId());
        Pricing pricing = group.getPrices().or(product::getSessionPrices).orElse(Pricing.NONE);
        List<EventDraft.PriceLine> prices = new ArrayList<>();
        if (pricing.standardPrice() != null) {
            prices.add(new EventDraft.PriceLine(null, pricing.standardPrice().taxIncluded()));
        }
        pricing.otherPrices()
                .forEach(price -> prices.add(
                        new EventDraft.PriceLine(price.label(), price.price().taxIncluded())));
        String name = group.getTitle().filter(title -> !title.isBlank()).orElseGet(() -> product.title("en"));
        return Optional.of(new EventDraft(
                group.getId(),
                team.getId(),
                team.getName(),
                name.isBlank() ? "Session group " + group.getId() : name,
                sessions.get(0).start(),
                sessions.stream()
                        .map(SessionData::end)
                        .max(Comparator.naturalOrder())
                        .orElseThrow(),
                group.getMaximumParticipants()
                        .or(product::getMaximumParticipants)
                        .orElse(null),
                sessions.get(0).location(),
                prices,
                sessions.stream()
                        .map(session -> new EventDraft.Meeting(session.start(), session.end(), session.location()))
                        .toList()));
    }
}
