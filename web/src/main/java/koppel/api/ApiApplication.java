package koppel.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public API, version 1, at {@code /api/v1} (the web module's context root is {@code /api}). */
@ApplicationPath("v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Koppel API",
                        version = "1",
                        description = "Teams, clients, staff, products, session groups, sessions and orders of the"
                                + " planning platform, for third-party integrations."))
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = "Authorization",
        description = "`Authorization: Token <key>`; `Bearer <key>` is also accepted.")
public class ApiApplication extends Application {}
