package dev.cleave.web.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a service name the user typed before it reaches the plan, with a message that names what is wrong: the
 * length limit or the characters (the plan's own check says only "lower case letters, digits and '-'"). The
 * proposal page's script applies the same rules as the user types (plan.js, {@code nameProblem}).
 */
final class ServiceNames {
    /** A Kubernetes name (DNS label) has at most 63 characters; the service name becomes one. */
    static final int MAX_LENGTH = 63;

    private ServiceNames() {
    }

    /** @throws IllegalArgumentException saying what is wrong with the name and what is allowed */
    static String checked(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("give the service a name: lower case letters, digits and '-',"
                    + " starting with a letter");
        }
        List<String> problems = new ArrayList<>();
        if (n.length() > MAX_LENGTH) {
            problems.add("is " + n.length() + " characters long: at most " + MAX_LENGTH + " are allowed (the name"
                    + " becomes a Kubernetes and DNS name)");
        }
        if (!n.matches("[a-z][a-z0-9-]*")) {
            problems.add("must be lower case letters, digits and '-', starting with a letter (it becomes an"
                    + " artifact and a host name)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("service name '" + shown(n) + "' " + String.join(" and ", problems));
        }
        return n;
    }

    private static String shown(String name) {
        return name.length() <= 24 ? name : name.substring(0, 20) + "…";
    }
}
