package dev.syllabus.profiling;

import java.time.Instant;

/**
 * What one finished request cost: its time from start to written response, and the statements it
 * ran (a closed window, which no longer changes); its request id names it in the logs too.
 */
record RequestProfile(
    Instant startedAt,
    Endpoint endpoint,
    String path,
    String requestId,
    int status,
    long totalNanos,
    StatementCounter.Window statements) {}
