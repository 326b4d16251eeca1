package com.example.bikes.system;

import com.example.bikes.model.BaseEntity;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Resources and types a native image of the shop needs that AOT processing cannot find by itself.
 */
public class BikeRentalRuntimeHints implements RuntimeHintsRegistrar {

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        hints.resources().registerPattern("db/*/*.sql");
        hints.resources().registerPattern("messages/*");
        hints.resources().registerPattern("static/css/*");
        hints.resources().registerPattern("static/images/*");
        hints.resources().registerPattern("META-INF/resources/webjars/*");
        hints.serialization().registerType(BaseEntity.class);
    }
}
