package dev.cleave.analyzer.internal.facts;

import dev.cleave.analyzer.internal.source.SourceFiles;
import dev.cleave.analyzer.internal.source.SourceLayout;
import dev.cleave.model.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads all descriptors of a layout once, by root element: web.xml/web-fragment.xml, ejb-jar.xml, struts-config.xml
 * and struts.xml, Spring XML beans (and the files they {@code <import>} that the layout did not list), MyBatis
 * mappers and configuration, orm.xml and hbm.xml. A malformed file is reported and skipped. What needs the
 * project's types (the classes the wiring names) is linked later, by {@link DescriptorFacts#linkers}.
 */
final class Descriptors {
    /** Imports followed from one file to the next, at most. */
    private static final int MAX_FILES = 10_000;

    /** A parsed descriptor and its path relative to the project root. */
    record Doc(Element root, String file) {
    }

    private Descriptors() {
    }

    static DescriptorFacts read(SourceLayout layout, Consumer<Problem> problems) {
        Path root = layout.root();
        SpringImports imports = new SpringImports(layout);
        Set<Path> seen = new HashSet<>();
        Deque<Path> queue = new ArrayDeque<>(layout.descriptorFiles());
        List<Doc> docs = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MAX_FILES) {
            Path file = queue.removeFirst().toAbsolutePath().normalize();
            if (!seen.add(file)) {
                continue;
            }
            parse(root, file, problems).ifPresent(doc -> {
                docs.add(doc);
                if (SpringXml.isBeansFile(doc.root())) {
                    imports.of(file, doc.root()).stream().filter(f -> !seen.contains(f)).forEach(queue::addLast);
                }
            });
        }
        return facts(docs);
    }

    private static Optional<Doc> parse(Path root, Path file, Consumer<Problem> problems) {
        String relative = SourceFiles.relativePath(root, file);
        try {
            Document doc = XmlDocs.parse(file);
            return Optional.of(new Doc(doc.getDocumentElement(), relative));
        } catch (SAXParseException e) {
            problems.accept(new Problem(relative, Math.max(0, e.getLineNumber()), "malformed XML: " + e.getMessage()));
        } catch (IOException | SAXException | RuntimeException e) {
            problems.accept(new Problem(relative, 0, "cannot read the descriptor: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static DescriptorFacts facts(List<Doc> docs) {
        DescriptorFacts facts = new DescriptorFacts();
        SpringXml spring = new SpringXml(facts);
        MyBatisXml mybatis = new MyBatisXml(facts);
        StrutsXml struts = new StrutsXml();
        for (Doc doc : docs) {
            switch (doc.root().getLocalName()) {
                case "web-app", "web-fragment" -> WebXml.read(doc.root(), facts);
                case "ejb-jar" -> WebXml.readEjbJar(doc.root(), facts);
                case "struts-config" -> struts.collect(doc, facts);
                case "struts" -> StrutsXml.readStruts2(doc.root(), facts);
                case "beans" -> {
                    if (SpringXml.isBeansFile(doc.root())) {
                        spring.collect(doc);
                    }
                }
                case "mapper" -> mybatis.collect(doc);
                case "configuration" -> {
                    if (MyBatisXml.isConfiguration(doc.root())) {
                        mybatis.collectConfiguration(doc);
                    }
                }
                case "entity-mappings", "hibernate-mapping" -> OrmXml.read(doc.root(), facts);
                default -> {
                }
            }
        }
        mybatis.statements();
        facts.completeStrutsPaths();
        facts.linkers.addAll(List.of(spring, mybatis, struts));
        facts.xmlBeans = spring::beanClasses;
        return facts;
    }
}
