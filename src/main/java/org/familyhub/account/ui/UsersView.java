package org.familyhub.account.ui;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
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
    private final Div results = new Div();
    private String words = "";
    private int offset;

    UsersView(StaffAccounts accounts, DateText dates) {
        this.accounts = accounts;
        this.dates = dates;
        addClassName("admin-users");
        Anchor add = new Anchor("admin/users/edit", getTranslation("account.users.add"));
        add.setId("users-add");
        add.addClassName("users-add");
        TextField search = new TextField(getTranslation("account.users.search"));
        search.setId("users-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> {
            words = event.getValue();
            offset = 0;
            show();
        });
        results.setId("users-results");
        add(new H1(getTranslation("account.users.title")), new Paragraph(getTranslation("account.users.intro")), add,
                search, results);
        show();
    }

    /** One page of accounts, read from the database: the page's rows and the count, never every account. */
    private void show() {
        results.removeAll();
        int total = accounts.count(words);
        offset = Math.max(0, Math.min(offset, (total - 1) / PAGE * PAGE));
        Paragraph summary = new Paragraph(total == 0 ? getTranslation("account.users.none")
                : getTranslation("account.users.showing", offset + 1, Math.min(offset + PAGE, total), total));
        summary.setId("users-summary");
        summary.getElement().setAttribute("role", "status");
        results.add(summary);
        if (total == 0) {
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("users-table");
        table.addClassName("users-table");
        table.setCaptionText(getTranslation("account.users.title"));
        NativeTableRow head = new NativeTableRow();
        for (String column : List.of("name", "username", "email", "roles", "scope", "status", "lastSignIn")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation("account.users." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        table.getHead().addRows(head);
        for (StaffAccount account : accounts.find(words, offset, PAGE)) {
            NativeTableRow row = new NativeTableRow();
            row.addDataCell().add(name(account));
            row.addDataCell().setText(account.username());
            row.addDataCell().setText(account.email() == null ? "" : account.email());
            row.addDataCell().setText(roles(account));
            row.addDataCell().setText(scope(account));
            row.addDataCell().setText(status(account));
            row.addDataCell().setText(account.lastSignIn() == null ? getTranslation("account.users.never")
                    : dates.dateTime(account.lastSignIn(), getLocale()));
            table.getBody().addRows(row);
        }
        Div scroller = new Div(table);
        scroller.addClassName("users-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("account.users.title"));
        results.add(scroller);
        Button previous = new Button(getTranslation("account.users.previous"), click -> {
            offset -= PAGE;
            show();
        });
        previous.setId("users-previous");
        previous.setEnabled(offset > 0);
        Button next = new Button(getTranslation("account.users.next"), click -> {
            offset += PAGE;
            show();
        });
        next.setId("users-next");
        next.setEnabled(offset + PAGE < total);
        if (total > PAGE) {
            results.add(new Div(previous, next));
        }
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
