package org.zhuiguang.assistant.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zhuiguang.assistant.opinion.Role;

/** Checks HTTP Basic credentials against {@link Accounts}. */
@ApplicationScoped
public class AccountIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  private static final Logger LOG = Logger.getLogger(AccountIdentityProvider.class);

  private final Accounts accounts;

  public AccountIdentityProvider(
      @ConfigProperty(name = "zg-security.accounts") Optional<String> file) {
    this.accounts = Accounts.load(file.filter(f -> !f.isBlank()).map(Path::of));
  }

  void onStart(@Observes StartupEvent event) {
    if (accounts.demo()) {
      LOG.warnf(
          "accounts: the %d demo accounts (docs/cases.md); set ZG_ACCOUNTS for real ones",
          accounts.size());
    } else {
      LOG.infof("accounts: %d from ZG_ACCOUNTS", accounts.size());
    }
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> {
          String password = new String(request.getPassword().getPassword());
          Account account =
              accounts
                  .authenticate(request.getUsername(), password)
                  .orElseThrow(AuthenticationFailedException::new);
          QuarkusSecurityIdentity.Builder b =
              QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.user()));
          account.roles().stream().map(Role::key).forEach(b::addRole);
          return b.build();
        });
  }
}
