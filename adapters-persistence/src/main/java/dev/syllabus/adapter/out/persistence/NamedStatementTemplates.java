package dev.syllabus.adapter.out.persistence;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * Jdbi's template engine for the DAOs: {@code <attribute>}s as Jdbi's own engine renders them, and
 * each statement prefixed with the DAO method that runs it, {@code /* CourseTreeDao.modulesOf
 * *}{@code /}, as Dropwizard's {@code NamePrependingTemplateEngine} does, so that {@code
 * pg_stat_activity} and the server's logs name it.
 *
 * <p>Dropwizard's engine only renders, so Jdbi cannot cache what it parsed: every execution lexed
 * its template again with ANTLR, 12 KiB of garbage per statement and an eighth of what an S-sized
 * read allocated. This one parses each template once (Jdbi caches the result by template) and only
 * joins the name and the text per execution, or, for a template with no attribute, once per method.
 */
final class NamedStatementTemplates implements TemplateEngine.Parsing {

  private final TemplateEngine.Parsing attributes = new DefinedAttributeTemplateEngine();
  private final Map<Method, String> prefixes = new ConcurrentHashMap<>();

  @Override
  public Optional<Function<StatementContext, String>> parse(
      String template, ConfigRegistry config) {
    if (template.indexOf('<') < 0) {
      return Optional.of(constant(template));
    }
    Function<StatementContext, String> body =
        attributes.parse(template, config).orElse(context -> template);
    return Optional.of(
        context -> {
          String sql = body.apply(context);
          ExtensionMethod method = context.getExtensionMethod();
          return method == null ? sql : prefix(method).concat(sql);
        });
  }

  /**
   * A template with no {@code <attribute>} renders the same at every execution, so each method's
   * text is joined once and the same string handed out again: no render and no copy per statement,
   * and Jdbi's parsed-statement cache and the driver's prepared-statement cache, both looked up by
   * the text, find its hash already computed. Kept per template, as a method might run several.
   */
  private Function<StatementContext, String> constant(String template) {
    Map<Method, String> named = new ConcurrentHashMap<>();
    return context -> {
      ExtensionMethod method = context.getExtensionMethod();
      if (method == null) {
        return template;
      }
      String sql = named.get(method.getMethod());
      if (sql == null) {
        sql = prefix(method).concat(template);
        named.put(method.getMethod(), sql);
      }
      return sql;
    };
  }

  private String prefix(ExtensionMethod method) {
    return prefixes.computeIfAbsent(
        method.getMethod(),
        m -> "/* " + method.getType().getSimpleName() + "." + m.getName() + " */ ");
  }
}
