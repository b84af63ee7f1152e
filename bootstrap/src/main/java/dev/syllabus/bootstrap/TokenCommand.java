package dev.syllabus.bootstrap;

import dev.syllabus.adapter.in.rest.BearerTokens;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * Driving adapter for operators: {@code token --role author|learner [--learner ID] --name NAME}
 * makes a new random bearer token and prints it once, with the {@code auth.tokens} entry that holds
 * only its hash.
 */
final class TokenCommand extends Command {

  private final PrintStream out;

  TokenCommand(PrintStream out) {
    super("token", "Makes a new bearer token and prints it with its configuration entry");
    this.out = out;
  }

  @Override
  public void configure(Subparser subparser) {
    subparser.addArgument("--role").choices("author", "learner").required(true);
    subparser.addArgument("--learner").type(Long.class).help("the learner id, for a learner");
    subparser.addArgument("--name").required(true).help("whose token it is");
  }

  @Override
  public void run(Bootstrap<?> bootstrap, Namespace namespace) {
    String role = namespace.getString("role");
    Long learner = namespace.getLong("learner");
    if (role.equals("learner") != (learner != null && learner > 0)) {
      throw new IllegalArgumentException("--learner ID (positive) goes with --role learner only");
    }
    String token = BearerTokens.newToken();
    out.println("token: " + token);
    out.println("sha256: " + BearerTokens.hash(token));
    out.println();
    out.println("Add under auth.tokens in the configuration (the token itself is not stored):");
    out.println("  - name: " + namespace.getString("name"));
    out.println("    role: " + role.toUpperCase());
    if (learner != null) {
      out.println("    learner: " + learner);
    }
    out.println("    sha256: " + BearerTokens.hash(token));
  }
}
