package org.familyhub.portal.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * What a browser sends for an HTML form (its "form data set", as {@code new URLSearchParams(new FormData(form))}
 * encodes it): named fields in document order, boxes only when ticked, a select's chosen option.
 */
final class BrowserForm {

    private BrowserForm() {
    }

    static String encode(Element form) {
        List<String> pairs = new ArrayList<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (field.hasAttr("disabled")) {
                continue;
            }
            if (field.is("select")) {
                Element chosen = field.selectFirst("option[selected]");
                chosen = chosen != null ? chosen : field.selectFirst("option");
                if (chosen != null) {
                    pairs.add(pair(name, chosen.hasAttr("value") ? chosen.attr("value") : chosen.text()));
                }
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (field.hasAttr("checked")) {
                    pairs.add(pair(name, field.hasAttr("value") ? field.attr("value") : "on"));
                }
            } else if (!type.equals("submit") && !type.equals("button")) {
                pairs.add(pair(name, field.is("textarea") ? field.text() : field.attr("value")));
            }
        }
        return String.join("&", pairs);
    }

    private static String pair(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
