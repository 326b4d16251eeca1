package org.example.library.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Configuration from {@code library.properties} on the classpath; a system property with the same
 * name wins (that is how the tests switch the scheduler off).
 */
public final class AppConfig {

    private static final Logger LOG = Logger.getLogger(AppConfig.class.getName());
    private static Properties props;

    private AppConfig() {
    }

    public static synchronized String get(String key, String defaultValue) {
        String override = System.getProperty(key);
        if (override != null) {
            return override;
        }
        return properties().getProperty(key, defaultValue);
    }

    public static int getInt(String key, int defaultValue) {
        String value = get(key, null);
        return StringUtil.isBlank(value) ? defaultValue : Integer.parseInt(value.trim());
    }

    public static boolean getBoolean(String key, boolean defaultValue) {
        String value = get(key, null);
        return StringUtil.isBlank(value) ? defaultValue : Boolean.parseBoolean(value.trim());
    }

    private static Properties properties() {
        if (props == null) {
            props = new Properties();
            try (InputStream in = AppConfig.class.getResourceAsStream(LibraryConstants.CONFIG_FILE)) {
                if (in != null) {
                    props.load(in);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not read " + LibraryConstants.CONFIG_FILE, e);
            }
        }
        return props;
    }
}
