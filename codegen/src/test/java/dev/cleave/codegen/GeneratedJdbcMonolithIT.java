package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Spring Boot monolith without JPA (JdbcTemplate DAOs, Boot's embedded H2 set up by schema.sql and data.sql), as
 * many older applications are: its services compile, start and answer like it, a business call crossing between them
 * inside a transaction. The Cleave runtime names JPA's types, so the shared library adds JPA's API (no provider).
 *
 * <p>Behind Spring Security (HTTP Basic against the application's own {@code UserDetailsService}, CSRF on), as most
 * applications are: the shared security configuration finds the user store in every service (it was in one only and
 * the other could not start), calls between services pass (security used to answer them 401/403), the probes'
 * health is reachable. And a session-scoped bean that is not {@code Serializable} keeps its state across requests,
 * although the services share sessions through Spring Session (every request using it failed to store it), whose
 * cookie is the monolith's {@code JSESSIONID} (Spring Session's default is {@code SESSION}).
 * (Found on spring-boot-shopping-cart.)
 */
class GeneratedJdbcMonolithIT {
    private static final Path WORK = Path.of("target/it/jdbc-ledger").toAbsolutePath();

    @Test
    void aMonolithWithoutJpaBecomesServicesThatBehaveLikeIt() throws Exception {
        Path monolith = write(WORK.resolve("ledger"),
                "pom.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <project xmlns="http://maven.apache.org/POM/4.0.0">
                          <modelVersion>4.0.0</modelVersion>
                          <parent>
                            <groupId>org.springframework.boot</groupId>
                            <artifactId>spring-boot-starter-parent</artifactId>
                            <version>3.5.7</version>
                            <relativePath/>
                          </parent>
                          <groupId>com.example</groupId>
                          <artifactId>ledger</artifactId>
                          <version>1.0.0</version>
                          <properties><java.version>17</java.version></properties>
                          <dependencies>
                            <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
                            <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-jdbc</artifactId></dependency>
                            <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>
                            <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><scope>runtime</scope></dependency>
                          </dependencies>
                        </project>
                        """,
                "src/main/resources/application.properties", "spring.application.name=ledger\n",
                "src/main/resources/schema.sql", """
                        CREATE TABLE account (id INT PRIMARY KEY, owner VARCHAR(40) NOT NULL, balance INT NOT NULL);
                        CREATE TABLE transfer (id INT AUTO_INCREMENT PRIMARY KEY, from_id INT NOT NULL,
                            to_id INT NOT NULL, amount INT NOT NULL);
                        """,
                "src/main/resources/data.sql", """
                        INSERT INTO account (id, owner, balance) VALUES (1, 'Ada', 100), (2, 'Grace', 50);
                        """,
                "src/main/java/com/example/ledger/LedgerApplication.java", """
                        package com.example.ledger;

                        import org.springframework.boot.SpringApplication;
                        import org.springframework.boot.autoconfigure.SpringBootApplication;

                        @SpringBootApplication
                        public class LedgerApplication {
                            public static void main(String[] args) {
                                SpringApplication.run(LedgerApplication.class, args);
                            }
                        }
                        """,
                "src/main/java/com/example/ledger/accounts/AccountDao.java", """
                        package com.example.ledger.accounts;

                        import org.springframework.jdbc.core.JdbcTemplate;
                        import org.springframework.stereotype.Repository;

                        @Repository
                        public class AccountDao {
                            private final JdbcTemplate jdbc;

                            public AccountDao(JdbcTemplate jdbc) {
                                this.jdbc = jdbc;
                            }

                            public int balance(int id) {
                                return jdbc.queryForObject("SELECT balance FROM account WHERE id = ?", Integer.class, id);
                            }

                            public void add(int id, int amount) {
                                jdbc.update("UPDATE account SET balance = balance + ? WHERE id = ?", amount, id);
                            }
                        }
                        """,
                "src/main/java/com/example/ledger/accounts/AccountService.java", """
                        package com.example.ledger.accounts;

                        import org.springframework.stereotype.Service;
                        import org.springframework.transaction.annotation.Transactional;

                        @Service
                        public class AccountService {
                            private final AccountDao accounts;

                            public AccountService(AccountDao accounts) {
                                this.accounts = accounts;
                            }

                            public int balanceOf(int id) {
                                return accounts.balance(id);
                            }

                            @Transactional
                            public int move(int from, int to, int amount) {
                                if (accounts.balance(from) < amount) {
                                    throw new IllegalStateException("not enough money on account " + from);
                                }
                                accounts.add(from, -amount);
                                accounts.add(to, amount);
                                return accounts.balance(from);
                            }
                        }
                        """,
                "src/main/java/com/example/ledger/accounts/AccountController.java", """
                        package com.example.ledger.accounts;

                        import java.util.Map;
                        import org.springframework.web.bind.annotation.GetMapping;
                        import org.springframework.web.bind.annotation.PathVariable;
                        import org.springframework.web.bind.annotation.RestController;

                        @RestController
                        public class AccountController {
                            private final AccountService accounts;

                            public AccountController(AccountService accounts) {
                                this.accounts = accounts;
                            }

                            @GetMapping("/accounts/{id}")
                            public Map<String, Object> account(@PathVariable int id) {
                                return Map.of("id", id, "balance", accounts.balanceOf(id));
                            }
                        }
                        """,
                "src/main/java/com/example/ledger/transfers/TransferService.java", """
                        package com.example.ledger.transfers;

                        import com.example.ledger.accounts.AccountService;
                        import org.springframework.jdbc.core.JdbcTemplate;
                        import org.springframework.stereotype.Service;
                        import org.springframework.transaction.annotation.Transactional;

                        @Service
                        public class TransferService {
                            private final AccountService accounts;
                            private final JdbcTemplate jdbc;

                            public TransferService(AccountService accounts, JdbcTemplate jdbc) {
                                this.accounts = accounts;
                                this.jdbc = jdbc;
                            }

                            @Transactional
                            public int transfer(int from, int to, int amount) {
                                jdbc.update("INSERT INTO transfer (from_id, to_id, amount) VALUES (?, ?, ?)", from, to, amount);
                                return accounts.move(from, to, amount);
                            }

                            public int count() {
                                return jdbc.queryForObject("SELECT COUNT(*) FROM transfer", Integer.class);
                            }
                        }
                        """,
                "src/main/java/com/example/ledger/transfers/TransferController.java", """
                        package com.example.ledger.transfers;

                        import java.util.Map;
                        import org.springframework.http.HttpStatus;
                        import org.springframework.web.bind.annotation.ExceptionHandler;
                        import org.springframework.web.bind.annotation.GetMapping;
                        import org.springframework.web.bind.annotation.PostMapping;
                        import org.springframework.web.bind.annotation.RequestParam;
                        import org.springframework.web.bind.annotation.ResponseStatus;
                        import org.springframework.web.bind.annotation.RestController;

                        @RestController
                        public class TransferController {
                            private final TransferService transfers;
                            private final TransferBasket basket;

                            public TransferController(TransferService transfers, TransferBasket basket) {
                                this.transfers = transfers;
                                this.basket = basket;
                            }

                            @PostMapping("/transfers")
                            public Map<String, Object> transfer(@RequestParam int from, @RequestParam int to,
                                                                @RequestParam int amount) {
                                int left = transfers.transfer(from, to, amount);
                                basket.made(amount);
                                return Map.of("from", from, "left", left);
                            }

                            @GetMapping("/transfers/mine")
                            public Map<String, Object> mine() {
                                return Map.of("made", basket.count(), "moved", basket.total());
                            }

                            @GetMapping("/transfers/count")
                            public Map<String, Object> count() {
                                return Map.of("count", transfers.count());
                            }

                            @ExceptionHandler(IllegalStateException.class)
                            @ResponseStatus(HttpStatus.CONFLICT)
                            public Map<String, Object> refused(IllegalStateException e) {
                                return Map.of("error", e.getMessage());
                            }
                        }
                        """,
                "src/main/java/com/example/ledger/transfers/TransferBasket.java", """
                        package com.example.ledger.transfers;

                        import java.util.ArrayList;
                        import java.util.List;
                        import org.springframework.stereotype.Component;
                        import org.springframework.web.context.annotation.SessionScope;

                        /** The transfers made in this session (not Serializable, as session beans often are not). */
                        @Component
                        @SessionScope
                        public class TransferBasket {
                            private final List<Integer> amounts = new ArrayList<>();

                            public synchronized void made(int amount) {
                                amounts.add(amount);
                            }

                            public synchronized int count() {
                                return amounts.size();
                            }

                            public synchronized int total() {
                                return amounts.stream().mapToInt(Integer::intValue).sum();
                            }
                        }
                        """,
                "src/main/java/com/example/ledger/accounts/LedgerUsers.java", """
                        package com.example.ledger.accounts;

                        import org.springframework.security.core.userdetails.User;
                        import org.springframework.security.core.userdetails.UserDetails;
                        import org.springframework.security.core.userdetails.UserDetailsService;
                        import org.springframework.security.core.userdetails.UsernameNotFoundException;
                        import org.springframework.stereotype.Service;

                        @Service
                        public class LedgerUsers implements UserDetailsService {
                            @Override
                            public UserDetails loadUserByUsername(String name) {
                                if (!name.equals("clerk")) {
                                    throw new UsernameNotFoundException(name);
                                }
                                return User.withUsername("clerk").password("{noop}s3cret").roles("CLERK").build();
                            }
                        }
                        """,
                "src/main/java/com/example/ledger/SecurityConfig.java", """
                        package com.example.ledger;

                        import org.springframework.context.annotation.Bean;
                        import org.springframework.context.annotation.Configuration;
                        import org.springframework.security.config.Customizer;
                        import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                        import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
                        import org.springframework.security.web.SecurityFilterChain;

                        @Configuration
                        @EnableWebSecurity
                        public class SecurityConfig {
                            @Bean
                            SecurityFilterChain api(HttpSecurity http) throws Exception {
                                return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                                        .httpBasic(Customizer.withDefaults())
                                        .csrf(c -> c.ignoringRequestMatchers("/transfers/**"))
                                        .build();
                            }
                        }
                        """,
                "scenarios.json", """
                        {
                          "schemaVersion": 1,
                          "scenarios": [
                            {
                              "name": "money moves between accounts, and a refused transfer leaves nothing behind",
                              "steps": [
                                { "request": { "method": "GET", "path": "/accounts/1" },
                                  "expect": { "status": 401, "headers": { "Set-Cookie": "JSESSIONID=" } } },
                                { "request": { "method": "GET", "path": "/accounts/1", "headers": { "Authorization": "Basic Y2xlcms6czNjcmV0" } },
                                  "expect": { "status": 200, "body": { "balance": 100 } } },
                                { "request": { "method": "POST", "path": "/transfers?from=1&to=2&amount=30", "headers": { "Authorization": "Basic Y2xlcms6czNjcmV0" } },
                                  "expect": { "status": 200, "body": { "from": 1, "left": 70 } } },
                                { "request": { "method": "GET", "path": "/accounts/2", "headers": { "Authorization": "Basic Y2xlcms6czNjcmV0" } },
                                  "expect": { "status": 200, "body": { "balance": 80 } } },
                                { "request": { "method": "POST", "path": "/transfers?from=1&to=2&amount=500", "headers": { "Authorization": "Basic Y2xlcms6czNjcmV0" } },
                                  "expect": { "status": 409, "body": { "error": "not enough money on account 1" } } },
                                { "request": { "method": "GET", "path": "/transfers/count", "headers": { "Authorization": "Basic Y2xlcms6czNjcmV0" } },
                                  "expect": { "status": 200, "body": { "count": 1 } } },
                                { "request": { "method": "GET", "path": "/accounts/1", "headers": { "Authorization": "Basic Y2xlcms6czNjcmV0" } },
                                  "expect": { "status": 200, "body": { "balance": 70 } } },
                                { "request": { "method": "GET", "path": "/transfers/mine", "headers": { "Authorization": "Basic Y2xlcms6czNjcmV0" } },
                                  "expect": { "status": 200, "body": { "made": 1, "moved": 30 } } },
                                { "request": { "method": "POST", "path": "/transfers?from=2&to=1&amount=5", "headers": { "Authorization": "Basic Y2xlcms6czNjcmV0" } },
                                  "expect": { "status": 200, "body": { "from": 2, "left": 75 } } },
                                { "request": { "method": "GET", "path": "/transfers/mine", "headers": { "Authorization": "Basic Y2xlcms6czNjcmV0" } },
                                  "expect": { "status": 200, "body": { "made": 2, "moved": 35 } } }
                              ]
                            }
                          ]
                        }
                        """);
        Plan plan = Plan.of(List.of(
                Service.of("accounts", List.of("com.example.ledger.accounts.AccountDao",
                        "com.example.ledger.accounts.AccountService", "com.example.ledger.accounts.AccountController",
                        "com.example.ledger.accounts.LedgerUsers")),
                Service.of("transfers", List.of("com.example.ledger.transfers.TransferService",
                        "com.example.ledger.transfers.TransferController",
                        "com.example.ledger.transfers.TransferBasket"))),
                List.of("com.example.ledger.LedgerApplication", "com.example.ledger.SecurityConfig"));
        GeneratedSystem system = GeneratedSystem.generate(monolith, plan, WORK, List.of());
        assertThat(Files.readString(system.out().resolve("shared/pom.xml"))).contains("jakarta.persistence-api");
        assertThat(system.out().resolve("services/transfers/src/main/java/com/example/ledger/accounts/LedgerUsers.java"))
                .as("the user store the shared security configuration needs, in every service with controllers")
                .isRegularFile();
        system.build();
        try (RunningSystem running = new RunningSystem(WORK.resolve("logs"))) {
            system.start(running);
            system.replayScenarios(running);
            assertThat(system.servedCalls(running).get("accounts")).as("the transfer's call to accounts")
                    .isPositive();
        }
    }

    /** Writes {@code files}: path, text, path, text... */
    private static Path write(Path root, String... files) throws java.io.IOException {
        for (int i = 0; i + 1 < files.length; i += 2) {
            Path target = root.resolve(files[i]);
            Files.createDirectories(target.getParent());
            Files.writeString(target, files[i + 1]);
        }
        return root;
    }
}
