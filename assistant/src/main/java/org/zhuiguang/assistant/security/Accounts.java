package org.zhuiguang.assistant.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.assistant.opinion.Role;

/**
 * The accounts: read from a JSON file {@code [{"user", "password", "roles": [...]}]} or, without
 * one, the demo accounts bundled in {@code security/demo-accounts.json} (docs/cases.md lists them;
 * for a first run only).
 */
public final class Accounts {

  private final Map<String, Account> byUser;
  private final boolean demo;

  private Accounts(Map<String, Account> byUser, boolean demo) {
    this.byUser = Map.copyOf(byUser);
    this.demo = demo;
  }

  /** The accounts of the file, or the demo accounts when {@code file} is empty. */
  public static Accounts load(Optional<Path> file) {
    try {
      if (file.isPresent()) {
        try (InputStream in = Files.newInputStream(file.get())) {
          return new Accounts(read(in), false);
        }
      }
      try (InputStream in = Accounts.class.getResourceAsStream("/security/demo-accounts.json")) {
        if (in == null) {
          throw new IllegalStateException("security/demo-accounts.json is missing");
        }
        return new Accounts(read(in), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Account> read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("the accounts file must hold a JSON array");
    }
    Map<String, Account> out = new LinkedHashMap<>();
    for (JsonNode a : root) {
      String user = a.path("user").asText("");
      String password = a.path("password").asText("");
      if (user.isBlank() || password.isEmpty()) {
        throw new IllegalArgumentException("every account needs a user and a password");
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (JsonNode r : a.path("roles")) {
        roles.add(
            Role.of(r.asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown role " + r.asText())));
      }
      out.put(user, new Account(user, password, roles));
    }
    return out;
  }

  /** The account if the password matches. */
  public Optional<Account> authenticate(String user, String password) {
    Account a = byUser.get(user);
    return a != null && a.matches(password) ? Optional.of(a) : Optional.empty();
  }

  public boolean demo() {
    return demo;
  }

  public int size() {
    return byUser.size();
  }
}
