package dev.cleave.analyzer.internal.facts;

import dev.cleave.analyzer.internal.source.SourceFiles;
import dev.cleave.model.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads all descriptors of a layout once, by root element: web.xml/web-fragment.xml, ejb-jar.xml, struts-config.xml
 * and struts.xml, Spring XML beans, MyBatis mappers, orm.xml and hbm.xml. A malformed file is reported and skipped.
 */
final class Descriptors {
    /** A parsed descriptor and its path relative to the project root. */
    record Doc(Element root, String file) {
    }

    private Descriptors() {
    }

    static DescriptorFacts read(Path root, List<Path> files, Consumer<Problem> problems) {
        List<Doc> docs = new ArrayList<>();
        for (Path file : files) {
            String relative = SourceFiles.relativePath(root, file);
            try {
                Document doc = XmlDocs.parse(file);
                docs.add(new Doc(doc.getDocumentElement(), relative));
            } catch (SAXParseException e) {
                problems.accept(new Problem(relative, Math.max(0, e.getLineNumber()),
                        "malformed XML: " + e.getMessage()));
            } catch (IOException | SAXException | RuntimeException e) {
                problems.accept(new Problem(relative, 0, "cannot read the descriptor: " + e.getMessage()));
            }
        }
        DescriptorFacts facts = new DescriptorFacts();
        SpringXml spring = new SpringXml(facts);
        MyBatisXml mybatis = new MyBatisXml(facts);
        for (Doc doc : docs) {
            switch (doc.root().getLocalName()) {
                case "web-app", "web-fragment" -> WebXml.read(doc.root(), facts);
                case "ejb-jar" -> WebXml.readEjbJar(doc.root(), facts);
                case "struts-config", "struts" -> StrutsXml.read(doc.root(), facts);
                case "beans" -> spring.collect(doc.root());
                case "mapper" -> mybatis.collect(doc);
                case "entity-mappings", "hibernate-mapping" -> OrmXml.read(doc.root(), facts);
                default -> {
                }
            }
        }
        spring.wire();
        mybatis.statements();
        facts.completeStrutsPaths();
        return facts;
    }
}
