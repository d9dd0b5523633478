package org.zhuiguang.corpus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A law and all the versions the corpus holds of it, oldest first. The newest version is in force;
 * the older ones are superseded by it.
 */
public record Law(
    String title, LawLevel level, Optional<String> region, List<LawVersion> versions) {

  public Law {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a law needs at least one version: " + title);
    }
    versions = versions.stream().sorted(Comparator.comparing(LawVersion::versionDate)).toList();
  }

  /** The version in force today: the newest one. */
  public LawVersion inForce() {
    return versions.get(versions.size() - 1);
  }

  /**
   * The version in force on a day: the newest whose version date is on or before it; empty when the
   * day precedes every version.
   */
  public Optional<LawVersion> inForceOn(LocalDate day) {
    LawVersion found = null;
    for (LawVersion version : versions) {
      if (!version.versionDate().isAfter(day)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }
}
