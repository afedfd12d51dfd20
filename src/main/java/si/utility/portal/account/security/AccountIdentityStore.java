package si.utility.portal.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import si.utility.portal.account.service.LoginResult;
import si.utility.portal.account.service.LoginService;
import si.utility.portal.platform.web.ClientAddress;

/** Validates payer code (or e-mail) and password against the portal accounts in the database. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Every logged-in user is a customer; web.xml only asks for an authenticated user ("**"). */
    static final String CUSTOMER_GROUP = "customer";

    @Inject
    LoginService loginService;

    @Inject
    LastLoginResult lastResult;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginResult result = loginService.verify(credential.getCaller(), credential.getPasswordAsString(),
                ClientAddress.of(request));
        lastResult.set(result);
        return result.succeeded()
                ? new CredentialValidationResult(String.valueOf(result.accountId()), Set.of(CUSTOMER_GROUP))
                : CredentialValidationResult.INVALID_RESULT;
    }
}
