package io.eparwatch.web;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.WordDiff;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /changes/{id}}: one change, before and after side by side. */
@Path("/changes/{id}")
public class ChangePage {

  @CheckedTemplate(requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance change(ChangeEvent e, ChangeRow row, DiffParts.Sides sides);
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance change(@PathParam("id") String id) {
    ChangeEvent event =
        ChangeEvent.<ChangeEvent>findByIdOptional(Ids.parse("change", id))
            .orElseThrow(() -> PageError.notFound("There is no change number " + id + "."));
    return Templates.change(
        event,
        ChangeRow.of(event),
        DiffParts.of(event.diff != null ? event.diff : WordDiff.render(event.before, event.after)));
  }
}
