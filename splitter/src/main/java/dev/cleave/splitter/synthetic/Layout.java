package dev.cleave.splitter.synthetic;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The classes of a synthetic monolith before edges: the shared layer first, then each service's layers, each a
 * contiguous block of generation indexes. Service sizes vary (log-normal weights, 8 classes at least). Ids are
 * fully-qualified names; {@link #rank} maps a generation index to the position of its id in sorted order, which
 * is the node order of the graph.
 */
final class Layout {
    private static final String[] WORDS = {"billing", "catalog", "orders", "shipping", "customers", "payments",
        "inventory", "pricing", "reviews", "loyalty", "search", "accounts", "notifications", "reports", "returns",
        "warehouse", "invoices", "promotions", "subscriptions", "audit"};

    final int classes;
    final int services;
    /** First generation index of (service, role); the shared layer is service {@code services}. */
    final int[][] base;
    final int[][] count;
    final Role[] role;
    final int[] service;
    final String[] ids;
    final int[] rank;

    Layout(SyntheticSpec spec, SplittableRandom random) {
        this.classes = spec.classes();
        int shared = (int) Math.round(classes * spec.sharedShare());
        int rest = classes - shared;
        this.services = spec.services() > 0 ? spec.services()
                : Math.max(1, Math.min(rest / 8, (int) Math.round(Math.sqrt(rest) / 1.5)));
        this.base = new int[services + 1][Role.values().length];
        this.count = new int[services + 1][Role.values().length];
        this.role = new Role[classes];
        this.service = new int[classes];
        count[services][Role.SHARED.ordinal()] = shared;
        int[] sizes = sizes(rest, random);
        for (int s = 0; s < services; s++) {
            roleCounts(sizes[s], count[s]);
        }
        this.ids = new String[classes];
        assign();
        this.rank = ranks(ids);
    }

    private int[] sizes(int rest, SplittableRandom random) {
        double[] weight = new double[services];
        for (int s = 0; s < services; s++) {
            weight[s] = Math.exp(0.7 * gaussian(random));
        }
        double total = Arrays.stream(weight).sum();
        int spare = rest - 8 * services;
        int[] sizes = new int[services];
        int used = 0;
        for (int s = 0; s < services; s++) {
            sizes[s] = 8 + (int) Math.floor(spare * weight[s] / total);
            used += sizes[s];
        }
        for (int s = 0; used < rest; s = (s + 1) % services, used++) {
            sizes[s]++;
        }
        return sizes;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static void roleCounts(int size, int[] counts) {
        int placed = 0;
        for (Role r : new Role[] {Role.CONTROLLER, Role.SERVICE, Role.REPOSITORY, Role.ENTITY}) {
            counts[r.ordinal()] = Math.max(1, (int) Math.round(size * r.share));
            placed += counts[r.ordinal()];
        }
        counts[Role.DTO.ordinal()] = size - placed;
    }

    private void assign() {
        int next = 0;
        int width = String.valueOf(classes).length();
        int[] order = IntStream.concat(IntStream.of(services), IntStream.range(0, services)).toArray();
        for (int s : order) {
            for (Role r : Role.values()) {
                base[s][r.ordinal()] = next;
                for (int i = 0; i < count[s][r.ordinal()]; i++, next++) {
                    role[next] = r;
                    service[next] = s == services ? -1 : s;
                    ids[next] = id(s, r, i, width);
                }
            }
        }
    }

    private String id(int s, Role r, int i, int width) {
        String number = pad(i, width);
        if (s == services) {
            return "com.synth.shared.util.Common" + r.suffix + number;
        }
        String word = packageOf(s);
        return "com.synth." + word + "." + r.pkg + "." + Character.toUpperCase(word.charAt(0))
                + word.substring(1) + r.suffix + number;
    }

    /** Package word of a service: a business word and the service number. */
    String packageOf(int s) {
        return WORDS[s % WORDS.length] + pad(s, 4);
    }

    /** Service name of a planted service: {@code billing-0007}. */
    String serviceName(int s) {
        return WORDS[s % WORDS.length] + "-" + pad(s, 4);
    }

    /** Table mapped by the {@code i}-th entity of a service. */
    String table(int s, int i) {
        return packageOf(s) + "_t" + i;
    }

    /** {@code value} in decimal, zero-padded to {@code width} digits (String.format is too slow here). */
    static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static int[] ranks(String[] ids) {
        Integer[] order = IntStream.range(0, ids.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(i -> ids[i]));
        int[] rank = new int[ids.length];
        for (int p = 0; p < order.length; p++) {
            rank[order[p]] = p;
        }
        return rank;
    }
}
