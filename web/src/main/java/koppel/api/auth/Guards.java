package koppel.api.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which guard a request path falls under, known before the runtime matches a resource method: the
 * contract's order of checks puts authentication, permission and throttling before "no such
 * method" (405) and "not JSON" (415), which the runtime decides while matching. Built once from
 * the resource classes' own {@link Path} and {@link Guarded} or {@link Public}, so that the
 * annotations stay the one place that says what a path needs.
 */
@ApplicationScoped
public class Guards {

    /** What a path needs: nothing (public), a guard, or nothing known (no resource has it). */
    public sealed interface Need {}

    public record Open() implements Need {}

    /** @param teamId the {@code teamId} of the path, if the template has one */
    public record Guard(Guarded guarded, Optional<String> teamId) implements Need {}

    public record Unknown() implements Need {}

    private record Template(Pattern pattern, Guarded guarded, int literals) {}

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");

    @Inject
    private BeanManager beans;

    private List<Template> templates = List.of();

    @PostConstruct
    void collect() {
        List<Template> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            template(bean.getBeanClass()).ifPresent(found::add);
        }
        found.sort(Comparator.comparingInt(Template::literals).reversed());
        templates = List.copyOf(found);
    }

    /** For tests: the guards of these resource classes. */
    static Guards of(Class<?>... resources) {
        Guards guards = new Guards();
        List<Template> found = new ArrayList<>();
        for (Class<?> resource : resources) {
            template(resource).ifPresent(found::add);
        }
        found.sort(Comparator.comparingInt(Template::literals).reversed());
        guards.templates = List.copyOf(found);
        return guards;
    }

    /** What the path (relative to the API's base, decoded) needs; the most specific template decides. */
    public Need of(String path) {
        String normalized = strip(path);
        for (Template template : templates) {
            Matcher matcher = template.pattern().matcher(normalized);
            if (matcher.matches()) {
                if (template.guarded() == null) {
                    return new Open();
                }
                Optional<String> team = template.pattern().pattern().contains("(?<teamId>")
                        ? Optional.of(matcher.group("teamId"))
                        : Optional.empty();
                return new Guard(template.guarded(), team);
            }
        }
        return new Unknown();
    }

    private static Optional<Template> template(Class<?> type) {
        Path path = type.getAnnotation(Path.class);
        if (path == null) {
            return Optional.empty();
        }
        Guarded guarded = type.getAnnotation(Guarded.class);
        if (guarded == null && type.getAnnotation(Public.class) == null) {
            return Optional.empty();
        }
        String template = strip(path.value());
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(template);
        int end = 0;
        int literals = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(end, variable.start())));
            literals += variable.start() - end;
            regex.append(variable.group(1).equals("teamId") ? "(?<teamId>[^/]+)" : "[^/]+");
            end = variable.end();
        }
        regex.append(Pattern.quote(template.substring(end)));
        literals += template.length() - end;
        // A public class is open on its own path only; a guarded one covers everything below it.
        if (guarded != null && !template.isEmpty()) {
            regex.append("(/.*)?");
        }
        return Optional.of(new Template(Pattern.compile(regex.toString()), guarded, literals));
    }

    private static String strip(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
