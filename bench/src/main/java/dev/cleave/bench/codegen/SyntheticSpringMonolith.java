package dev.cleave.bench.codegen;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes the sources of a synthetic Spring Boot 3.5.7 + JPA monolith of about a chosen number of lines, and the
 * plan that splits it by capability, for the code generation benchmark. The project has a {@code pom.xml}, an
 * {@code @SpringBootApplication} class, {@code src/main/resources/application.properties} (in-memory H2) and, per
 * capability, entities ({@code @Entity}, {@code @Table}, associations within the capability and now and then to an
 * entity of another capability), Spring Data repositories, DTO records, mappers, {@code @Service} classes that call
 * services of other capabilities (so that the generator writes clients, facades and copies of entities and DTOs)
 * and {@code @RestController}s; a shared package holds the base entity, an exception and utilities. Capabilities
 * only call capabilities written before them, as layered code does (no cycles between services).
 *
 * <p>Capabilities of {@code entitiesPerCapability} entities are added until the sources reach {@code targetLines}
 * physical lines. The output depends on the spec only (seeded), never on the machine or the time. The sources are
 * meant to compile against the spring-shop sample's dependencies, but nothing here builds them.
 */
public final class SyntheticSpringMonolith {
    static final String BASE = "com.acme.synth";
    static final String SHARED = BASE + ".common";

    static final String[] CAPABILITIES = {
        "billing", "catalog", "customers", "orders", "inventory", "payments", "shipping", "notifications",
        "pricing", "promotions", "returns", "reviews", "loyalty", "suppliers", "purchasing", "warehouses",
        "invoicing", "taxes", "accounts", "contracts", "documents", "tickets", "assets", "fleet", "routes",
        "schedules", "staff", "payroll", "training", "audits", "compliance", "reports", "forecasts", "budgets",
        "projects", "tasks", "partners", "quotes", "subscriptions", "licenses", "devices", "sensors", "alerts",
        "campaigns", "surveys", "events", "venues", "bookings", "rentals", "claims"
    };
    static final String[] NOUNS = {
        "Account", "Item", "Record", "Entry", "Batch", "Rule", "Note", "Schedule", "Profile", "Request", "Slot",
        "Ledger", "Limit", "Tag", "Group", "Period", "Channel", "Source", "Target", "Template"
    };
    static final String[][] EXTRA_FIELDS = {
        {"String", "description"}, {"String", "reference"}, {"String", "owner"}, {"String", "region"},
        {"Integer", "priority"}, {"Integer", "attempts"}, {"Boolean", "archived"}, {"Boolean", "flagged"},
        {"BigDecimal", "discount"}, {"BigDecimal", "limitAmount"}, {"LocalDate", "validFrom"},
        {"LocalDate", "validUntil"}, {"Instant", "lastSeen"}, {"Long", "externalId"}, {"String", "currency"},
        {"String", "comment"}
    };

    /**
     * @param targetLines            capabilities are added until the sources have at least this many lines
     * @param entitiesPerCapability  entities (each with repository, DTOs, mapper, service, controller) per capability
     * @param seed                   drives field choice and the calls between capabilities
     */
    public record Spec(long targetLines, int entitiesPerCapability, long seed) {
        public static Spec of(long targetLines) {
            return new Spec(targetLines, 8, 1);
        }
    }

    /** What was written: the plan (one service per capability, the rest shared) and the size of the sources. */
    public record Written(Plan plan, int capabilities, int javaFiles, long javaLines, int entities) {
    }

    private final Spec spec;
    private final Path root;
    private final SplittableRandom random;
    private int files;
    private long lines;

    private SyntheticSpringMonolith(Spec spec, Path root) {
        this.spec = spec;
        this.root = root;
        this.random = new SplittableRandom(spec.seed());
    }

    /**
     * Writes the project into {@code root} (which must not hold an earlier project: files are overwritten, never
     * deleted) and the plan to {@code root/plan.json}.
     */
    public static Written write(Spec spec, Path root) {
        if (spec.entitiesPerCapability() < 2) {
            throw new IllegalArgumentException("at least 2 entities per capability");
        }
        return new SyntheticSpringMonolith(spec, root).write();
    }

