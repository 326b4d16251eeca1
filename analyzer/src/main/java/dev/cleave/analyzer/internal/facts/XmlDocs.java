package dev.cleave.analyzer.internal.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Parses descriptors into namespace-aware DOM documents whose elements know their line ({@link #line}). No DTD or
 * external entity is ever loaded: descriptors name remote DTDs (MyBatis, Struts, Hibernate) that must not be
 * fetched.
 */
final class XmlDocs {
    private static final String LINE = "line";

    private XmlDocs() {
    }

    static Document parse(Path file) throws IOException, SAXException {
        try (InputStream in = Files.newInputStream(file)) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            newParser().parse(in, new Builder(doc));
            return doc;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 1-based line where the element starts, 0 when unknown. */
    static int line(Element e) {
        return e.getUserData(LINE) instanceof Integer line ? line : 0;
    }

    /** Child elements with the local name. */
    static List<Element> children(Element parent, String localName) {
        List<Element> all = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                all.add(e);
            }
        }
        return all;
    }

    /** The trimmed text of the first child element with the local name, "" when absent. */
    static String childText(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
    }

    /** Descendant elements with the local name, in document order. */
    static List<Element> descendants(Element root, String localName) {
        List<Element> all = new ArrayList<>();
        org.w3c.dom.NodeList list = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            all.add((Element) list.item(i));
        }
        return all;
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no usable XML parser", e);
        }
    }

    /** Builds the DOM from SAX events, recording each element's line. */
    private static final class Builder extends DefaultHandler2 {
        private final Document doc;
        private final Deque<Node> open = new ArrayDeque<>();
        private Locator locator;

        Builder(Document doc) {
            this.doc = doc;
            open.push(doc);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String attrUri = attributes.getURI(i);
                e.setAttributeNS(attrUri == null || attrUri.isEmpty() ? null : attrUri, attributes.getQName(i),
                        attributes.getValue(i));
            }
            e.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
            open.peek().appendChild(e);
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (open.peek() != doc) {
                open.peek().appendChild(doc.createTextNode(new String(ch, start, length)));
            }
        }
    }
}
