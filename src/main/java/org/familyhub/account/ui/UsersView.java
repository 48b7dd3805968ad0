package org.familyhub.account.ui;

import java.util.Comparator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.account.StaffAccount;
import org.familyhub.account.StaffAccounts;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;

/**
 * Staff accounts for administrators only: searched and paged in the database, each with its roles, scope, whether
 * it is enabled and when its person last signed in. Adding and changing one is on {@link UserFormView}.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class UsersView extends Div implements HasDynamicTitle {

    static final int PAGE = 50;

    private final StaffAccounts accounts;
    private final DateText dates;
    private final Grid<StaffAccount> grid = new Grid<>();
    private String words = "";

    UsersView(StaffAccounts accounts, DateText dates) {
        this.accounts = accounts;
        this.dates = dates;
        addClassName("admin-users");
        Anchor add = new Anchor("admin/users/edit", getTranslation("account.users.add"));
        add.setId("users-add");
        TextField search = new TextField(getTranslation("account.users.search"));
        search.setId("users-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> {
            words = event.getValue();
            grid.getDataProvider().refreshAll();
        });
        grid.setId("users-grid");
        grid.setPageSize(PAGE);
        grid.addComponentColumn(this::name).setHeader(getTranslation("account.users.name")).setFlexGrow(2);
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("account.users.username"));
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("account.users.email"))
                .setFlexGrow(2);
        grid.addColumn(this::roles).setHeader(getTranslation("account.users.roles")).setFlexGrow(2);
        grid.addColumn(this::scope).setHeader(getTranslation("account.users.scope")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("account.users.status"));
        grid.addColumn(a -> a.lastSignIn() == null ? getTranslation("account.users.never")
                : dates.dateTime(a.lastSignIn(), getLocale())).setHeader(getTranslation("account.users.lastSignIn"));
        grid.setItems(query -> accounts.find(words, query.getOffset(), query.getLimit()).stream(),
                query -> accounts.count(words));
        grid.setHeight("36em");
        add(new H1(getTranslation("account.users.title")), new Paragraph(getTranslation("account.users.intro")), add,
                search, grid);
    }

    private Anchor name(StaffAccount account) {
        Anchor link = new Anchor("admin/users/edit/" + account.id(), account.displayName());
        link.addClassName("users-edit");
        return link;
    }

    private String roles(StaffAccount account) {
        return account.roles().stream().sorted(Comparator.naturalOrder())
                .map(role -> getTranslation("account.users.role." + role.name())).collect(Collectors.joining(", "));
    }

    String scope(StaffAccount account) {
        StringBuilder scope = new StringBuilder();
        if (account.has(Role.PROVIDER) && account.organisationName() != null) {
            scope.append(account.organisationName());
        }
        if (!account.localityCodes().isEmpty()) {
            if (!scope.isEmpty()) {
                scope.append("; ");
            }
            scope.append(account.localityCodes().stream().sorted().collect(Collectors.joining(", ")));
        }
        return scope.toString();
    }

    private String status(StaffAccount account) {
        return getTranslation(!account.enabled() ? "account.users.disabled"
                : account.passwordSet() ? "account.users.enabled" : "account.users.noPassword");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.users.title");
    }
}
