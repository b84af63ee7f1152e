package dev.syllabus.benchmarks;

/**
 * One measured cell: a subject serving a shape with a delay per round trip. Figures that do not
 * apply are -1.
 *
 * @param statements per request, as counted by the subject
 * @param roundTrips per request, as the delay proxy counted them
 * @param bytes of one answer
 * @param throughput requests per second with {@link Budget#CLIENTS} concurrent clients
 * @param throughputMoreClients the same with {@link Budget#MORE_CLIENTS}, through HTTP only
 * @param allocatedPerRequest bytes the serving JVM allocated per request
 * @param gcMillisPerRequest stop-the-world collection time of the serving JVM per request
 * @param peakHeap largest heap use of the server JVM during the measurement
 * @param maxHeapAfterGc largest heap use of the server JVM right after a collection
 * @param fullCollections full collections of the server JVM during the measurement
 * @param fullCollectionsWithClients those of them while {@link Budget#CLIENTS} clients were served
 * @param fullCollectionsWithMoreClients and while {@link Budget#MORE_CLIENTS} were
 * @param maxLiveAfterFullGc largest heap use right after one of them: what was alive then
 */
record Result(
    Subject subject,
    Shape shape,
    double delayMillis,
    int statements,
    double roundTrips,
    long bytes,
    Samples latency,
    double throughput,
    double throughputMoreClients,
    long allocatedPerRequest,
    double gcMillisPerRequest,
    long peakHeap,
    long maxHeapAfterGc,
    int fullCollections,
    int fullCollectionsWithClients,
    int fullCollectionsWithMoreClients,
    long maxLiveAfterFullGc,
    int errors) {}
