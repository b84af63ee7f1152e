package dev.syllabus.adapter.in.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Driving adapter: refuses request bodies over a configured size with 413, by their declared length
 * before reading anything, and by counting when no length is declared.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodySizeLimit implements ContainerRequestFilter {

  private final long maxBytes;

  public BodySizeLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      throw tooLarge();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream()));
    }
  }

  // The rest of the body stays unread, so the connection cannot carry another request: say so, or
  // a client that reuses it sends its next request into a closing socket.
  private WebApplicationException tooLarge() {
    return new WebApplicationException(
        Response.fromResponse(
                JsonErrors.response(
                    Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than the "
                        + maxBytes
                        + " bytes this service accepts"))
            .header("Connection", "close")
            .build());
  }

  /** Counts the bytes read and stops the request once there are too many. */
  private final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > maxBytes) {
        throw tooLarge();
      }
    }
  }
}
