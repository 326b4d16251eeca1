package dev.cleave.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free TCP ports for the programs a test starts. A port is found by binding port 0 and closing the socket, so the
 * operating system may hand the same port out again at once: two services of one generated system once got the
 * same port and one of them failed to start ("Port ... was already in use"). A port handed out here is never handed
 * out again by this JVM. (Another process can still take a port between its choice and its use; the programs' logs
 * then say so.)
 */
public final class FreePorts {
    private static final Set<Integer> GIVEN = new HashSet<>();

    private FreePorts() {
    }

    /** A port free on all interfaces now, not returned before by this JVM. */
    public static int next() throws IOException {
        return next(null);
    }

    /** A port free on {@code host} now, not returned before by this JVM. */
    public static synchronized int next(InetAddress host) throws IOException {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port;
            try (ServerSocket socket = host == null ? new ServerSocket(0) : new ServerSocket(0, 1, host)) {
                port = socket.getLocalPort();
            }
            if (GIVEN.add(port)) {
                return port;
            }
        }
        throw new IOException("no free port not handed out before after 1000 attempts");
    }
}
