vcl 4.1;

# Varnish in front of Syllabus (Debian: apt-get install varnish varnish-modules). It keeps only what
# the service tags for it (the xkey header): anonymous reads of the public catalog, GET /courses/{id}
# and GET /courses, for as long as their Cache-Control's s-maxage says. The service purges a
# course's trees and every page by tag when the course changes (httpCache.purgeUrls: this cache's
# address), within the request that changed it. See "Scaling out" in the README.

import xkey;

# The service. Change the address to where it listens.
backend syllabus {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 1s;
    .first_byte_timeout = 20s;
    .between_bytes_timeout = 20s;
}

# Who may purge: the hosts the service runs on.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the tags to purge in xkey-purge"));
        }
        set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.X-Purged + " objects"));
    }
    # Then Varnish's built-in rules: a request with Authorization (a draft, progress) or a Cookie,
    # and every method but GET and HEAD, goes to the service and is never answered from the cache.
}

sub vcl_backend_response {
    if (!beresp.http.xkey) {
        # Untagged, so no purge could reach it: never kept (errors, 404s above all, and whatever the
        # service marked private). Marked hit-for-miss for a while, so that requests for it do not
        # queue behind each other; a tagged answer for the same address replaces the mark.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Never serve a stale copy: past s-maxage a request waits for the service, which revalidates the
    # copy kept meanwhile with its ETag (If-None-Match: one small statement, 304).
    set beresp.grace = 0s;
    set beresp.keep = 1h;
}

sub vcl_deliver {
    # The tags are this cache's business.
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
        # The service did not run: no statement, and its timing and request id were another
        # request's.
        if (resp.http.X-Query-Count) {
            set resp.http.X-Query-Count = "0";
        }
        unset resp.http.Server-Timing;
        if (req.http.X-Request-Id ~ "^[A-Za-z0-9.:=+/_-]{1,64}$") {
            set resp.http.X-Request-Id = req.http.X-Request-Id;
        } else {
            set resp.http.X-Request-Id = "varnish-" + req.xid;
        }
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
