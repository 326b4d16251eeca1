package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found on a real Spring Boot 2.7 application: a form posts {@code author=2} into {@code @ModelAttribute Book book},
 * whose {@code author} is an entity. Spring Data's web support converted the id into the author through
 * {@code AuthorRepository}; in the books service, which had no repository of authors, binding failed and the form
 * answered 400. A service now gets a copy of a repository of each entity its controllers bind from request parameters
 * (not from a JSON body, which Jackson reads).
 */
class BoundEntityRepositoriesTest {
    private static final String PKG = "src/main/java/org/example/library/";

    @TempDir
    Path dir;

    @Test
    void aServiceGetsARepositoryOfEachEntityItsControllersBindFromRequestParameters() throws IOException {
        Path root = dir.resolve("library");
        write(root, "pom.xml", TinyMonoliths.bootPom("library", "org.springframework.boot:spring-boot-starter-data-jpa",
                "org.springframework.boot:spring-boot-starter-web", "com.h2database:h2"));
        write(root, PKG + "LibraryApplication.java", """
                package org.example.library;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class LibraryApplication {
                    public static void main(String[] args) {
                        org.springframework.boot.SpringApplication.run(LibraryApplication.class, args);
                    }
                }
                """);
        entity(root, "authors/Author", "");
        entity(root, "authors/Shelf", "");
        entity(root, "authors/Tag", "");
        entity(root, "books/Book", "@jakarta.persistence.ManyToOne org.example.library.authors.Author author;");
        for (String repository : List.of("authors/Author", "authors/Shelf", "authors/Tag", "books/Book")) {
            String type = repository.substring(repository.indexOf('/') + 1);
            String pkg = repository.substring(0, repository.indexOf('/'));
            write(root, PKG + repository + "Repository.java", """
                    package org.example.library.%s;
                    public interface %sRepository extends org.springframework.data.jpa.repository.JpaRepository<%s, Long> { }
                    """.formatted(pkg, type, type));
        }
        write(root, PKG + "books/BookController.java", """
                package org.example.library.books;
                import org.example.library.authors.Shelf;
                import org.example.library.authors.Tag;
                import org.springframework.web.bind.annotation.*;
                @org.springframework.stereotype.Controller
                public class BookController {
                    private final BookRepository books;
                    public BookController(BookRepository books) { this.books = books; }
                    @PostMapping("/book/save")
                    public String save(@ModelAttribute("book") Book book) { books.save(book); return "redirect:/books"; }
                    @GetMapping("/shelves/{id}")
                    public String shelf(@PathVariable("id") Shelf shelf) { return "shelf"; }
                    @PostMapping("/tags")
                    @ResponseBody
                    public String tag(@RequestBody Tag tag) { return "ok"; }
                }
                """);
        String a = "org.example.library.authors.";
        Plan plan = Plan.of(List.of(
                Service.of("authors", List.of(a + "Author", a + "AuthorRepository", a + "Shelf", a + "ShelfRepository",
                        a + "Tag", a + "TagRepository")),
                Service.of("books", List.of("org.example.library.books.Book", "org.example.library.books.BookRepository",
                        "org.example.library.books.BookController"))),
                List.of("org.example.library.LibraryApplication"));
        Path out = dir.resolve("out");
        Generator.generate(null, plan, GenerateOptions.of(root, out));

        Path books = out.resolve("services/books/src/main/java/org/example/library/authors");
        assertThat(books.resolve("AuthorRepository.java")).as("a form object's entity property").isRegularFile();
        assertThat(books.resolve("ShelfRepository.java")).as("an entity parameter").isRegularFile();
        assertThat(books.resolve("TagRepository.java")).as("a JSON body: Jackson reads it, no repository")
                .doesNotExist();
    }

    private static void entity(Path root, String name, String field) throws IOException {
        String pkg = name.substring(0, name.indexOf('/'));
        String type = name.substring(name.indexOf('/') + 1);
        write(root, PKG + name + ".java", """
                package org.example.library.%s;
                @jakarta.persistence.Entity
                public class %s { @jakarta.persistence.Id Long id; %s }
                """.formatted(pkg, type, field));
    }

    private static void write(Path root, String file, String text) throws IOException {
        TinyMonoliths.write(root, file, text);
    }
}
