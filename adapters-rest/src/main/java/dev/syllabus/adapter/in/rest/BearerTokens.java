package dev.syllabus.adapter.in.rest;

import io.dropwizard.auth.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter: the bearer tokens the service accepts, known only by their SHA-256 hashes, so
 * that the configuration never holds a usable token.
 */
public final class BearerTokens implements Authenticator<String, Caller> {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Caller> callersByHash;

  /** The callers by the lowercase hex SHA-256 of their token. */
  public BearerTokens(Map<String, Caller> callersByHash) {
    this.callersByHash = Map.copyOf(callersByHash);
  }

  @Override
  public Optional<Caller> authenticate(String token) {
    return Optional.ofNullable(callersByHash.get(hash(token)));
  }

  /** The lowercase hex SHA-256 of a token: what the configuration stores. */
  public static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** A new random token: 32 bytes, base64url without padding. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
