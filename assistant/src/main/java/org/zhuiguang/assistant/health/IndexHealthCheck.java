package org.zhuiguang.assistant.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.zhuiguang.assistant.library.IndexedLibrary;
import org.zhuiguang.assistant.service.LibraryService;
import org.zhuiguang.indexer.search.SearcherStatus;

/** Ready when an index generation is open; says which and which modes are searchable. */
@Readiness
@ApplicationScoped
public class IndexHealthCheck implements HealthCheck {

  private final LibraryService library;

  public IndexHealthCheck(LibraryService library) {
    this.library = library;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("index");
    var lib = library.library();
    if (lib.isEmpty()) {
      library
          .maintenance()
          .current()
          .ifPresent(j -> b.withData("job", j.state().label() + " " + j.message()));
      return b.down().build();
    }
    IndexedLibrary l = lib.get();
    SearcherStatus status = l.status();
    b.up()
        .withData("generation", status.manifest().generation())
        .withData("articles", status.manifest().articlesInForce())
        .withData("modes", status.modes().toString());
    status.note().ifPresent(n -> b.withData("note", n));
    return b.build();
  }
}
