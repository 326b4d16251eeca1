package dev.cleave.codegen.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret the services of one generated system authenticate their calls to each other with. It is made once, at
 * the first generation into an output directory, from a strong random source, and kept by every later generation
 * into the same directory (so regenerating changes nothing). It lives only in {@link #FILE}, from which the deploy
 * files hand it to the services; it is never compiled into a service or an image.
 */
public final class RpcSecret {
    /** The file holding the secret, relative to the output root, as an environment file. */
    public static final String FILE = dev.cleave.codegen.deploy.DeployFiles.RPC_SECRET_FILE;
    /** The environment variable the services read it from. */
    public static final String VARIABLE = dev.cleave.codegen.deploy.DeployFiles.RPC_SECRET_VARIABLE;
    private static final Pattern LINE = Pattern.compile("(?m)^" + VARIABLE + "=([0-9a-f]{64})$");

    private RpcSecret() {
    }

    /** The content of {@link #FILE}: the secret already in {@code outputDir}, or a new one. */
    public static String file(Path outputDir) {
        return VARIABLE + "=" + existing(outputDir.resolve(FILE)) + "\n";
    }

    private static String existing(Path file) {
        if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                Matcher m = LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (m.find()) {
                    return m.group(1);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
