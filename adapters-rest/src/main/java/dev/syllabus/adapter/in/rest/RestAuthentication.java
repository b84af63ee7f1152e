package dev.syllabus.adapter.in.rest;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.UnauthorizedHandler;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Driving adapter: bearer-token authentication with dropwizard-auth. Resources say what they need
 * with {@code @RolesAllowed} or an {@code @Auth Optional<Caller>} for the public catalog; a missing
 * or unknown token where one is needed answers 401, a known one without the role 403.
 */
public final class RestAuthentication implements Feature {

  private final BearerTokens tokens;

  public RestAuthentication(BearerTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public boolean configure(FeatureContext context) {
    context.register(
        new AuthDynamicFeature(
            new OAuthCredentialAuthFilter.Builder<Caller>()
                .setAuthenticator(tokens)
                .setAuthorizer((caller, role, request) -> caller.role().name().equals(role))
                .setPrefix("Bearer")
                .setRealm("syllabus")
                .setUnauthorizedHandler(new JsonUnauthorizedHandler())
                .buildAuthFilter()));
    context.register(RolesAllowedDynamicFeature.class);
    context.register(new AuthValueFactoryProvider.Binder<>(Caller.class));
    return true;
  }

  /** 401 in the same JSON shape as every other error, with the challenge RFC 6750 asks for. */
  private static final class JsonUnauthorizedHandler implements UnauthorizedHandler {
    @Override
    public Response buildResponse(String prefix, String realm) {
      return Response.fromResponse(
              JsonErrors.response(
                  Status.UNAUTHORIZED, "A valid bearer token is required: Authorization: Bearer …"))
          .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
          .build();
    }
  }
}
