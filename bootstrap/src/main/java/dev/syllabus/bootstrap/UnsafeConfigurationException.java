package dev.syllabus.bootstrap;

/**
 * A configuration the service refuses to start with. Its message says what to change; it carries no
 * stack trace, which would only bury that message where Dropwizard prints it on exit.
 */
final class UnsafeConfigurationException extends RuntimeException {

  UnsafeConfigurationException(String message) {
    super(message, null, false, false);
  }
}
