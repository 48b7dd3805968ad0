package org.familyhub.workspace.ui;

import java.math.BigDecimal;

import org.familyhub.directory.EmailAddress;
import org.familyhub.directory.PhoneNumber;
import org.familyhub.directory.ServiceStatus;
import org.familyhub.directory.WebAddress;
import org.familyhub.workspace.ListingForm;
import org.jspecify.annotations.Nullable;

/**
 * The listing form's own fields as the draft view's {@code Binder} fills them: each closed set a value object, so a
 * field holds either a value the directory accepts or nothing, and a mistake stays in its field. Converted to and
 * from {@link ListingForm}, which the workflow and the CSV template use, at the view's edge.
 */
final class ListingFields {

    private String name = "";
    private @Nullable String alternateName;
    private @Nullable String description;
    private ServiceStatus status = ServiceStatus.ACTIVE;
    private @Nullable EmailAddress email;
    private @Nullable WebAddress url;
    private @Nullable PhoneNumber phone;
    private @Nullable BigDecimal minimumAge;
    private @Nullable BigDecimal maximumAge;
    private @Nullable String fees;
    private @Nullable String eligibility;
    private @Nullable String applicationProcess;

    /** The fields of a stored form; a stored value no rule accepts comes back empty (the view shows its text). */
    static ListingFields of(ListingForm form) {
        ListingFields fields = new ListingFields();
        fields.name = form.name();
        fields.alternateName = form.alternateName();
        fields.description = form.description();
        fields.status = ServiceStatus.ofCode(form.status()).orElse(ServiceStatus.ACTIVE);
        fields.email = EmailAddress.parse(form.email()).orElse(null);
        fields.url = WebAddress.parse(form.url()).orElse(null);
        fields.phone = PhoneNumber.parse(form.phone()).orElse(null);
        fields.minimumAge = form.minimumAge();
        fields.maximumAge = form.maximumAge();
        fields.fees = form.feesDescription();
        fields.eligibility = form.eligibilityDescription();
        fields.applicationProcess = form.applicationProcess();
        return fields;
    }

    /** The form to save: these fields, and the venue fields as stored (the venues section edits venues). */
    ListingForm toForm(@Nullable ListingForm stored) {
        return new ListingForm(name, blank(alternateName), blank(description), status.code(),
                email == null ? null : email.value(), url == null ? null : url.value(),
                phone == null ? null : phone.display(), minimumAge, maximumAge, blank(fees), blank(eligibility),
                blank(applicationProcess), stored == null ? null : stored.venueName(),
                stored == null ? null : stored.venueAddress(), stored == null ? null : stored.venueTown(),
                stored == null ? null : stored.venuePostcode(), stored == null ? null : stored.openingTimes());
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    String getName() { return name; }
    void setName(String name) { this.name = name; }
    @Nullable String getAlternateName() { return alternateName; }
    void setAlternateName(@Nullable String alternateName) { this.alternateName = alternateName; }
    @Nullable String getDescription() { return description; }
    void setDescription(@Nullable String description) { this.description = description; }
    ServiceStatus getStatus() { return status; }
    void setStatus(ServiceStatus status) { this.status = status; }
    @Nullable EmailAddress getEmail() { return email; }
    void setEmail(@Nullable EmailAddress email) { this.email = email; }
    @Nullable WebAddress getUrl() { return url; }
    void setUrl(@Nullable WebAddress url) { this.url = url; }
    @Nullable PhoneNumber getPhone() { return phone; }
    void setPhone(@Nullable PhoneNumber phone) { this.phone = phone; }
    @Nullable BigDecimal getMinimumAge() { return minimumAge; }
    void setMinimumAge(@Nullable BigDecimal minimumAge) { this.minimumAge = minimumAge; }
    @Nullable BigDecimal getMaximumAge() { return maximumAge; }
    void setMaximumAge(@Nullable BigDecimal maximumAge) { this.maximumAge = maximumAge; }
    @Nullable String getFees() { return fees; }
    void setFees(@Nullable String fees) { this.fees = fees; }
    @Nullable String getEligibility() { return eligibility; }
    void setEligibility(@Nullable String eligibility) { this.eligibility = eligibility; }
    @Nullable String getApplicationProcess() { return applicationProcess; }
    void setApplicationProcess(@Nullable String applicationProcess) { this.applicationProcess = applicationProcess; }
}
