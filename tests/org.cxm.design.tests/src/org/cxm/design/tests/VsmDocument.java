package org.cxm.design.tests;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .odesign file read as plain XML, each element knowing its line, so that problems found without the
 * Sirius runtime can say where they are.
 */
final class VsmDocument {

    private static final String LINE = "line";

    final Document document;

    private VsmDocument(Document document) {
        this.document = document;
    }

    static VsmDocument parse(InputStream in) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.newSAXParser().parse(in, new Builder(document));
        return new VsmDocument(document);
    }

    Element root() {
        return document.getDocumentElement();
    }

    static int lineOf(Element element) {
        Object line = element.getUserData(LINE);
        return line instanceof Integer number ? number : 0;
    }

    /** Builds the DOM from SAX events, recording where each element starts. */
    private static final class Builder extends DefaultHandler {

        private final Document document;

        private final Deque<Element> open = new ArrayDeque<>();

        private Locator locator;

        Builder(Document document) {
            this.document = document;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element element = document.createElement(qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                element.setAttribute(attributes.getQName(i), attributes.getValue(i));
            }
            element.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
            if (open.isEmpty()) {
                document.appendChild(element);
            } else {
                open.peek().appendChild(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }
    }
}
