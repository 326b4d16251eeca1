package dev.cleave.splitter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SplitOptionsTest {
    @Test
    void theDefaultsAsTextForTheShellsSayTheSameAsTheNumbers() {
        assertThat(Long.parseLong(SplitOptions.DEFAULT_SEED_TEXT)).isEqualTo(SplitOptions.DEFAULT_SEED);
        assertThat(Double.parseDouble(SplitOptions.DEFAULT_RESOLUTION_TEXT)).isEqualTo(SplitOptions.DEFAULT_RESOLUTION);
        assertThat(Integer.parseInt(SplitOptions.AUTOMATIC_TEXT)).isEqualTo(SplitOptions.AUTOMATIC);
    }

    @Test
    void defaultsAreMadeOfTheNamedDefaults() {
        SplitOptions defaults = SplitOptions.defaults();
        assertThat(defaults.seed()).isEqualTo(SplitOptions.DEFAULT_SEED);
        assertThat(defaults.resolution()).isEqualTo(SplitOptions.DEFAULT_RESOLUTION);
        assertThat(defaults.services()).isEqualTo(SplitOptions.AUTOMATIC);
        assertThat(defaults.minServices()).isEqualTo(SplitOptions.AUTOMATIC);
        assertThat(defaults.maxServices()).isEqualTo(SplitOptions.AUTOMATIC);
    }
}