    private Written write() {
        file("pom.xml", pom(), false);
        file("src/main/resources/application.properties", properties(), false);
        List<String> shared = new ArrayList<>(shared());
        List<Service> services = new ArrayList<>();
        List<List<String>> entitiesByCap = new ArrayList<>();
        int entities = 0;
        for (int c = 0; lines < spec.targetLines(); c++) {
            String cap = c < CAPABILITIES.length ? CAPABILITIES[c] : CAPABILITIES[c % CAPABILITIES.length]
                    + (c / CAPABILITIES.length + 1);
            List<String> names = new ArrayList<>();
            for (int e = 0; e < spec.entitiesPerCapability(); e++) {
                names.add(capital(cap.replaceAll("[0-9]", "")) + (c >= CAPABILITIES.length
                        ? Integer.toString(c / CAPABILITIES.length + 1) : "") + NOUNS[e % NOUNS.length]
                        + (e >= NOUNS.length ? Integer.toString(e / NOUNS.length + 1) : ""));
            }
            TreeSet<String> classes = new TreeSet<>();
            for (int e = 0; e < names.size(); e++) {
                classes.addAll(entity(c, cap, names, e, entitiesByCap));
            }
            entities += names.size();
            entitiesByCap.add(names);
            services.add(Service.of(cap, List.copyOf(classes)));
        }
        shared.add(BASE + ".SynthApplication");
        file(path(BASE, "SynthApplication"), """
                package %s;

                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.autoconfigure.SpringBootApplication;

                @SpringBootApplication
                public class SynthApplication {

                    public static void main(String[] args) {
                        SpringApplication.run(SynthApplication.class, args);
                    }
                }
                """.formatted(BASE), true);
        Plan plan = Plan.of(services, shared.stream().sorted().toList());
        PlanJson.write(plan, root.resolve("plan.json"));
        return new Written(plan, services.size(), files, lines, entities);
    }

    /** The classes of one entity; returns their names. */
    private List<String> entity(int c, String cap, List<String> names, int e, List<List<String>> earlier) {
        String name = names.get(e);
        String pkg = BASE + "." + cap;
        String var = lower(name);
        // a few optional columns, chosen per entity
        List<String[]> extra = new ArrayList<>();
        for (String[] f : EXTRA_FIELDS) {
            if (random.nextInt(4) == 0) {
                extra.add(f);
            }
        }
        String parent = e > 0 ? names.get(e - 1) : null;
        // calls into earlier capabilities: 0–2 services, and sometimes an association to their entity
        List<String[]> remote = new ArrayList<>(); // {capability, entity}
        if (c > 0) {
            int n = random.nextInt(3);
            for (int i = 0; i < n; i++) {
                int other = random.nextInt(c);
                List<String> theirs = earlier.get(other);
                String[] pick = {capOf(other), theirs.get(random.nextInt(theirs.size()))};
                if (remote.stream().noneMatch(r -> r[1].equals(pick[1]))) {
                    remote.add(pick);
                }
            }
        }
        String[] linked = !remote.isEmpty() && random.nextInt(3) == 0 ? remote.get(0) : null;

        file(path(pkg + ".domain", name), entitySource(pkg, cap, name, parent, linked, extra), true);
        file(path(pkg + ".repository", name + "Repository"), """
                package %1$s.repository;

                import %1$s.domain.%2$s;
                import java.util.List;
                import java.util.Optional;
                import org.springframework.data.jpa.repository.JpaRepository;

                public interface %2$sRepository extends JpaRepository<%2$s, Long> {

                    List<%2$s> findByStatusOrderByIdAsc(String status);

                    Optional<%2$s> findByCode(String code);

                    boolean existsByCode(String code);

                    long countByStatus(String status);
                }
                """.formatted(pkg, name), true);
        file(path(pkg + ".dto", name + "Dto"), """
                package %1$s.dto;

                import java.math.BigDecimal;

                /** What the API shows of a %2$s. */
                public record %2$sDto(Long id, String code, String name, String status, BigDecimal amount,
                                      int quantity, Long parentId) {

                    public boolean active() {
                        return "ACTIVE".equals(status);
                    }
                }
                """.formatted(pkg, name), true);
        file(path(pkg + ".dto", "Create" + name + "Request"), """
                package %1$s.dto;

                import jakarta.validation.constraints.NotBlank;
                import jakarta.validation.constraints.PositiveOrZero;
                import java.math.BigDecimal;

                public record Create%2$sRequest(@NotBlank String code, @NotBlank String name, BigDecimal amount,
                                                @PositiveOrZero int quantity, Long parentId, Long refId) {
                }
                """.formatted(pkg, name), true);
        file(path(pkg + ".mapper", name + "Mapper"), mapperSource(pkg, name, parent), true);
        file(path(pkg + ".service", name + "Service"), serviceSource(pkg, name, parent, remote, linked), true);
        file(path(pkg + ".web", name + "Controller"), controllerSource(pkg, cap, name, var), true);
        return List.of(pkg + ".domain." + name, pkg + ".repository." + name + "Repository",
                pkg + ".dto." + name + "Dto", pkg + ".dto.Create" + name + "Request", pkg + ".mapper." + name + "Mapper",
                pkg + ".service." + name + "Service", pkg + ".web." + name + "Controller");
    }

