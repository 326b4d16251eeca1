package com.example.bikes.bike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;

import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class BikeTypeFormatterTest {

    @Mock
    private BikeTypeRepository types;

    @Test
    void printsTheName() {
        BikeType ebike = new BikeType();
        ebike.setName("e-bike");
        assertThat(new BikeTypeFormatter(types).print(ebike, Locale.ENGLISH)).isEqualTo("e-bike");
    }

    @Test
    void parsesANameIgnoringCase() throws ParseException {
        BikeType ebike = new BikeType();
        ebike.setName("e-bike");
        given(types.findByNameIgnoreCase("E-Bike")).willReturn(Optional.of(ebike));
        assertThat(new BikeTypeFormatter(types).parse(" E-Bike ", Locale.ENGLISH)).isSameAs(ebike);
    }

    @Test
    void failsOnAnUnknownName() {
        given(types.findByNameIgnoreCase("unicycle")).willReturn(Optional.empty());
        assertThatExceptionOfType(ParseException.class)
                .isThrownBy(() -> new BikeTypeFormatter(types).parse("unicycle", Locale.ENGLISH));
    }
}
