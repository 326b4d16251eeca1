package dev.cleave.web.project;

/**
 * How far a project's analysis has come.
 *
 * @param state   where it stands
 * @param phase   the analyzer's current phase ("scanning", "resolving"...) or the wizard's ("splitting")
 * @param done    units of the phase done
 * @param total   units of the phase (0 when unknown)
 * @param message what went wrong (FAILED), or what happened (DONE)
 */
public record AnalysisStatus(State state, String phase, long done, long total, String message) {
    public enum State { NONE, QUEUED, RUNNING, DONE, FAILED }

    public static final AnalysisStatus NONE = new AnalysisStatus(State.NONE, "", 0, 0, "");

    /** Percent of the current phase, 0..100. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
