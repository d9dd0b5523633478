package org.zhuiguang.assistant.opinion;

import java.util.Locale;
import java.util.Optional;

/** The roles of the product's accounts (SECURITY.md, "Access control and audit"). */
public enum Role {
  MEDIATOR,
  WORKER,
  ADVISOR,
  MAINTAINER,
  AUDITOR;

  /** The name in accounts files and security checks: {@code mediator}, {@code advisor} ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> of(String key) {
    for (Role r : values()) {
      if (r.key().equals(key)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
