package org.ashgrove.evenings.service;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The services on the NamedParameterJdbcTemplate repositories (profile "jdbc"). */
@SpringJUnitConfig(locations = {"classpath:spring/datasource-config.xml", "classpath:spring/business-config.xml"})
@ActiveProfiles("jdbc")
class JdbcServiceTests extends AbstractServiceTests {
}
