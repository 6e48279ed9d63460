package io.eparwatch.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that cleans every value ({@link XmlText}) before the writer escapes it, so nothing
 * scraped can break the document; no CDATA is ever written, so {@code ]]>} is plain text.
 */
final class Xml {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
  private final XMLStreamWriter out;

  Xml() {
    try {
      out = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      out.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot create an XML writer", e);
    }
  }

  Xml start(String name) {
    return run(() -> out.writeStartElement(name));
  }

  Xml namespace(String prefix, String uri) {
    return run(
        () -> {
          if (prefix.isEmpty()) {
            out.writeDefaultNamespace(uri);
          } else {
            out.writeNamespace(prefix, uri);
          }
        });
  }

  Xml attribute(String name, String value) {
    return run(() -> out.writeAttribute(name, XmlText.clean(value)));
  }

  Xml text(String value) {
    return run(() -> out.writeCharacters(XmlText.clean(value)));
  }

  Xml end() {
    return run(out::writeEndElement);
  }

  /** {@code <name>value</name>}. */
  Xml element(String name, String value) {
    return start(name).text(value).end();
  }

  /** An element without content, e.g. {@code <link href="…"/>}: attributes follow. */
  Xml empty(String name) {
    return run(() -> out.writeEmptyElement(name));
  }

  byte[] finish() {
    run(
        () -> {
          out.writeEndDocument();
          out.close();
        });
    return bytes.toByteArray();
  }

  private interface Step {
    void run() throws XMLStreamException;
  }

  private Xml run(Step step) {
    try {
      step.run();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed", e);
    }
  }
}
