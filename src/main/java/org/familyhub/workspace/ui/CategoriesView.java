package org.familyhub.workspace.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.ReferenceData.TopicForm;
import org.familyhub.directory.ReferenceData.TopicRecord;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.RecordEditing;
import org.jspecify.annotations.Nullable;

/**
 * The topics families search and browse by, for administrators (#15): each with its English and Polish name, its
 * description, the topic it is part of and how many published services use it; a form to add or change one; a
 * topic nobody's published service uses may be retired, otherwise the count says why not.
 */
@Route(value = "workspace/categories", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class CategoriesView extends Div implements HasDynamicTitle {

    private final RecordEditing editing;
    private final Feedback feedback = new Feedback();
    private final UnorderedList list = new UnorderedList();
    private final H2 formTitle = new H2();
    private final TextField name = new TextField();
    private final TextField namePl = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<TopicRecord> parent = new ComboBox<>();
    private final Button cancel = new Button();
    private @Nullable UUID changing;

    CategoriesView(RecordEditing editing) {
        this.editing = editing;
        addClassName("workspace-records");
        name.setId("topic-name");
        name.setLabel(getTranslation("records.topic.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        namePl.setId("topic-name-pl");
        namePl.setLabel(getTranslation("records.topic.namePl"));
        namePl.getElement().setAttribute("lang", "pl");
        namePl.setMaxLength(200);
        description.setId("topic-description");
        description.setLabel(getTranslation("records.topic.description"));
        parent.setId("topic-parent");
        parent.setLabel(getTranslation("records.topic.parent"));
        parent.setHelperText(getTranslation("records.topic.parentHelp"));
        parent.setItemLabelGenerator(TopicRecord::name);
        parent.setClearButtonVisible(true);
        Button save = new Button(getTranslation("records.save"), click -> save());
        save.setId("topic-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        cancel.setText(getTranslation("records.topic.cancel"));
        cancel.addClickListener(click -> edit(null));
        FormLayout form = new FormLayout(name, namePl, description, parent);
        form.setColspan(description, 2);
        list.setId("topic-list");
        add(new Anchor("workspace", getTranslation("editor.title")), new H1(getPageTitle()),
                new Paragraph(getTranslation("records.topics.intro")), feedback,
                new Section(formTitle, form, save, cancel),
                new Section(new H2(getTranslation("records.topics.listTitle")), list));
        edit(null);
        showList();
    }

    private void showList() {
        List<TopicRecord> topics = editing.topics();
        parent.setItems(topics.stream().filter(t -> t.parentCode() == null).toList());
        list.removeAll();
        for (TopicRecord topic : topics) {
            Button change = new Button(getTranslation("records.topic.change"), click -> edit(topic));
            change.getElement().setAttribute("aria-label", getTranslation("records.topic.change") + ": "
                    + topic.name());
            Button retire = new Button(getTranslation("records.topic.retire"), click -> retire(topic));
            retire.getElement().setAttribute("aria-label", getTranslation("records.topic.retire") + ": "
                    + topic.name());
            ListItem item = new ListItem(new Span(getTranslation("records.topic.item", topic.name(),
                    Objects.requireNonNullElse(topic.namePl(), "—"), topic.listedServices())), change, retire);
            if (topic.parentCode() != null) {
                item.addClassName("sub-topic");
            }
            list.add(item);
        }
    }

    private void edit(@Nullable TopicRecord topic) {
        changing = topic == null ? null : topic.id();
        formTitle.setText(topic == null ? getTranslation("records.topic.addTitle")
                : getTranslation("records.topic.changeTitle", topic.name()));
        name.setValue(topic == null ? "" : topic.name());
        namePl.setValue(topic == null ? "" : Objects.requireNonNullElse(topic.namePl(), ""));
        description.setValue(topic == null ? "" : Objects.requireNonNullElse(topic.description(), ""));
        parent.setValue(topic == null || topic.parentCode() == null ? null : parent.getListDataView().getItems()
                .filter(p -> p.code().equals(topic.parentCode())).findFirst().orElse(null));
        cancel.setVisible(topic != null);
    }

    private void save() {
        TopicForm form = new TopicForm(name.getValue(), namePl.getValue(), description.getValue(),
                parent.getValue() == null ? null : parent.getValue().code());
        FieldProblems.attempt(fields(), feedback, () -> {
            if (changing == null) {
                editing.addTopic(form);
            } else {
                editing.editTopic(changing, form);
            }
        }, () -> {
            feedback.done(getTranslation("records.topic.saved", name.getValue().strip()));
            edit(null);
            showList();
        });
    }

    private void retire(TopicRecord topic) {
        try {
            editing.retireTopic(topic.id());
            feedback.done(getTranslation("records.topic.retired", topic.name()));
            edit(null);
            showList();
        } catch (InvalidListingException refused) {
            feedback.problems(getTranslation("records.topic.notRetired"), refused.problems());
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("English name", name, "Polish name", namePl, "Part of", parent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.topics.title");
    }
}