    private String capOf(int c) {
        return c < CAPABILITIES.length ? CAPABILITIES[c] : CAPABILITIES[c % CAPABILITIES.length]
                + (c / CAPABILITIES.length + 1);
    }

    private static String entitySource(String pkg, String cap, String name, String parent, String[] linked,
                                       List<String[]> extra) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(".domain;\n\n");
        if (linked != null) {
            s.append("import ").append(BASE).append('.').append(linked[0]).append(".domain.").append(linked[1])
                    .append(";\n");
        }
        s.append("import ").append(SHARED).append(".domain.BaseEntity;\n");
        s.append("""
                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.FetchType;
                import jakarta.persistence.JoinColumn;
                import jakarta.persistence.ManyToOne;
                import jakarta.persistence.Table;
                import java.math.BigDecimal;
                import java.time.Instant;
                import java.time.LocalDate;

                """);
        s.append("@Entity\n@Table(name = \"").append(cap).append('_').append(snake(name)).append("\")\n");
        s.append("public class ").append(name).append(" extends BaseEntity {\n\n");
        List<String[]> fields = new ArrayList<>(List.of(new String[] {"String", "code"},
                new String[] {"String", "name"}, new String[] {"String", "status"},
                new String[] {"BigDecimal", "amount"}, new String[] {"Integer", "quantity"}));
        fields.addAll(extra);
        for (String[] f : fields) {
            s.append("    @Column(name = \"").append(snake(f[1])).append('"')
                    .append(f[1].equals("code") ? ", nullable = false, unique = true" : "").append(")\n")
                    .append("    private ").append(f[0]).append(' ').append(f[1]).append(";\n\n");
        }
        List<String[]> refs = new ArrayList<>();
        if (parent != null) {
            refs.add(new String[] {parent, "parent"});
        }
        if (linked != null) {
            refs.add(new String[] {linked[1], lower(linked[1])});
        }
        for (String[] r : refs) {
            s.append("    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"").append(snake(r[1]))
                    .append("_id\")\n    private ").append(r[0]).append(' ').append(r[1]).append(";\n\n");
        }
        s.append("    protected ").append(name).append("() {\n    }\n\n");
        s.append("    public ").append(name).append("(String code, String name) {\n")
                .append("        this.code = code;\n        this.name = name;\n        this.status = \"ACTIVE\";\n")
                .append("        this.amount = BigDecimal.ZERO;\n        this.quantity = 0;\n    }\n");
        List<String[]> all = new ArrayList<>(fields);
        all.addAll(refs);
        for (String[] f : all) {
            String prop = capital(f[1]);
            s.append("\n    public ").append(f[0]).append(" get").append(prop).append("() {\n        return ")
                    .append(f[1]).append(";\n    }\n\n    public void set").append(prop).append('(').append(f[0])
                    .append(' ').append(f[1]).append(") {\n        this.").append(f[1]).append(" = ").append(f[1])
                    .append(";\n    }\n");
        }
        s.append("""

                    public boolean isActive() {
                        return "ACTIVE".equals(status);
                    }

                    public BigDecimal total() {
                        return amount == null ? BigDecimal.ZERO : amount.multiply(BigDecimal.valueOf(quantity == null ? 0 : quantity));
                    }
                }
                """);
        return s.toString();
    }

    private static String mapperSource(String pkg, String name, String parent) {
        return """
                package %1$s.mapper;

                import %1$s.domain.%2$s;
                import %1$s.dto.Create%2$sRequest;
                import %1$s.dto.%2$sDto;
                import %3$s.util.Money;
                import %3$s.util.Strings;
                import org.springframework.stereotype.Component;

                @Component
                public class %2$sMapper {

                    public %2$sDto toDto(%2$s entity) {
                        return new %2$sDto(entity.getId(), entity.getCode(), entity.getName(), entity.getStatus(),
                                Money.normalize(entity.getAmount()), entity.getQuantity() == null ? 0 : entity.getQuantity(),
                                %4$s);
                    }

                    public %2$s toEntity(Create%2$sRequest request) {
                        %2$s entity = new %2$s(Strings.normalizeCode(request.code()), Strings.trimToEmpty(request.name()));
                        apply(request, entity);
                        return entity;
                    }

                    public void apply(Create%2$sRequest request, %2$s entity) {
                        entity.setName(Strings.trimToEmpty(request.name()));
                        entity.setAmount(Money.normalize(request.amount()));
                        entity.setQuantity(request.quantity());
                    }
                }
                """.formatted(pkg, name, SHARED,
                parent == null ? "null" : "entity.getParent() == null ? null : entity.getParent().getId()");
    }

