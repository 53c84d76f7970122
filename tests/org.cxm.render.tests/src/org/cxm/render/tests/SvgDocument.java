package org.cxm.render.tests;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A rendered SVG parsed as XML, with what the tests look for: element titles by id and font sizes. */
final class SvgDocument {

    private static final Pattern FONT_SIZE = Pattern.compile("font-size:\\s*([0-9.]+)px");

    final Document document;

    final String text;

    SvgDocument(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The SVG 1.1 DOCTYPE names a DTD on the web; the tests must not (and cannot) fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        text = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** The title of each group that stands for a model element, by SVG id. */
    Map<String, String> titlesById() {
        Map<String, String> titles = new HashMap<>();
        NodeList groups = document.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            NodeList children = group.getElementsByTagNameNS("*", "title");
            if (!group.getAttribute("id").isEmpty() && children.getLength() > 0) {
                titles.put(group.getAttribute("id"), children.item(0).getTextContent());
            }
        }
        return titles;
    }

    /** The text of all text elements, joined by blanks. */
    String allText() {
        StringBuilder all = new StringBuilder();
        NodeList texts = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append(' ');
        }
        return all.toString();
    }

    /** The smallest font size used anywhere, in pixels. */
    double smallestFontSize() {
        double smallest = Double.MAX_VALUE;
        Matcher matcher = FONT_SIZE.matcher(text);
        while (matcher.find()) {
            smallest = Math.min(smallest, Double.parseDouble(matcher.group(1)));
        }
        return smallest;
    }

    Element elementById(String id) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        return null;
    }
}
