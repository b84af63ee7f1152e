package dev.syllabus.adapter.in.rest;

import io.dropwizard.auth.Auth;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.UnauthorizedHandler;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;
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
        new AnonymousReadsFirst(
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

  /**
   * Dropwizard's feature, except where the caller is optional ({@code @Auth Optional<Caller>}): a
   * request without an Authorization header goes on as anonymous at once. Dropwizard's own filter
   * would build the 401 answer and its exception, then catch and drop them, on every anonymous read
   * of the catalog: a tenth of such a request's time. With a header, it is Dropwizard's filter as
   * before, a token it refuses again meaning anonymous.
   */
  private static final class AnonymousReadsFirst extends AuthDynamicFeature {

    private final ContainerRequestFilter bearer;

    AnonymousReadsFirst(ContainerRequestFilter bearer) {
      super(bearer);
      this.bearer = bearer;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
      if (takesOptionalCaller(resource.getResourceMethod())) {
        context.register(new OptionalCaller(bearer), Priorities.AUTHENTICATION);
      } else {
        super.configure(resource, context);
      }
    }

    private record OptionalCaller(ContainerRequestFilter bearer) implements ContainerRequestFilter {
      @Override
      public void filter(ContainerRequestContext request) throws IOException {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
          return;
        }
        try {
          bearer.filter(request);
        } catch (WebApplicationException refused) {
          // No caller: the resource serves the request as anonymous.
        }
      }
    }

    private static boolean takesOptionalCaller(Method method) {
      for (Parameter parameter : method.getParameters()) {
        if (parameter.isAnnotationPresent(Auth.class) && parameter.getType() == Optional.class) {
          return true;
        }
      }
      return false;
    }
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