    private static String serviceSource(String pkg, String name, String parent, List<String[]> remote,
                                        String[] linked) {
        String var = lower(name);
        StringBuilder imports = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        StringBuilder params = new StringBuilder();
        StringBuilder assigns = new StringBuilder();
        List<String> imported = new ArrayList<>();
        imported.add(pkg + ".domain." + name);
        imported.add(pkg + ".dto.Create" + name + "Request");
        imported.add(pkg + ".dto." + name + "Dto");
        imported.add(pkg + ".mapper." + name + "Mapper");
        imported.add(pkg + ".repository." + name + "Repository");
        List<String[]> deps = new ArrayList<>(); // {type, field}
        deps.add(new String[] {name + "Repository", "repository"});
        deps.add(new String[] {name + "Mapper", "mapper"});
        if (parent != null) {
            imported.add(pkg + ".domain." + parent);
            deps.add(new String[] {parent + "Service", lower(parent) + "Service"});
        }
        for (String[] r : remote) {
            String rp = BASE + "." + r[0];
            imported.add(rp + ".service." + r[1] + "Service");
            imported.add(rp + ".dto." + r[1] + "Dto");
            deps.add(new String[] {r[1] + "Service", lower(r[1]) + "Service"});
        }
        if (linked != null) {
            imported.add(BASE + "." + linked[0] + ".domain." + linked[1]);
        }
        imported.add(SHARED + ".error.NotFoundException");
        imported.add(SHARED + ".util.Money");
        imported.add(SHARED + ".util.Strings");
        imported.add("java.math.BigDecimal");
        imported.add("java.util.List");
        imported.add("org.springframework.stereotype.Service");
        imported.add("org.springframework.transaction.annotation.Transactional");
        imported.stream().distinct().sorted().forEach(i -> imports.append("import ").append(i).append(";\n"));
        for (String[] d : deps) {
            fields.append("    private final ").append(d[0]).append(' ').append(d[1]).append(";\n");
            params.append(params.length() == 0 ? "" : ", ").append(d[0]).append(' ').append(d[1]);
            assigns.append("        this.").append(d[1]).append(" = ").append(d[1]).append(";\n");
        }
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(".service;\n\n").append(imports).append('\n');
        s.append("@Service\n@Transactional\npublic class ").append(name).append("Service {\n\n").append(fields)
                .append("\n    public ").append(name).append("Service(").append(params).append(") {\n")
                .append(assigns).append("    }\n");
        s.append("""

                    @Transactional(readOnly = true)
                    public %1$s get(Long id) {
                        return repository.findById(id).orElseThrow(() -> new NotFoundException("%1$s", id));
                    }

                    @Transactional(readOnly = true)
                    public %1$sDto find(Long id) {
                        return mapper.toDto(get(id));
                    }

                    @Transactional(readOnly = true)
                    public List<%1$sDto> list(String status) {
                        return repository.findByStatusOrderByIdAsc(Strings.defaultIfBlank(status, "ACTIVE")).stream()
                                .map(mapper::toDto).toList();
                    }

                    @Transactional(readOnly = true)
                    public BigDecimal total(String status) {
                        BigDecimal sum = BigDecimal.ZERO;
                        for (%1$s entity : repository.findByStatusOrderByIdAsc(status)) {
                            sum = Money.add(sum, entity.total());
                        }
                        return sum;
                    }

                    public %1$sDto create(Create%1$sRequest request) {
                        if (repository.existsByCode(Strings.normalizeCode(request.code()))) {
                            throw new IllegalStateException("%1$s " + request.code() + " exists already");
                        }
                        %1$s %2$s = mapper.toEntity(request);
                """.formatted(name, var));
        if (parent != null) {
            s.append("        if (request.parentId() != null) {\n            ").append(var).append(".setParent(")
                    .append(lower(parent)).append("Service.get(request.parentId()));\n        }\n");
        }
        if (linked != null) {
            s.append("        if (request.refId() != null) {\n            ").append(var).append(".set")
                    .append(linked[1]).append('(').append(lower(linked[1])).append("Service.get(request.refId()));\n")
                    .append("        }\n");
        }
        for (String[] r : remote) {
            if (linked == null || !r[1].equals(linked[1])) {
                s.append("        if (request.refId() != null) {\n            ").append(r[1]).append("Dto ")
                        .append(lower(r[1])).append(" = ").append(lower(r[1])).append("Service.find(request.refId());\n")
                        .append("            if (!").append(lower(r[1])).append(".active()) {\n")
                        .append("                ").append(var).append(".setStatus(\"PENDING\");\n")
                        .append("            }\n        }\n");
            }
        }
        s.append("""
                        return mapper.toDto(repository.save(%2$s));
                    }

                    public %1$sDto update(Long id, Create%1$sRequest request) {
                        %1$s %2$s = get(id);
                        mapper.apply(request, %2$s);
                        return mapper.toDto(%2$s);
                    }

                    public %1$sDto rename(Long id, String name) {
                        %1$s %2$s = get(id);
                        %2$s.setName(Strings.trimToEmpty(name));
                        return mapper.toDto(%2$s);
                    }

                    public void close(Long id) {
                        get(id).setStatus("CLOSED");
                    }

                    public void delete(Long id) {
                        repository.delete(get(id));
                    }

                    @Transactional(readOnly = true)
                    public BigDecimal exposure() {
                        BigDecimal sum = total("ACTIVE");
                """.formatted(name, var));
        for (String[] r : remote) {
            s.append("        sum = Money.add(sum, ").append(lower(r[1])).append("Service.total(\"ACTIVE\"));\n");
        }
        s.append("        return sum;\n    }\n}\n");
        return s.toString();
    }

