package org.familyhub.shared.ui;

/**
 * A link in the site header ("Ask for help", "Sign in", "Workspace"), contributed by the module that
 * owns its page. {@code labelKey} is a translation key; lower {@code order} comes first.
 */
public record SiteLink(String labelKey, String href, int order) {

    /** Spring beans that contribute header links; asked on every page, so the links can depend on who is signed in. */
    public interface Source {
        java.util.List<SiteLink> links();
    }
}
