package org.example.library.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.example.library.exception.LibraryException;

/**
 * J2EE Service Locator. The session facades used to be remote EJBs looked up through JNDI; since
 * the move to a plain servlet container the JNDI names are mapped to implementation classes in
 * {@code ejb-jndi.properties} and instantiated once per name (they are stateless).
 */
public final class ServiceLocator {

    private static final ServiceLocator INSTANCE = new ServiceLocator();

    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private final Properties mapping = new Properties();

    private ServiceLocator() {
        try (InputStream in = ServiceLocator.class.getResourceAsStream(LibraryConstants.JNDI_MAPPING_FILE)) {
            if (in == null) {
                throw new IllegalStateException(LibraryConstants.JNDI_MAPPING_FILE + " is missing");
            }
            mapping.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LibraryConstants.JNDI_MAPPING_FILE, e);
        }
    }

    public static ServiceLocator getInstance() {
        return INSTANCE;
    }

    /** Looks up a facade by its JNDI name, e.g. {@link JndiNames#CIRCULATION_MANAGER}. */
    public Object lookup(String jndiName) {
        return cache.computeIfAbsent(jndiName, this::create);
    }

    public <T> T lookup(String jndiName, Class<T> businessInterface) {
        return businessInterface.cast(lookup(jndiName));
    }

    /** Drops cached instances (used when the context is reloaded). */
    public void reset() {
        cache.clear();
    }

    private Object create(String jndiName) {
        String className = mapping.getProperty(jndiName);
        if (className == null) {
            throw new LibraryException("no bean bound to " + jndiName);
        }
        try {
            return Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new LibraryException("cannot instantiate " + className + " for " + jndiName, e);
        }
    }
}
