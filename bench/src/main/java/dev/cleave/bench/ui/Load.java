package dev.cleave.bench.ui;

import dev.cleave.bench.split.Host;
import dev.cleave.model.Plan;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one kind of request from every client at once, each client on its own thread with its own
 * {@link WizardSession}: once every thread is ready, {@code count} requests per client, back to back. Each sample
 * is one {@link System#nanoTime()} pair around one request, the response body read; the phase's wall time runs
 * from the common start to the last client's end. Client {@code c} draws its moves from {@code streams.get(c)},
 * which a later run of the same call goes on with.
 */
final class Load {
    /** One kind of request. */
    enum Call {
        /** The what-if: {@code POST /api/projects/<id>/preview} of one class to another service; nothing saved. */
        PREVIEW("\"outcome\""),
        /** The baseline: {@code GET /api/projects/<id>/plan}, the current version and metrics. */
        PLAN("\"version\"");

        private final String expected;

        Call(String expected) {
            this.expected = expected;
        }

        HttpResponse<String> send(WizardSession session, Moves.Move move) throws Exception {
            String api = "/api/projects/" + Seed.PROJECT;
            return this == PLAN ? session.get(api + "/plan")
                    : session.post(api + "/preview", Json.move(move.className(), move.to()));
        }

        /** What is wrong with an answer, or null when it is a 200 with the expected JSON. */
        String problem(HttpResponse<String> response) {
            return response.statusCode() == 200 && response.body().contains(expected) ? null
                    : "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
        }
    }

    /**
     * What a phase measured.
     *
     * @param nanos       every request's latency, client by client (failed requests included)
     * @param errors      requests that failed: not a 200 with the expected JSON, or an exception
     * @param firstErrors the first few failures, for the report
     * @param wallNanos   from the common start to the end of the last request
     * @param cpuNanos    CPU time this JVM (the clients, not the wizard) used meanwhile, all threads
     */
    record Result(Call call, int clients, int perClient, long[] nanos, int errors, List<String> firstErrors,
                  long wallNanos, long cpuNanos, double loadBefore, double loadAfter) {
        double throughput() {
            return nanos.length / (wallNanos / 1e9);
        }

        /** This run and a later one of the same call, pooled: samples, errors, wall and CPU times added up. */
        Result plus(Result later) {
            long[] both = java.util.Arrays.copyOf(nanos, nanos.length + later.nanos.length);
            System.arraycopy(later.nanos, 0, both, nanos.length, later.nanos.length);
            List<String> failures = new ArrayList<>(firstErrors);
            failures.addAll(later.firstErrors);
            return new Result(call, clients, perClient + later.perClient, both, errors + later.errors,
                    List.copyOf(failures), wallNanos + later.wallNanos, cpuNanos + later.cpuNanos, loadBefore,
                    later.loadAfter);
        }
    }

    private Load() {
    }

    /** One stream of moves per client: client {@code c}'s is {@code new Moves(plan, seed + c)}. */
    static List<Moves> streams(Plan plan, long seed, int clients) {
        List<Moves> streams = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            streams.add(new Moves(plan, seed + c));
        }
        return streams;
    }

    static Result run(Call call, List<WizardSession> sessions, List<Moves> streams, int count) throws Exception {
        int clients = sessions.size();
        double loadBefore = Host.load();
        long cpu0 = cpuNanos();
        AtomicLong start = new AtomicLong();
        CyclicBarrier ready = new CyclicBarrier(clients, () -> start.set(System.nanoTime()));
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        long[] nanos = new long[clients * count];
        long[] ends = new long[clients];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    Moves moves = streams.get(client);
                    ready.await();
                    for (int i = 0; i < count; i++) {
                        nanos[client * count + i] = request(call, sessions.get(client), moves.next(), errors,
                                firstErrors);
                    }
                    ends[client] = System.nanoTime();
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long end = java.util.Arrays.stream(ends).max().orElse(start.get());
        return new Result(call, clients, count, nanos, errors.get(), List.copyOf(firstErrors), end - start.get(),
                cpuNanos() - cpu0, loadBefore, Host.load());
    }

    /** CPU time of this JVM so far, in nanoseconds. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Sends one request and returns its latency in nanoseconds; a failure is counted, not thrown. */
    private static long request(Call call, WizardSession session, Moves.Move move, AtomicInteger errors,
                                List<String> firstErrors) throws InterruptedException {
        String problem;
        long t0 = System.nanoTime();
        long t1;
        try {
            HttpResponse<String> response = call.send(session, move);
            t1 = System.nanoTime();
            problem = call.problem(response);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            t1 = System.nanoTime();
            problem = e.toString();
        }
        if (problem != null && errors.incrementAndGet() <= 5) {
            firstErrors.add((call == Call.PREVIEW ? call + " " + move : call) + ": " + problem);
        }
        return t1 - t0;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
