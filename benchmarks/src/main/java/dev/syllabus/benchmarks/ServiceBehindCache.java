package dev.syllabus.benchmarks;

/**
 * What a measurement through the cache reads about the service behind it: its allocation, pauses
 * and JIT, which a hit does not touch. Varnish is no JVM, so there is no heap of the cell's own,
 * and the service's heap figures stay its own cell's (this never resets them).
 */
final class ServiceBehindCache implements Probe {

  private final Probe service;

  ServiceBehindCache(Probe service) {
    this.service = service;
  }

  @Override
  public long allocatedBytes() throws Exception {
    return service.allocatedBytes();
  }

  @Override
  public long gcMillis() throws Exception {
    return service.gcMillis();
  }

  @Override
  public long compilationMillis() throws Exception {
    return service.compilationMillis();
  }
}
