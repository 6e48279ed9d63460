package io.eparwatch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads a request body that must name no field its type does not know: a misspelt filter part would
 * otherwise be ignored and the filter match more than intended.
 */
@ApplicationScoped
class StrictJson {

  private final ObjectMapper mapper;

  StrictJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * @throws jakarta.ws.rs.WebApplicationException 400 for an unknown field or an empty body; other
   *     JSON errors go to {@link ExceptionMappers}
   */
  <T> T read(String body, Class<T> type) throws JsonProcessingException {
    T value;
    try {
      value =
          mapper
              .readerFor(type)
              .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(body == null ? "" : body);
    } catch (UnrecognizedPropertyException e) {
      String where = e.getPath().size() > 1 ? e.getPath().get(0).getFieldName() + " " : "";
      throw ApiError.badRequest(
          "Unknown "
              + where
              + "field \""
              + e.getPropertyName()
              + "\"; known: "
              + String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).toList())
              + ".");
    }
    if (value == null) {
      throw ApiError.badRequest("The request body must be a JSON object.");
    }
    return value;
  }
}
