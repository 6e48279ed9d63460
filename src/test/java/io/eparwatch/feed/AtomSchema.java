package io.eparwatch.feed;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** RFC 4287's RELAX NG schema (Appendix B, typed into {@code atom/atom.rnc}), read with jing. */
final class AtomSchema {

  private AtomSchema() {}

  /** The schema's complaints about {@code xml}; empty when it is a valid Atom document. */
  static List<String> errors(byte[] xml) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver =
        new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    URL schema = AtomSchema.class.getClassLoader().getResource("atom/atom.rnc");
    if (!driver.loadSchema(new InputSource(schema.toExternalForm()))) {
      throw new IllegalStateException("the Atom schema does not load: " + errors);
    }
    driver.validate(new InputSource(new ByteArrayInputStream(xml)));
    return errors;
  }
}
