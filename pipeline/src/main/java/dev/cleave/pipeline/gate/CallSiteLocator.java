package dev.cleave.pipeline.gate;

import dev.cleave.model.CallSite;

import java.util.Collection;
import java.util.List;

/**
 * Finds where classes call operations of other classes, so that a violation about an operation points at the call
 * rather than at the first line that mentions the method's name. The gate asks once per check, for the classes
 * with undeclared operations only.
 */
@FunctionalInterface
public interface CallSiteLocator {
    /** No locator: lines come from a text scan of the source. */
    CallSiteLocator NONE = from -> List.of();

    /** The call sites in the top-level classes {@code from}. */
    List<CallSite> sitesIn(Collection<String> from);
}
