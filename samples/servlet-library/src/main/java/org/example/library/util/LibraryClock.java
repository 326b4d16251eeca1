package org.example.library.util;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The library's notion of "today". Training and test installations run on a fixed date
 * (property {@code library.today}); production leaves it empty and uses the system clock.
 */
public final class LibraryClock {

    private static volatile LocalDate fixedToday;
    private static volatile Clock clock = Clock.system(ZoneId.of("America/Chicago"));

    private LibraryClock() {
    }

    public static LocalDate today() {
        LocalDate fixed = fixedToday;
        return fixed != null ? fixed : LocalDate.now(clock);
    }

    public static void fixAt(LocalDate day) {
        fixedToday = day;
    }

    public static void useSystemClock() {
        fixedToday = null;
    }

    /** Reads {@code library.today} from the configuration, if set. */
    public static void configure() {
        String value = AppConfig.get("library.today", "");
        if (StringUtil.isBlank(value)) {
            useSystemClock();
        } else {
            fixAt(DateUtil.parse(value));
        }
    }
}
