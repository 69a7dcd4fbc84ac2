package koppel.api.root;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import koppel.api.auth.Public;

/** The entry point of the API: says what it is and where to go next; needs no key. */
@Public
@RequestScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class RootResource {

    /** The API's name and version with links to the teams and to the interactive explorer. */
    public record ApiRootOut(
            @JsonbProperty("name") String name,
            @JsonbProperty("version") String version,
            @JsonbProperty("teams") String teams,
            @JsonbProperty("docs") String docs) {}

    @GET
    public ApiRootOut root(@Context UriInfo uri) {
        // The base is .../api/v1/ (the configured public address when set): the explorer is beside v1.
        return new ApiRootOut(
                "Koppel API",
                "1",
                uri.getBaseUriBuilder().path("teams").build().toString(),
                uri.getBaseUri().resolve("../docs/").toString());
    }
}