    private static String controllerSource(String pkg, String cap, String name, String var) {
        return """
                package %1$s.web;

                import %1$s.dto.Create%2$sRequest;
                import %1$s.dto.%2$sDto;
                import %1$s.service.%2$sService;
                import jakarta.validation.Valid;
                import java.math.BigDecimal;
                import java.util.List;
                import org.springframework.http.HttpStatus;
                import org.springframework.web.bind.annotation.DeleteMapping;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.PathVariable;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.bind.annotation.PutMapping;
                import org.springframework.web.bind.annotation.RequestBody;
                import org.springframework.web.bind.annotation.RequestMapping;
                import org.springframework.web.bind.annotation.RequestParam;
                import org.springframework.web.bind.annotation.ResponseStatus;
                import org.springframework.web.bind.annotation.RestController;

                @RestController
                @RequestMapping("/api/%3$s/%4$s")
                public class %2$sController {

                    private final %2$sService %5$sService;

                    public %2$sController(%2$sService %5$sService) {
                        this.%5$sService = %5$sService;
                    }

                    @GetMapping
                    public List<%2$sDto> list(@RequestParam(required = false) String status) {
                        return %5$sService.list(status);
                    }

                    @GetMapping("/{id}")
                    public %2$sDto get(@PathVariable Long id) {
                        return %5$sService.find(id);
                    }

                    @GetMapping("/total")
                    public BigDecimal total(@RequestParam(defaultValue = "ACTIVE") String status) {
                        return %5$sService.total(status);
                    }

                    @GetMapping("/exposure")
                    public BigDecimal exposure() {
                        return %5$sService.exposure();
                    }

                    @PostMapping
                    @ResponseStatus(HttpStatus.CREATED)
                    public %2$sDto create(@Valid @RequestBody Create%2$sRequest request) {
                        return %5$sService.create(request);
                    }

                    @PutMapping("/{id}")
                    public %2$sDto update(@PathVariable Long id, @Valid @RequestBody Create%2$sRequest request) {
                        return %5$sService.update(id, request);
                    }

                    @PostMapping("/{id}/close")
                    public void close(@PathVariable Long id) {
                        %5$sService.close(id);
                    }

                    @DeleteMapping("/{id}")
                    @ResponseStatus(HttpStatus.NO_CONTENT)
                    public void delete(@PathVariable Long id) {
                        %5$sService.delete(id);
                    }
                }
                """.formatted(pkg, name, cap, snake(name).replace('_', '-') + "s", var);
    }

