package org.zhuiguang.assistant.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Set;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;
import org.zhuiguang.assistant.opinion.Role;

/**
 * An account: user name, password (plain text or a bcrypt hash {@code $2a$...}) and roles.
 *
 * @param user the user name
 * @param password the password or its bcrypt hash
 * @param roles the roles
 */
public record Account(String user, String password, Set<Role> roles) {

  private static final WildFlyElytronPasswordProvider PROVIDER =
      new WildFlyElytronPasswordProvider();

  public Account {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    roles = Set.copyOf(roles);
  }

  /** Whether {@code given} is this account's password. */
  public boolean matches(String given) {
    if (password.startsWith("$2")) {
      try {
        Password stored = ModularCrypt.decode(password);
        PasswordFactory factory =
            PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
        return factory.verify(factory.translate(stored), given.toCharArray());
      } catch (java.security.GeneralSecurityException e) {
        return false;
      }
    }
    return MessageDigest.isEqual(
        password.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
