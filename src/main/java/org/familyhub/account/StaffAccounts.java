package org.familyhub.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Staff accounts, managed by an administrator: listed a page at a time, added (the person gets a single-use link to
 * set their own password), changed, disabled and enabled. Every change is audited. Only {@link #passwordLink} and
 * {@link #setPassword} are for anyone: the link's secret is the authority.
 */
public interface StaffAccounts {

    /** Accounts whose name, user name or e-mail contains the words, by name; {@code limit} at most. */
    List<StaffAccount> find(String words, int offset, int limit);

    int count(String words);

    Optional<StaffAccount> get(UUID id);

    /** Adds a person without a password and e-mails them a link to set one. */
    StaffAccount add(StaffDetails details);

    /** Changes name, e-mail, roles and scope; the user name stays. */
    StaffAccount change(UUID id, StaffDetails details);

    void disable(UUID id);

    void enable(UUID id);

    /** E-mails a fresh link to set a password; every earlier unused link stops working. */
    void sendPasswordLink(UUID id);

    /** Whose link this is, while it may still be used: their name and user name. */
    Optional<LinkHolder> passwordLink(String token);

    /** Sets the password and spends the link; {@link InvalidAccountException} if the link or password is refused. */
    void setPassword(String token, String password);

    /** Organisations a provider may belong to, by name, for choosing one. */
    List<Choice> organisations(String words, int offset, int limit);

    int countOrganisations(String words);

    /** The localities a front-door worker may cover, by name. */
    List<Choice> localities();

    /** What an administrator enters for a person. */
    record StaffDetails(String username, String displayName, String email, Set<Role> roles,
            @Nullable UUID organisationId, Set<String> localityCodes) {

        public StaffDetails {
            roles = Set.copyOf(roles);
            localityCodes = Set.copyOf(localityCodes);
        }
    }

    /** A choice in a list: an organisation's id or a locality's code, and its name. */
    record Choice(String key, String name) {
    }

    record LinkHolder(String username, String displayName) {
    }
}
