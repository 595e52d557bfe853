package uk.cxsim.cli;

/**
 * What {@code cxsim bench-one} prints on one line, for {@code cxsim bench} (which runs it in a child process) to
 * read: the run's size, length and work, and the time and heap it took.
 */
record BenchLine(int customers, int simulatedDays, double contacts, long events, double wallSeconds,
                 double spinUpSeconds, long peakHeapBytes, long maxHeapBytes, int threads) {
}
