package demo.names;

public record PersonRenamed(Long id, String name) {
}
