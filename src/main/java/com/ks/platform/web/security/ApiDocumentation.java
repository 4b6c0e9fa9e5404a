package com.ks.platform.web.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json}, complete enough to generate a client: a real title and
 * version, one fixed server URL ({@code ks.api.server-url}, never the request's Host header), the bearer scheme, and on
 * every operation the problem responses it can give (RFC 9457, schema written by hand: springdoc's generated one
 * describes Spring's class, not the wire format).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String OAUTH2 = "oauth2";
    static final String PROBLEM = "Problem";
    private static final PathPatternParser PATHS = new PathPatternParser();
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI ksOpenApi(
            @Value("${ks.api.server-url}") String serverUrl,
            @Value("${ks.api.authorization-url}") String authorizationUrl,
            @Value("${ks.api.token-url}") String tokenUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("Ks Order Platform API")
                        .version("v1")
                        .description("The shopper's account, orders and payments for apps and partners, and the"
                                + " payment providers' signed notifications. Bearer tokens are access tokens of the"
                                + " platform's OIDC provider for the audience configured as ks.api.audience. Every"
                                + " error is an RFC 9457 problem (application/problem+json) with a stable type."
                                + " Request bodies are JSON, read strictly (no unknown fields, no duplicate keys,"
                                + " no numbers as strings or fractions for integers), at most "
                                + ApiProblemFilter.MAX_BODY + " bytes."))
                .servers(List.of(new Server().url(serverUrl)))
                .components(new Components()
                        .addSecuritySchemes(OAUTH2, oauth2(authorizationUrl, tokenUrl))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /**
     * Bearer access tokens (JWT) from the platform's provider; each operation names the scope it needs. Shoppers' apps
     * use the authorization code flow; a partner's server acting for linked accounts may use client credentials.
     */
    private static SecurityScheme oauth2(String authorizationUrl, String tokenUrl) {
        Scopes scopes = new Scopes();
        ApiScopes.DESCRIPTIONS.forEach(scopes::addString);
        return new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("An access token for the audience ks.api.audience, sent as Authorization: Bearer <token>."
                        + " Without a scope an operation needs, the answer is 403 with WWW-Authenticate: Bearer"
                        + " error=\"insufficient_scope\", scope=\"<scope>\" (RFC 6750 §3.1).")
                .flows(new OAuthFlows()
                        .authorizationCode(new OAuthFlow()
                                .authorizationUrl(authorizationUrl)
                                .tokenUrl(tokenUrl)
                                .scopes(scopes))
                        .clientCredentials(new OAuthFlow().tokenUrl(tokenUrl).scopes(scopes)));
    }

    /** Adds the problem responses each operation can give; public operations get no 401/403 and no security. */
    @Bean
    GlobalOpenApiCustomizer documentedProblemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                        item.readOperationsMap().entrySet()) {
                    Operation operation = entry.getValue();
                    boolean isPublic = isPublic(entry.getKey(), path);
                    ApiResponses responses =
                            operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                    add(responses, "400", "The request is invalid: see the problem's errors, by field");
                    if (isPublic) {
                        operation.setSecurity(List.of());
                    } else {
                        HttpMethod method = HttpMethod.valueOf(entry.getKey().name());
                        List<String> scope =
                                ApiScopes.forOperation(method, path).stream().toList();
                        operation.setSecurity(List.of(new SecurityRequirement().addList(OAUTH2, scope)));
                        add(responses, "401", "No valid bearer token (WWW-Authenticate says why)");
                        add(responses, "403", "Not allowed for this account, or the token lacks the scope");
                    }
                    if (path.contains("{")) {
                        add(responses, "404", "No such resource (or not yours)");
                    }
                    if (entry.getKey() == PathItem.HttpMethod.POST) {
                        add(responses, "415", "The body is not application/json");
                        add(responses, "422", "A business rule refused the request");
                    }
                    add(responses, "429", "Too many requests; retry after Retry-After seconds");
                    add(responses, "500", "Failed on the server; the problem carries a correlationId");
                    operation.setResponses(responses);
                }
            });
        };
    }

    /** The same operations the API's security chain opens to everyone. */
    private static boolean isPublic(PathItem.HttpMethod method, String path) {
        return switch (method) {
            case GET -> SecurityConfiguration.PUBLIC_API_READS.contains(path);
            case POST -> PATHS.parse(SecurityConfiguration.SIGNED_NOTIFICATIONS).matches(PathContainer.parsePath(path));
            default -> false;
        };
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(
                    status,
                    new ApiResponse()
                            .description(description)
                            .content(new Content()
                                    .addMediaType(
                                            PROBLEM_JSON,
                                            new MediaType()
                                                    .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri-reference")
                                .description("Stable identifier of the kind of problem, urn:ks:problem:<name>")
                                .example("urn:ks:problem:not-found"))
                .addProperty("title", new StringSchema().description("Short summary of the HTTP status"))
                .addProperty(
                        "status",
                        new IntegerSchema().description("The HTTP status").example(404))
                .addProperty("detail", new StringSchema().description("What went wrong, in the client's language"))
                .addProperty(
                        "instance", new StringSchema().format("uri-reference").description("The request's path"))
                .addProperty(
                        "errors",
                        new MapSchema()
                                .additionalProperties(new StringSchema())
                                .description("Validation: the field at fault (e.g. items[0].quantity) and why"))
                .addProperty(
                        "correlationId",
                        new StringSchema().description("Server errors: quote it to support; it is in the log"))
                .required(List.of("type", "title", "status"));
    }
}
