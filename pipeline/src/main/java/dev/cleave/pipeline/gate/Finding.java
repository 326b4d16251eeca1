package dev.cleave.pipeline.gate;

import java.util.Objects;

/**
 * A violation found by this run and whether the baseline already knew it.
 *
 * @param violation what was found
 * @param known     true when its fingerprint is in the baseline (it passes)
 */
public record Finding(Violation violation, boolean known) {
    public Finding {
        Objects.requireNonNull(violation, "violation");
    }
}
