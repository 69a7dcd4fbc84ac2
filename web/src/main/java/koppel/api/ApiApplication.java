package koppel.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The public API, version 1, at {@code /api/v1} (the web module's context root is {@code /api}).
 * Its OpenAPI document is {@code META-INF/openapi.yaml}, the contract as integrators read it.
 */
@ApplicationPath("v1")
public class ApiApplication extends Application {}
