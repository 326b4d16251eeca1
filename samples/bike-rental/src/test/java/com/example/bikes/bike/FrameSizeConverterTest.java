package com.example.bikes.bike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FrameSizeConverterTest {

    private final FrameSizeConverter converter = new FrameSizeConverter();

    @Test
    void acceptsCodesAndLabelsInAnyCase() {
        assertThat(converter.convert("m")).isEqualTo(FrameSize.M);
        assertThat(converter.convert(" XL ")).isEqualTo(FrameSize.XL);
        assertThat(converter.convert("medium")).isEqualTo(FrameSize.M);
        assertThat(converter.convert("Extra large")).isEqualTo(FrameSize.XL);
    }

    @Test
    void blankMeansNoSize() {
        assertThat(converter.convert("  ")).isNull();
    }

    @Test
    void rejectsUnknownSizes() {
        assertThatIllegalArgumentException().isThrownBy(() -> converter.convert("huge"));
    }
}
