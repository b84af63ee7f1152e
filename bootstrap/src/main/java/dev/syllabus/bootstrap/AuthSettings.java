package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.syllabus.adapter.in.rest.BearerTokens;
import dev.syllabus.adapter.in.rest.Caller;
import dev.syllabus.domain.progress.LearnerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code auth} section: the bearer tokens the service accepts, by SHA-256 hash only. The {@code
 * token} command makes a new token and prints its entry.
 */
public class AuthSettings {

  @Valid @NotNull private List<TokenSettings> tokens = new ArrayList<>();

  @JsonProperty
  public List<TokenSettings> getTokens() {
    return tokens;
  }

  @JsonProperty
  public void setTokens(List<TokenSettings> tokens) {
    this.tokens = tokens;
  }

  BearerTokens bearerTokens() {
    Map<String, Caller> callers = new HashMap<>();
    for (TokenSettings token : tokens) {
      Caller caller =
          new Caller(
              token.name, token.role, Optional.ofNullable(token.learner).map(LearnerId::new));
      if (callers.put(token.sha256.toLowerCase(), caller) != null) {
        throw new IllegalArgumentException("auth.tokens lists one hash twice: " + token.sha256);
      }
    }
    return new BearerTokens(callers);
  }

  /** One accepted token: whose it is, its role, for a learner their id, and its hash. */
  public static class TokenSettings {

    @NotNull private String name;
    @NotNull private Caller.Role role;
    private Long learner;

    @NotNull
    @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the 64 hex digits of a SHA-256 hash")
    private String sha256;

    @JsonProperty
    public String getName() {
      return name;
    }

    @JsonProperty
    public void setName(String name) {
      this.name = name;
    }

    @JsonProperty
    public Caller.Role getRole() {
      return role;
    }

    @JsonProperty
    public void setRole(Caller.Role role) {
      this.role = role;
    }

    @JsonProperty
    public Long getLearner() {
      return learner;
    }

    @JsonProperty
    public void setLearner(Long learner) {
      this.learner = learner;
    }

    @JsonProperty
    public String getSha256() {
      return sha256;
    }

    @JsonProperty
    public void setSha256(String sha256) {
      this.sha256 = sha256;
    }
  }
}
