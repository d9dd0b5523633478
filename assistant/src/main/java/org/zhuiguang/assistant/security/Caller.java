package org.zhuiguang.assistant.security;

import java.util.Set;
import org.zhuiguang.assistant.opinion.Role;

/**
 * The signed-in caller of a request.
 *
 * @param user the user name
 * @param roles the roles
 * @param ip the remote address
 */
public record Caller(String user, Set<Role> roles, String ip) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
