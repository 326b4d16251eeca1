package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A controller's routes as Spring MVC merges its mappings: its own, else its supertypes' in the sources. */
class RoutesTest {
    private static final String WEB = "import org.springframework.web.bind.annotation.*;\n";

    @TempDir
    Path dir;

    @Test
    void mappingsOfAnImplementedApiInterfaceServeTheControllerThatHasNoneOfItsOwn() throws IOException {
        source("pets/api/PetsApi.java", "package pets.api;\n" + WEB + """
                @RequestMapping("/api")
                public interface PetsApi {
                    @GetMapping("/pets/{id}") String pet(@PathVariable("id") int id);
                    @PostMapping(value = "/pets", produces = "application/json") String add(@RequestBody String pet);
                    @GetMapping("/pets/{id}/visits") default String visits(@PathVariable("id") int id) { return ""; }
                }
                """);
        source("pets/PetController.java", "package pets;\nimport pets.api.PetsApi;\n" + WEB + """
                @RestController
                class PetController implements PetsApi {
                    @Override public String pet(int id) { return ""; }
                    @Override public String add(String pet) { return pet; }
                    public String notAHandler(int id) { return ""; }
                }
                """);

        assertThat(routes("pets.PetController"))
                .containsExactly("/api/pets", "/api/pets/{id}", "/api/pets/{id}/visits");
    }

    @Test
    void anAbstractBaseControllersPrefixAndHandlersAreInherited() throws IOException {
        source("shop/BaseController.java", "package shop;\n" + WEB + """
                @RequestMapping("shop")
                abstract class BaseController<T> {
                    @GetMapping("/health") String health() { return "up"; }
                    @PutMapping("/{id}") abstract String save(@PathVariable long id, @RequestBody T item);
                }
                """);
        source("shop/OrderController.java", "package shop;\n" + WEB + """
                @RestController
                class OrderController extends BaseController<Order> {
                    @Override String save(long id, Order order) { return ""; }
                    @DeleteMapping("/{id}") String remove(@PathVariable long id) { return ""; }
                }
                """);
        source("shop/Order.java", "package shop;\nrecord Order(long id) {}\n");

        assertThat(routes("shop.OrderController")).containsExactly("/shop/health", "/shop/{id}");
    }

    @Test
    void aControllersOwnPrefixAndMappingWinOverItsSupertypes() throws IOException {
        source("a/Api.java", "package a;\n" + WEB + """
                @RequestMapping("/v1")
                interface Api {
                    @GetMapping("/old") String list();
                    @GetMapping("/kept") String kept();
                }
                """);
        source("a/Base.java", "package a;\n" + WEB + """
                abstract class Base implements Api {
                    @GetMapping("/from-base") public String list() { return ""; }
                }
                """);
        source("a/ListController.java", "package a;\n" + WEB + """
                @RestController
                @RequestMapping("/v2")
                class ListController extends Base {
                    @Override @GetMapping({"/new", "/newer"}) public String list() { return ""; }
                    @Override public String kept() { return ""; }
                }
                """);

        assertThat(routes("a.ListController")).containsExactly("/v2/kept", "/v2/new", "/v2/newer");
    }

    @Test
    void aGeneratedApiInterfaceLeftByTheBuildIsReadAndItsPlaceholderPrefixGivesItsDefault() throws IOException {
        Files.createDirectories(dir.resolve("src/main/java"));
        write("target/generated-sources/openapi/src/main/java/vets/api/VetsApi.java", "package vets.api;\n" + WEB + """
                @RequestMapping("${openapi.clinic.base-path:/api}")
                public interface VetsApi {
                    @RequestMapping(method = RequestMethod.GET, value = "/vets") String vets();
                }
                """);
        source("vets/VetController.java", "package vets;\nimport vets.api.VetsApi;\n" + WEB + """
                @RestController
                class VetController implements VetsApi {
                    @Override public String vets() { return ""; }
                }
                """);
        Monolith monolith = Monolith.load(dir, List.of());

        assertThat(routes("vets.VetController")).containsExactly("/api/vets");
        assertThat(monolith.types()).as("read for routes only, never part of a service")
                .doesNotContainKey("vets.api.VetsApi");
        assertThat(Routes.unseenSupertypes(monolith.type("vets.VetController"), monolith.typesWithGenerated()))
                .isEmpty();
    }

