package com.ks.platform.web.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
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
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
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
    static final String PROVIDER_SIGNATURE = "providerSignature";
    /** Bounds the document states where the code names none: no request body is larger, no list longer. */
    private static final int MAX_STRING = (int) ApiProblemFilter.MAX_BODY;

    private static final int MAX_ITEMS = 1_000;
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
                // a public API: partners and apps outside the platform are its audience (OWASP API9 inventory)
                .servers(List.of(new Server().url(serverUrl).extensions(Map.of("x-internal", false))))
                .components(new Components()
                        .addSecuritySchemes(OAUTH2, oauth2(authorizationUrl, tokenUrl))
                        .addSecuritySchemes(PROVIDER_SIGNATURE, providerSignature())
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
                .description("An access token (a JWT) for the audience ks.api.audience, sent as Authorization: Bearer"
                        + " <token>. Tokens are checked as RFC8725 (JWT Best Current Practices) asks: signature by"
                        + " the issuer's published keys only, explicit type (JWT or at+jwt), issuer, audience, expiry"
                        + " with 30 s of clock skew; ID tokens are refused. Access tokens are short-lived: renew them"
                        + " with the refresh token at the token endpoint."
                        + " Without a scope an operation needs, the answer is 403 with WWW-Authenticate: Bearer"
                        + " error=\"insufficient_scope\", scope=\"<scope>\" (RFC 6750 §3.1).")
                .flows(new OAuthFlows()
                        .authorizationCode(new OAuthFlow()
                                .authorizationUrl(authorizationUrl)
                                .tokenUrl(tokenUrl)
                                .refreshUrl(tokenUrl)
                                .scopes(scopes))
                        .clientCredentials(new OAuthFlow()
                                .tokenUrl(tokenUrl)
                                .refreshUrl(tokenUrl)
                                .scopes(scopes)));
    }

    /** Payment providers authenticate their notifications by signing them, not with a token. */
    private static SecurityScheme providerSignature() {
        return new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name("Ks-Signature")
                .description("t=<epoch seconds>,v1=<hex HMAC-SHA256 of \"t.body\" with the provider's secret>; refused"
                        + " when older than ks.payment.notification-tolerance.");
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
                    if (entry.getKey() == PathItem.HttpMethod.POST && isPublic) {
                        operation.setSecurity(List.of(new SecurityRequirement().addList(PROVIDER_SIGNATURE)));
                    } else if (isPublic) {
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
                    responses.forEach((status, response) -> rateLimitHeaders(status, response));
                    operation.setResponses(responses);
                }
            });
        };
    }

    /**
     * Operation ids named by their controller and method ({@code cartAdd}, {@code addressAdd}): springdoc's own are the
     * method names with {@code _1}, {@code _2} for repeats, numbered in scan order — unstable for generated clients.
     */
    @Bean
    GlobalOperationCustomizer stableOperationIds() {
        return (operation, handler) -> {
            String prefix = handler.getBeanType()
                    .getSimpleName()
                    .replace("ApiController", "")
                    .replace("Controller", "");
            prefix = Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1);
            String method = handler.getMethod().getName();
            operation.setOperationId(
                    method.startsWith(prefix)
                            ? method
                            : prefix + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            return operation;
        };
    }

    /**
     * States the bounds every string, integer and array has on the wire where the code's annotations name none (OWASP
     * API4: unrestricted resource consumption): strings and lists by the body limit and {@link #MAX_ITEMS}, integers by
     * their format. Runs after the problem responses, so their schemas are bounded too.
     */
    @Bean
    GlobalOpenApiCustomizer documentedBounds() {
        return openApi -> {
            Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().values().forEach(schema -> bound(schema, seen));
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .values()
                    .forEach(item -> item.readOperations().forEach(operation -> {
                        if (operation.getParameters() != null) {
                            operation.getParameters().forEach(parameter -> bound(parameter.getSchema(), seen));
                        }
                        if (operation.getRequestBody() != null) {
                            bound(operation.getRequestBody().getContent(), seen);
                        }
                        if (operation.getResponses() != null) {
                            operation.getResponses().values().forEach(response -> {
                                bound(response.getContent(), seen);
                                if (response.getHeaders() != null) {
                                    response.getHeaders().values().forEach(header -> bound(header.getSchema(), seen));
                                }
                            });
                        }
                    }));
        };
    }

    private static void bound(Content content, Set<Schema<?>> seen) {
        if (content != null) {
            content.values().forEach(media -> {
                bound(media.getSchema(), seen);
                media.setSchema(withoutRepeats(media.getSchema()));
            });
        }
    }

    /**
     * springdoc builds the document again for each request language and merges an operation's new response schema
     * with the one it kept from before, which the bounds above had changed: a {@code oneOf} of two copies of one
     * schema. One copy is the schema, so the document is the same however often it was built.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema withoutRepeats(Schema schema) {
        if (schema != null && schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            List<Schema> variants = schema.getOneOf();
            if (variants.stream().allMatch(variant -> variant.equals(variants.getFirst()))) {
                return variants.getFirst();
            }
        }
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void bound(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || schema.get$ref() != null || !seen.add(schema)) {
            return;
        }
        boolean hasEnum = schema.getEnum() != null && !schema.getEnum().isEmpty();
        if (is(schema, "string") && schema.getMaxLength() == null && !hasEnum) {
            schema.setMaxLength(maxLengthOf(schema.getFormat()));
        }
        if (is(schema, "integer")) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (is(schema, "array") && schema.getMaxItems() == null) {
            schema.setMaxItems(MAX_ITEMS);
        }
        bound(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            bound(additional, seen);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> bound((Schema) property, seen));
        }
        for (List<Schema> composed : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (composed != null) {
                composed.forEach(part -> bound(part, seen));
            }
        }
    }

    private static boolean is(Schema<?> schema, String type) {
        return type.equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    private static int maxLengthOf(String format) {
        return switch (format == null ? "" : format) {
            case "uuid" -> 36;
            case "date" -> 10;
            case "date-time" -> 40;
            case "email" -> 254;
            case "uri", "uri-reference" -> 2_048;
            default -> MAX_STRING;
        };
    }

    /** RateLimit-* on every answer (ApiRateLimitFilter sends them), Retry-After on 429. */
    private static void rateLimitHeaders(String status, ApiResponse response) {
        if (!status.startsWith("2") && !status.startsWith("4")) {
            return;
        }
        response.addHeaderObject(
                ApiRateLimitFilter.LIMIT, header("Requests the caller may make at once (its allowance)"));
        response.addHeaderObject(ApiRateLimitFilter.REMAINING, header("Requests left of the allowance"));
        response.addHeaderObject(ApiRateLimitFilter.RESET, header("Seconds until the allowance is whole again"));
        response.addHeaderObject(
                "Access-Control-Allow-Origin",
                new Header()
                        .description("For a browser's request from an origin in ks.api.allowed-origins: that origin"
                                + " (CORS); other origins are refused with 403")
                        .schema(new StringSchema().format("uri").maxLength(2_048)));
        if ("429".equals(status)) {
            response.addHeaderObject(
                    "Retry-After", header("Seconds to wait before the next request (RFC 9110 §10.2.3)"));
        }
    }

    private static Header header(String description) {
        return new Header()
                .description(description)
                .schema(new IntegerSchema()
                        .format("int64")
                        .minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(Long.MAX_VALUE)));
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
