/*
 * Starts Swagger UI on the live document. A separate file because the page's Content-Security-Policy
 * allows no inline script. The key typed into "Authorize" lives in this tab's memory only
 * (persistAuthorization false: nothing in localStorage), and the page reaches no other server:
 * no validator badge, no topbar to load another document, no URL parameters that change the config.
 */
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '../openapi',
        dom_id: '#swagger-ui',
        layout: 'BaseLayout',
        presets: [SwaggerUIBundle.presets.apis],
        deepLinking: true,
        docExpansion: 'list',
        defaultModelsExpandDepth: 0,
        displayRequestDuration: true,
        showCommonExtensions: true,
        persistAuthorization: false,
        queryConfigEnabled: false,
        validatorUrl: null
    });
});
