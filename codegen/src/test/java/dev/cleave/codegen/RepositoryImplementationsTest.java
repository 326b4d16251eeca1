package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found on spring-petclinic-rest: a service whose business class uses the application's own repository interface
 * ({@code PetRepository}, no annotation) got a copy of the interface and no bean behind it, because the Spring Data
 * interface extending it and the implementations chosen by profile are only reachable from the interface backwards.
 * A service now brings what implements a data-access interface it uses (and a fragment's implementation), but not
 * every repository that extends a generic base repository.
 */
class RepositoryImplementationsTest {
    @TempDir
    Path dir;

    @Test
    void aRepositoryInterfaceAServiceUsesBringsItsImplementationsWhereverThePlanPutThem() throws IOException {
        Path root = dir.resolve("clinic");
        write(root, "pom.xml", TinyMonoliths.bootPom("clinic", "org.springframework.boot:spring-boot-starter-data-jpa", "org.springframework.boot:spring-boot-starter-web", "com.h2database:h2"));
        String pkg = "src/main/java/org/example/clinic/";
        write(root, pkg + "ClinicApplication.java", """
                package org.example.clinic;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class ClinicApplication {
                    public static void main(String[] args) {
                        org.springframework.boot.SpringApplication.run(ClinicApplication.class, args);
                    }
                }
                """);
        write(root, pkg + "model/Pet.java", """
                package org.example.clinic.model;
                @jakarta.persistence.Entity
                public class Pet { @jakarta.persistence.Id Integer id; }
                """);
        write(root, pkg + "model/Vet.java", """
                package org.example.clinic.model;
                @jakarta.persistence.Entity
                public class Vet { @jakarta.persistence.Id Integer id; }
                """);
        write(root, pkg + "repository/PetRepository.java", """
                package org.example.clinic.repository;
                import org.example.clinic.model.Pet;
                public interface PetRepository { Pet findById(int id); }
                """);
        write(root, pkg + "repository/PetRepositoryOverride.java", """
                package org.example.clinic.repository;
                public interface PetRepositoryOverride { void delete(org.example.clinic.model.Pet pet); }
                """);
        write(root, pkg + "repository/PetRepositoryOverrideImpl.java", """
                package org.example.clinic.repository;
                public class PetRepositoryOverrideImpl implements PetRepositoryOverride {
                    public void delete(org.example.clinic.model.Pet pet) { }
                }
                """);
        write(root, pkg + "repository/springdatajpa/SpringDataPetRepository.java", """
                package org.example.clinic.repository.springdatajpa;
                import org.example.clinic.model.Pet;
                import org.example.clinic.repository.PetRepository;
                import org.example.clinic.repository.PetRepositoryOverride;
                import org.springframework.context.annotation.Profile;
                import org.springframework.data.repository.Repository;
                @Profile("spring-data-jpa")
                public interface SpringDataPetRepository extends PetRepository, Repository<Pet, Integer>, PetRepositoryOverride { }
                """);
        write(root, pkg + "repository/jpa/JpaPetRepositoryImpl.java", """
                package org.example.clinic.repository.jpa;
                import org.example.clinic.model.Pet;
                import org.example.clinic.repository.PetRepository;
                @org.springframework.stereotype.Repository
                @org.springframework.context.annotation.Profile("jpa")
                public class JpaPetRepositoryImpl implements PetRepository {
                    public Pet findById(int id) { return null; }
                }
                """);
        write(root, pkg + "repository/BaseRepository.java", """
                package org.example.clinic.repository;
                @org.springframework.data.repository.NoRepositoryBean
                public interface BaseRepository<T> extends org.springframework.data.jpa.repository.JpaRepository<T, Integer> { }
                """);
        write(root, pkg + "repository/VetRepository.java", """
                package org.example.clinic.repository;
                public interface VetRepository extends BaseRepository<org.example.clinic.model.Vet> { }
                """);
        write(root, pkg + "service/PetService.java", """
                package org.example.clinic.service;
                import org.example.clinic.model.Pet;
                import org.example.clinic.repository.PetRepository;
                @org.springframework.stereotype.Service
                public class PetService {
                    private final PetRepository pets;
                    public PetService(PetRepository pets) { this.pets = pets; }
                    public Pet pet(int id) { return pets.findById(id); }
                }
                """);
        write(root, pkg + "service/VetService.java", """
                package org.example.clinic.service;
                import org.example.clinic.repository.VetRepository;
                @org.springframework.stereotype.Service
                public class VetService {
                    private final VetRepository vets;
                    public VetService(VetRepository vets) { this.vets = vets; }
                    public long count() { return vets.count(); }
                }
                """);
        String r = "org.example.clinic.repository.";
        Plan plan = Plan.of(List.of(
                Service.of("pets", List.of("org.example.clinic.service.PetService")),
                Service.of("data", List.of(r + "PetRepository", r + "PetRepositoryOverride",
                        r + "PetRepositoryOverrideImpl", r + "springdatajpa.SpringDataPetRepository",
                        r + "jpa.JpaPetRepositoryImpl", r + "BaseRepository", r + "VetRepository",
                        "org.example.clinic.model.Pet", "org.example.clinic.model.Vet",
                        "org.example.clinic.service.VetService"))),
                List.of("org.example.clinic.ClinicApplication"));

        Generator.generate(null, plan, GenerateOptions.of(root, dir.resolve("out")));

        Path pets = dir.resolve("out/services/pets/src/main/java/org/example/clinic/repository");
        assertThat(Files.readString(pets.resolve("PetRepository.java"))).as("a copy of the data access, not a client")
                .contains("Pet findById(int id);").doesNotContain("RemoteCalls");
        assertThat(pets.resolve("springdatajpa/SpringDataPetRepository.java"))
                .as("the Spring Data interface behind it, for its profile").isRegularFile();
        assertThat(pets.resolve("jpa/JpaPetRepositoryImpl.java")).as("the implementation for another profile")
                .isRegularFile();
        assertThat(pets.resolve("PetRepositoryOverrideImpl.java")).as("the fragment's implementation").isRegularFile();
        assertThat(pets.resolve("VetRepository.java")).as("no other repository: nothing of pets uses it")
                .doesNotExist();
        assertThat(pets.resolve("BaseRepository.java")).doesNotExist();
    }

    private static void write(Path root, String file, String text) throws IOException {
        TinyMonoliths.write(root, file, text);
    }
}
