package dev.syllabus.benchmarks.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The service's configuration for the load: the repository's config.yml as it is, except for its
 * tokens, which are the README's demo author token and one learner token per client (the service
 * takes tokens by SHA-256 hash under {@code auth.tokens}). Everything else, the environment
 * variables included, stays the repository's, so the load runs the service as it ships.
 */
final class ServiceConfig {

  static final String AUTHOR_TOKEN = "demo-author-token";
  private static final long FIRST_LEARNER = 1001;

  private ServiceConfig() {}

  /** The learner a client is. */
  static long learnerOf(int client) {
    return FIRST_LEARNER + client;
  }

  static String learnerToken(long learner) {
    return "load-learner-" + learner + "-token";
  }

  /** Writes {@code work/config.yml} from {@code repositoryConfig}, with tokens for the clients. */
  static Path write(Path repositoryConfig, Path work, int clients) throws IOException {
    YAMLMapper yaml = new YAMLMapper();
    ObjectNode config = (ObjectNode) yaml.readTree(repositoryConfig.toFile());
    ObjectNode auth =
        config.get("auth") instanceof ObjectNode existing ? existing : config.putObject("auth");
    ArrayNode tokens = auth.putArray("tokens");
    tokens
        .addObject()
        .put("name", "demo-author")
        .put("role", "AUTHOR")
        .put("sha256", sha256(AUTHOR_TOKEN));
    for (int client = 0; client < clients; client++) {
      long learner = learnerOf(client);
      tokens
          .addObject()
          .put("name", "load-learner-" + learner)
          .put("role", "LEARNER")
          .put("learner", learner)
          .put("sha256", sha256(learnerToken(learner)));
    }
    Files.createDirectories(work);
    Path file = work.resolve("config.yml");
    yaml.writeValue(file.toFile(), config);
    return file;
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
