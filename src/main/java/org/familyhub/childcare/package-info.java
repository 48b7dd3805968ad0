/**
 * Childcare (issue #19): the Family Information Service's facts about childcare providers' listings (Ofsted,
 * ages, hours, fees, funded entitlements, SEND, vacancies by age group and day), the "Find childcare" search
 * for parents, the funded-hours checker whose rules live in {@code content/childcare/entitlements.json},
 * providers' own vacancy and fee updates, and the Ofsted import. The facts sit beside the directory's
 * listing ({@code V11_8__childcare.sql}); the search index and the Open Referral API read them through the
 * search module's {@link org.familyhub.search.ChildcareDocuments}.
 */
@NullMarked
@ApplicationModule(displayName = "Childcare")
package org.familyhub.childcare;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
