package org.ashgrove.evenings.service;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The services on the JPA repositories (profile "jpa", the WAR's default). */
@SpringJUnitConfig(locations = {"classpath:spring/datasource-config.xml", "classpath:spring/business-config.xml"})
@ActiveProfiles("jpa")
class JpaServiceTests extends AbstractServiceTests {
}
