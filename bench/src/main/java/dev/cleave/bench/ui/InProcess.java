package dev.cleave.bench.ui;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.WhatIf;

import java.util.List;

/**
 * The baseline without HTTP: the work one preview does in the wizard ({@code Editor.preview}: a
 * {@link WhatIf#move} and its {@link WhatIf#undo}), called directly on one thread for the same moves the clients
 * send (the streams of {@link Load#streams}, client after client), after {@code warmup} untimed moves per client
 * from the streams of {@code warmupSeed}.
 */
final class InProcess {
    private InProcess() {
    }

    /** @return one latency in nanoseconds per timed move, {@code clients * count} in all, client by client */
    static long[] previews(CodeGraph graph, Plan plan, long seed, long warmupSeed, int clients, int warmup,
                           int count) {
        WhatIf whatIf = new WhatIf(graph, plan, SplitOptions.DEFAULT_EDGE_WEIGHTS);
        for (int client = 0; client < clients; client++) {
            Moves moves = new Moves(plan, warmupSeed + client);
            for (int i = 0; i < warmup; i++) {
                preview(whatIf, moves.next());
            }
        }
        long[] nanos = new long[clients * count];
        for (int client = 0; client < clients; client++) {
            Moves moves = new Moves(plan, seed + client);
            for (int i = 0; i < count; i++) {
                nanos[client * count + i] = preview(whatIf, moves.next());
            }
        }
        return nanos;
    }

    /** The move and its undo, as {@code Editor.preview} makes them; returns their time in nanoseconds. */
    private static long preview(WhatIf whatIf, Moves.Move move) {
        long t0 = System.nanoTime();
        whatIf.move(List.of(move.className()), move.to());
        whatIf.undo();
        return System.nanoTime() - t0;
    }
}
