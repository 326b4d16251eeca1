package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found on a real Spring Boot 2.7 application: its application class seeds users through {@code IUserService} (an
 * interface), so the interface is in the shared library, while its one implementation belongs to the users service.
 * Its {@code UserDetailsService}, web glue that every service with controllers gets, injects the interface too: the
 * other services had no bean behind it and did not start. Such a service now gets a client implementing the interface
 * (calling the owner's facade), or, where its code calls a method whose arguments cannot travel, a copy of the
 * implementation.
 */
class SharedInterfaceClientsTest {
    private static final String PKG = "src/main/java/org/example/shop/";

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void generate() throws IOException {
        Path root = dir.resolve("shop");
        write(root, "pom.xml", TinyMonoliths.bootPom("shop", "org.springframework.boot:spring-boot-starter-data-jpa",
                "org.springframework.boot:spring-boot-starter-web", "org.springframework.boot:spring-boot-starter-security",
                "com.h2database:h2"));
        write(root, PKG + "ShopApplication.java", """
                package org.example.shop;
                import org.example.shop.members.Member;
                import org.example.shop.members.MemberService;
                import org.springframework.boot.CommandLineRunner;
                import org.springframework.context.annotation.Bean;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class ShopApplication {
                    public static void main(String[] args) {
                        org.springframework.boot.SpringApplication.run(ShopApplication.class, args);
                    }
                    @Bean
                    CommandLineRunner seed(MemberService members) {
                        return args -> members.join(new Member(null, "ann"));
                    }
                }
                """);
        write(root, PKG + "members/Member.java", """
                package org.example.shop.members;
                @jakarta.persistence.Entity
                public class Member {
                    @jakarta.persistence.Id @jakarta.persistence.GeneratedValue Long id;
                    String name;
                    protected Member() { }
                    public Member(Long id, String name) { this.id = id; this.name = name; }
                    public String getName() { return name; }
                }
                """);
        write(root, PKG + "members/Exporter.java", """
                package org.example.shop.members;
                public interface Exporter { void write(Member member); }
                """);
        write(root, PKG + "members/MemberService.java", """
                package org.example.shop.members;
                public interface MemberService {
                    Member join(Member member);
                    Member byName(String name);
                    Member rename(String from, String to) throws java.io.IOException;
                    void export(Exporter exporter);
                }
                """);
        write(root, PKG + "members/MemberRepository.java", """
                package org.example.shop.members;
                public interface MemberRepository extends org.springframework.data.jpa.repository.JpaRepository<Member, Long> {
                    Member findByName(String name);
                }
                """);
        write(root, PKG + "members/MemberServiceImpl.java", """
                package org.example.shop.members;
                @org.springframework.stereotype.Service
                public class MemberServiceImpl implements MemberService {
                    private final MemberRepository members;
                    public MemberServiceImpl(MemberRepository members) { this.members = members; }
                    public Member join(Member member) { return members.save(member); }
                    public Member byName(String name) { return members.findByName(name); }
                    public Member rename(String from, String to) throws java.io.IOException {
                        if (members.findByName(to) != null) throw new java.io.IOException(to + " is taken");
                        Member m = members.findByName(from);
                        m.name = to;
                        return members.save(m);
                    }
                    public void export(Exporter exporter) { members.findAll().forEach(exporter::write); }
                }
                """);
        write(root, PKG + "members/MemberController.java", """
                package org.example.shop.members;
                @org.springframework.web.bind.annotation.RestController
                public class MemberController {
                    private final MemberService members;
                    public MemberController(MemberService members) { this.members = members; }
                    @org.springframework.web.bind.annotation.GetMapping("/members/{name}")
                    public Member member(@org.springframework.web.bind.annotation.PathVariable String name) {
                        return members.byName(name);
                    }
                }
                """);
        write(root, PKG + "security/MemberDetails.java", """
                package org.example.shop.security;
                import org.example.shop.members.MemberService;
                import org.springframework.security.core.userdetails.User;
                import org.springframework.security.core.userdetails.UserDetails;
                import org.springframework.security.core.userdetails.UserDetailsService;
                @org.springframework.stereotype.Component
                public class MemberDetails implements UserDetailsService {
                    private final MemberService members;
                    public MemberDetails(MemberService members) { this.members = members; }
                    public UserDetails loadUserByUsername(String name) {
                        return User.withUsername(members.byName(name).getName()).password("{noop}x").build();
                    }
                }
                """);
        write(root, PKG + "loans/Loan.java", """
                package org.example.shop.loans;
                @jakarta.persistence.Entity
                public class Loan { @jakarta.persistence.Id Long id; String member; }
                """);
        write(root, PKG + "loans/LoanRepository.java", """
                package org.example.shop.loans;
                public interface LoanRepository extends org.springframework.data.jpa.repository.JpaRepository<Loan, Long> { }
                """);
        write(root, PKG + "loans/LoanController.java", """
                package org.example.shop.loans;
                @org.springframework.web.bind.annotation.RestController
                public class LoanController {
                    private final LoanRepository loans;
                    public LoanController(LoanRepository loans) { this.loans = loans; }
                    @org.springframework.web.bind.annotation.GetMapping("/loans")
                    public long count() { return loans.count(); }
                }
                """);
        write(root, PKG + "reports/ReportController.java", """
                package org.example.shop.reports;
                import org.example.shop.members.MemberService;
                @org.springframework.web.bind.annotation.RestController
                public class ReportController {
                    private final MemberService members;
                    public ReportController(MemberService members) { this.members = members; }
                    @org.springframework.web.bind.annotation.GetMapping("/report")
                    public String report() {
                        StringBuilder text = new StringBuilder();
                        members.export(m -> text.append(m.getName()));
                        return text.toString();
                    }
                }
                """);
        String m = "org.example.shop.members.";
        Plan plan = Plan.of(List.of(
                Service.of("members", List.of(m + "Member", m + "MemberService", m + "MemberRepository",
                        m + "MemberServiceImpl", m + "MemberController", m + "Exporter",
                        "org.example.shop.security.MemberDetails")),
                Service.of("loans", List.of("org.example.shop.loans.Loan", "org.example.shop.loans.LoanRepository",
                        "org.example.shop.loans.LoanController")),
                Service.of("reports", List.of("org.example.shop.reports.ReportController"))),
                List.of("org.example.shop.ShopApplication"));
        out = dir.resolve("out");
        Generator.generate(null, plan, GenerateOptions.of(root, out));
    }

    @Test
    void aServiceWithoutTheImplementationGetsAClientImplementingTheSharedInterface() throws IOException {
        Path loans = out.resolve("services/loans/src/main/java/org/example/shop/members");
        assertThat(out.resolve("shared/src/main/java/org/example/shop/members/MemberService.java"))
                .as("the application class names it: shared").isRegularFile();
        assertThat(out.resolve("services/loans/src/main/java/org/example/shop/security/MemberDetails.java"))
                .as("web glue, in every service with controllers").isRegularFile();
        String client = Files.readString(loans.resolve("MemberServiceCleaveClient.java"));
        assertThat(client).contains("@Component(\"memberServiceImpl\")",
                "public class MemberServiceCleaveClient implements org.example.shop.members.MemberService {",
                "private static final String SERVICE = \"members\";",
                "public org.example.shop.members.Member join(org.example.shop.members.Member member) {",
                "return this.remote.call(SERVICE, \"org.example.shop.members.MemberService/join/",
                "public org.example.shop.members.Member byName(java.lang.String name) {",
                "rename(java.lang.String from, java.lang.String to) throws java.io.IOException {",
                "public void export(org.example.shop.members.Exporter exporter) {\n"
                        + "        throw new UnsupportedOperationException(");
        assertThat(loans.resolve("MemberServiceImpl.java")).as("called, not copied").doesNotExist();
        assertThat(loans.resolve("MemberService.java")).as("the shared interface stays the library's").doesNotExist();
        assertThat(Files.readString(out.resolve("services/loans/README.md")))
                .contains("`org.example.shop.members.MemberService` in service `members`");
    }

    @Test
    void theOwnerOfTheImplementationServesTheInterfacesTravellingMethods() throws IOException {
        String facade = Files.readString(out.resolve(
                "services/members/src/main/java/org/example/shop/members/MemberServiceCleaveFacade.java"));
        assertThat(facade).contains("private final MemberService target;",
                "@PostMapping(\"/cleave/rpc/org.example.shop.members.MemberService/join/",
                "@PostMapping(\"/cleave/rpc/org.example.shop.members.MemberService/byName/")
                .as("a checked exception it declares goes back as it is").contains("throw passOn(e);")
                .doesNotContain("export");
        assertThat(out.resolve("services/members/src/main/java/org/example/shop/members/MemberServiceCleaveClient.java"))
                .as("it has the implementation").doesNotExist();
    }

    @Test
    void aServiceCallingAMethodThatCannotTravelGetsACopyOfTheImplementation() {
        Path reports = out.resolve("services/reports/src/main/java/org/example/shop/members");
        assertThat(reports.resolve("MemberServiceImpl.java")).as("export(Exporter) cannot travel").isRegularFile();
        assertThat(reports.resolve("MemberRepository.java")).as("with what it needs").isRegularFile();
        assertThat(reports.resolve("MemberServiceCleaveClient.java")).doesNotExist();
    }

    private static void write(Path root, String file, String text) throws IOException {
        TinyMonoliths.write(root, file, text);
    }
}
