package dev.cleave.codegen.internal.source;

import dev.cleave.codegen.GenerationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a deployment file of the monolith ({@code web.xml}, Tomcat's {@code context.xml}) without loading anything
 * it points to: a document type declaration is allowed (old descriptors have one) but no external DTD, schema or
 * entity is fetched or expanded.
 */
final class DescriptorXml {
    private DescriptorXml() {
    }

    /**
     * The file's root element, namespace-aware.
     *
     * @param consequence what cannot be read when the file does not parse, for the message ("its servlets... cannot
     *                    be read; correct it (...)")
     * @throws GenerationException naming the file and the fix when it does not parse or cannot be read
     */
    static Element root(Path file, String consequence) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // fatal errors throw, nothing on stderr
            return builder.parse(in).getDocumentElement();
        } catch (SAXException e) {
            throw new GenerationException(file + " does not parse as XML (" + e.getMessage() + "): " + consequence
                    + " and generate again");
        } catch (IOException | ParserConfigurationException e) {
            throw new GenerationException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