    /**
     * OpenAPI Generator 7 writes each path as a constant of the interface ({@code value = OwnersApi.PATH_ADD_OWNER});
     * read as literals only, every handler had the bare prefix and four services claimed {@code /api} (found on
     * spring-petclinic-rest).
     */
    @Test
    void pathsNamedByConstantsAreFoldedAsTheCompilerDoes() throws IOException {
        Files.createDirectories(dir.resolve("src/main/java"));
        write("target/generated-sources/openapi/src/main/java/owners/api/OwnersApi.java", "package owners.api;\n" + WEB + """
                @RequestMapping("${openapi.petclinic.base-path:/api}")
                public interface OwnersApi {
                    String PATH_ADD_OWNER = "/owners";
                    String PATH_GET_OWNER = PATH_ADD_OWNER + "/{ownerId}";
                    @RequestMapping(method = RequestMethod.POST, value = OwnersApi.PATH_ADD_OWNER) String addOwner();
                    @RequestMapping(method = RequestMethod.GET, value = PATH_GET_OWNER) String getOwner();
                    @RequestMapping(method = RequestMethod.GET, value = Paths.VISITS) String visits();
                    final class Paths { static final String VISITS = "/owners/{ownerId}/visits"; }
                }
                """);
        source("owners/OwnerController.java", "package owners;\nimport owners.api.OwnersApi;\n" + WEB + """
                @RestController
                @RequestMapping(Root.PATH)
                class OwnerController implements OwnersApi {
                    @Override public String addOwner() { return ""; }
                    @Override public String getOwner() { return ""; }
                    @Override public String visits() { return ""; }
                }
                """);
        source("owners/Root.java", "package owners;\ninterface Root { String PATH = \"/\"; }\n");

        assertThat(routes("owners.OwnerController")).as("the controller's own prefix / joined without //")
                .containsExactly("/owners", "/owners/{ownerId}", "/owners/{ownerId}/visits");
    }

    /**
     * Spring Data REST serves each exported repository under its path (found on spring-boot-shopping-cart:
     * {@code /users/2} went to the service serving {@code /}, which had no user repository).
     */
    @Test
    void exportedRepositoriesGetTheirSpringDataRestPaths() throws IOException {
        String data = "import org.springframework.data.jpa.repository.JpaRepository;\n"
                + "import org.springframework.data.rest.core.annotation.RepositoryRestResource;\n";
        source("shop/ProductRepository.java", "package shop;\n" + data
                + "public interface ProductRepository extends JpaRepository<Product, Long> {}\n");
        source("shop/CategoryRepository.java", "package shop;\n" + data
                + "public interface CategoryRepository extends JpaRepository<Category, Long> {}\n");
        source("shop/UserRepository.java", "package shop;\n" + data
                + "@RepositoryRestResource(path = \"people\")\ninterface UserRepository extends JpaRepository<User, Long> {}\n");
        source("shop/RoleRepository.java", "package shop;\n" + data
                + "@RepositoryRestResource(exported = false)\npublic interface RoleRepository extends JpaRepository<Role, Long> {}\n");
        source("shop/InternalRepository.java", "package shop;\n" + data
                + "interface InternalRepository extends JpaRepository<Role, Long> {}\n");
        Monolith monolith = Monolith.load(dir, List.of());

        assertThat(Routes.dataRest(monolith.type("shop.ProductRepository"), null))
                .containsExactly("/products", "/products/**", "/profile/products");
        assertThat(Routes.dataRest(monolith.type("shop.CategoryRepository"), "/api/"))
                .containsExactly("/api/categories", "/api/categories/**", "/api/profile/categories");
        assertThat(Routes.dataRest(monolith.type("shop.UserRepository"), "")).contains("/people");
        assertThat(Routes.dataRest(monolith.type("shop.RoleRepository"), "")).isEmpty();
        assertThat(Routes.dataRest(monolith.type("shop.InternalRepository"), "")).as("not public").isEmpty();
        assertThat(Routes.plural("Address")).isEqualTo("Addresses");
        assertThat(Routes.plural("Day")).isEqualTo("Days");
    }

    @Test
    void aSupertypeMissingFromTheSourcesIsNamedWhenTheControllerOverridesItsMethods() throws IOException {
        source("vets/VetController.java", "package vets;\nimport vets.api.VetsApi;\n" + WEB + """
                @RestController
                class VetController implements VetsApi, java.io.Serializable {
                    @Override public String vets() { return ""; }
                }
                """);
        Monolith monolith = Monolith.load(dir, List.of());

        assertThat(Routes.of(monolith.type("vets.VetController"), monolith.typesWithGenerated())).isEmpty();
        assertThat(Routes.unseenSupertypes(monolith.type("vets.VetController"), monolith.typesWithGenerated()))
                .containsExactly("VetsApi", "java.io.Serializable");
    }

    private Set<String> routes(String controller) {
        Monolith monolith = Monolith.load(dir, List.of());
        return Routes.of(monolith.type(controller), monolith.typesWithGenerated());
    }

    private void source(String path, String text) throws IOException {
        write("src/main/java/" + path, text);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