    /** The shared package: base entity, not-found exception, utilities. Returns their names. */
    private List<String> shared() {
        file(path(SHARED + ".domain", "BaseEntity"), """
                package %s.domain;

                import jakarta.persistence.Column;
                import jakarta.persistence.GeneratedValue;
                import jakarta.persistence.GenerationType;
                import jakarta.persistence.Id;
                import jakarta.persistence.MappedSuperclass;
                import jakarta.persistence.PrePersist;
                import jakarta.persistence.PreUpdate;
                import jakarta.persistence.Version;
                import java.time.LocalDateTime;

                @MappedSuperclass
                public abstract class BaseEntity {

                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Version
                    private Long version;

                    @Column(name = "created_at", updatable = false)
                    private LocalDateTime createdAt;

                    @Column(name = "updated_at")
                    private LocalDateTime updatedAt;

                    @PrePersist
                    protected void onCreate() {
                        createdAt = LocalDateTime.now();
                        updatedAt = createdAt;
                    }

                    @PreUpdate
                    protected void onUpdate() {
                        updatedAt = LocalDateTime.now();
                    }

                    public Long getId() {
                        return id;
                    }

                    public Long getVersion() {
                        return version;
                    }

                    public LocalDateTime getCreatedAt() {
                        return createdAt;
                    }

                    public LocalDateTime getUpdatedAt() {
                        return updatedAt;
                    }
                }
                """.formatted(SHARED), true);
        file(path(SHARED + ".error", "NotFoundException"), """
                package %s.error;

                import org.springframework.http.HttpStatus;
                import org.springframework.web.bind.annotation.ResponseStatus;

                @ResponseStatus(HttpStatus.NOT_FOUND)
                public class NotFoundException extends RuntimeException {

                    public NotFoundException(String what, Object id) {
                        super(what + " " + id + " not found");
                    }
                }
                """.formatted(SHARED), true);
        file(path(SHARED + ".util", "Money"), """
                package %s.util;

                import java.math.BigDecimal;
                import java.math.RoundingMode;

                public final class Money {

                    private Money() {
                    }

                    public static BigDecimal normalize(BigDecimal amount) {
                        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
                    }

                    public static BigDecimal add(BigDecimal a, BigDecimal b) {
                        return normalize(a).add(normalize(b));
                    }

                    public static boolean positive(BigDecimal amount) {
                        return amount != null && amount.signum() > 0;
                    }
                }
                """.formatted(SHARED), true);
        file(path(SHARED + ".util", "Strings"), """
                package %s.util;

                import java.util.Locale;

                public final class Strings {

                    private Strings() {
                    }

                    public static String trimToEmpty(String s) {
                        return s == null ? "" : s.trim();
                    }

                    public static boolean isBlank(String s) {
                        return s == null || s.isBlank();
                    }

                    public static String defaultIfBlank(String s, String fallback) {
                        return isBlank(s) ? fallback : s.trim();
                    }

                    public static String normalizeCode(String code) {
                        return trimToEmpty(code).toUpperCase(Locale.ROOT).replace(' ', '-');
                    }
                }
                """.formatted(SHARED), true);
        return List.of(SHARED + ".domain.BaseEntity", SHARED + ".error.NotFoundException", SHARED + ".util.Money",
                SHARED + ".util.Strings");
    }

    private static String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId>
                    <version>3.5.7</version>
                    <relativePath/>
                  </parent>
                  <groupId>com.acme</groupId>
                  <artifactId>synth</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <name>Synthetic monolith (Cleave code generation benchmark)</name>
                  <properties>
                    <java.version>17</java.version>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-web</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-data-jpa</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-validation</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>com.h2database</groupId>
                      <artifactId>h2</artifactId>
                      <scope>runtime</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.springframework.boot</groupId>
                        <artifactId>spring-boot-maven-plugin</artifactId>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """;
    }

    private static String properties() {
        return """
                spring.application.name=synth
                spring.datasource.url=jdbc:h2:mem:synth;DB_CLOSE_DELAY=-1
                spring.datasource.username=sa
                spring.datasource.password=
                spring.jpa.hibernate.ddl-auto=create-drop
                spring.jpa.open-in-view=false
                server.port=8080
                server.error.include-message=always
                """;
    }

    private void file(String relative, String text, boolean javaSource) {
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        if (javaSource) {
            files++;
            lines += text.lines().count();
        }
    }

    private static String path(String pkg, String type) {
        return "src/main/java/" + pkg.replace('.', '/') + "/" + type + ".java";
    }

    static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code StockItem} → {@code stock_item}. */
    static String snake(String s) {
        return s.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
