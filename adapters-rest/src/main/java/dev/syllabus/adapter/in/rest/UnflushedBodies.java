package dev.syllabus.adapter.in.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;
import org.glassfish.jersey.io.spi.FlushedCloseable;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Driving adapter: a response body is closed without a flush first, so that a body that fits the
 * server's output buffer ({@code outputBufferSize} of the connector, 32 KiB by default) leaves in
 * one write with its {@code Content-Length}. Jersey flushes the entity stream before it closes it
 * unless the stream says it needs none ({@link FlushedCloseable}). That flush made Jetty send what
 * it held as a chunk, and the end of the body in a second write: every body past Jersey's own 8 KiB
 * buffer (an S tree is 19 KiB) went chunked, in two writes and two packets. A larger body still
 * streams as before: Jetty writes out each buffer it fills.
 *
 * <p>Jersey's own 8 KiB buffer is turned off: Jetty's (pooled) does what it did, and it cost every
 * response 8 KiB and a copy of its body. That buffer was also what gave a HEAD answer its
 * Content-Length, for bodies within it (Jersey writes a HEAD's body to nowhere; Jetty then says 0,
 * as it did for every larger body). A HEAD's body is counted here instead, so that its answer says
 * the length its GET sends, whatever the size.
 */
public final class UnflushedBodies implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    context.property(ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER, 0);
    context.register(Unflushing.class);
    return true;
  }

  private static final class Unflushing implements WriterInterceptor {

    @Context private Request request;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
      OutputStream body = context.getOutputStream();
      if (HttpMethod.HEAD.equals(request.getMethod())) {
        // Jersey writes a HEAD's body to nowhere; counted instead, it gives the header its GET has.
        Counted counted = new Counted();
        context.setOutputStream(counted);
        context.proceed();
        context.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, counted.bytes);
        context.setOutputStream(body);
        return;
      }
      context.setOutputStream(new ClosedWithoutFlush(body));
      context.proceed();
    }
  }

  private static final class Counted extends OutputStream {

    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int offset, int length) {
      bytes += length;
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
