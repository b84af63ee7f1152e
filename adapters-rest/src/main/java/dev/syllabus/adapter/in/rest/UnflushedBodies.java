package dev.syllabus.adapter.in.rest;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;
import org.glassfish.jersey.io.spi.FlushedCloseable;

/**
 * Driving adapter: a response body is closed without a flush first, so that a body that fits the
 * server's output buffer ({@code outputBufferSize} of the connector, 32 KiB by default) leaves in
 * one write with its {@code Content-Length}. Jersey flushes the entity stream before it closes it
 * unless the stream says it needs none ({@link FlushedCloseable}). That flush made Jetty send what
 * it held as a chunk, and the end of the body in a second write: every body past Jersey's own 8 KiB
 * buffer (an S tree is 19 KiB) went chunked, in two writes and two packets. A larger body still
 * streams as before: Jetty writes out each buffer it fills.
 *
 * <p>Jersey's own 8 KiB buffer stays: turned off, it saved every response 8 KiB, but a HEAD
 * request, whose body Jersey writes to nowhere, then lost the Content-Length that the buffer gives
 * any body that fits it (and said 0).
 */
public final class UnflushedBodies implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    context.register(new Unflushing());
    return true;
  }

  private static final class Unflushing implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
      context.setOutputStream(new ClosedWithoutFlush(context.getOutputStream()));
      context.proceed();
    }
  }

  /** The entity stream as it is, but for the flushes sent before its close. */
  private static final class ClosedWithoutFlush extends OutputStream implements FlushedCloseable {

    private final OutputStream body;

    ClosedWithoutFlush(OutputStream body) {
      this.body = body;
    }

    @Override
    public void write(int b) throws IOException {
      body.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      body.write(bytes, offset, length);
    }

    // Jackson's provider flushes after each value it writes, before the close: sent on, that made
    // a small error body chunked too. Nothing here streams, so a flush is left to the close.
    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
      body.close();
    }
  }
}
