package org.familyhub.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.familyhub.directory.RichText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page from an old council website says about a service, as far as it can be recognised:
 * title, description, phone, e-mail, address with postcode, and opening times. Old pages vary, so
 * every part is a best guess for an editor to check, never published as it is.
 */
public record LegacyPage(String title, @Nullable String description, @Nullable String phone,
        @Nullable String email, @Nullable String venueName, @Nullable String address, @Nullable String town,
        @Nullable String postcode, @Nullable String openingTimes) {

    private static final Pattern POSTCODE = Pattern.compile("\\b([A-Z]{1,2}[0-9][0-9A-Z]?)\\s*([0-9][A-Z]{2})\\b");
    private static final Pattern PHONE = Pattern.compile("(?:\\+44\\s?|\\b0)\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern DAY = Pattern.compile(
            "\\b(mon|tue|wed|thu|fri|sat|sun)(day|sday|nesday|rsday|urday)?s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}([:.]\\d{2})?\\s?(am|pm)\\b|\\b\\d{1,2}[:.]\\d{2}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("^(address|where|venue)\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BOILERPLATE = Set.of("cookies", "javascript", "skip to", "accept");

    public static LegacyPage read(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, nav, header, footer, form, iframe").remove();
        Element main = Optional.ofNullable(page.selectFirst("main, article, [role=main], #content, .content"))
                .orElse(page.body());
        String title = title(page, main);
        String text = main.wholeText();
        Optional<Address> address = address(main, text);
        return new LegacyPage(title, description(page, main), phone(main, text), email(main, text),
                address.map(Address::venue).orElse(null), address.map(Address::street).orElse(null),
                address.map(Address::town).orElse(null), address.map(Address::postcode).orElse(null),
                openingTimes(main));
    }

    private static String title(Document page, Element main) {
        Element heading = main.selectFirst("h1");
        if (heading == null) {
            heading = page.selectFirst("h1");
        }
        if (heading != null && !heading.text().isBlank()) {
            return heading.text().strip();
        }
        return Arrays.stream(page.title().split("\\s+[|\\-–]\\s+")).findFirst().orElse("").strip();
    }

    private static @Nullable String description(Document page, Element main) {
        List<String> paragraphs = new ArrayList<>();
        for (Element p : main.select("p")) {
            String text = p.text().strip();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean contact = PHONE.matcher(text).find() || EMAIL.matcher(text).find()
                    || POSTCODE.matcher(text.toUpperCase(Locale.ROOT)).find()
                    || DAY.matcher(text).find() && TIME.matcher(text).find();
            if (text.length() >= 40 && !contact && BOILERPLATE.stream().noneMatch(lower::contains)) {
                paragraphs.add("<p>" + p.html() + "</p>");
            }
            if (paragraphs.size() == 4) {
                break;
            }
        }
        if (!paragraphs.isEmpty()) {
            return RichText.description(String.join("", paragraphs));
        }
        Element meta = page.selectFirst("meta[name=description]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
    }

    private static @Nullable String phone(Element main, String text) {
        Element link = main.selectFirst("a[href^=tel:]");
        if (link != null) {
            return link.text().isBlank() ? link.attr("href").substring(4).strip() : link.text().strip();
        }
        Matcher matcher = PHONE.matcher(text);
        return matcher.find() ? matcher.group().strip() : null;
    }

    private static @Nullable String email(Element main, String text) {
        Element link = main.selectFirst("a[href^=mailto:]");
        if (link != null) {
            return link.attr("href").substring("mailto:".length()).split("\\?")[0].strip();
        }
        Matcher matcher = EMAIL.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    private record Address(@Nullable String venue, @Nullable String street, @Nullable String town, String postcode) {
    }

    /** The lines of an {@code <address>}, or of the smallest block holding a postcode. */
    private static Optional<Address> address(Element main, String text) {
        Element block = main.selectFirst("address");
        if (block == null) {
            block = main.select("p, li, div, td, dd").stream()
                    .filter(e -> POSTCODE.matcher(e.wholeOwnText().toUpperCase(Locale.ROOT)).find()
                            || e.children().isEmpty() && POSTCODE.matcher(e.text().toUpperCase(Locale.ROOT)).find()
                            || e.select("br").size() > 0
                            && POSTCODE.matcher(e.text().toUpperCase(Locale.ROOT)).find()
                            && e.select("p, li, div, td, dd").size() == 1)
                    .findFirst().orElse(null);
        }
        if (block == null) {
            return Optional.empty();
        }
        block.select("br").before("\n");
        List<String> lines = new ArrayList<>(Arrays.stream(block.wholeText().split("[\\n,]+"))
                .map(line -> LABEL.matcher(line.strip()).replaceFirst("").strip())
                .filter(line -> !line.isEmpty()).toList());
        String postcode = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = POSTCODE.matcher(lines.get(i).toUpperCase(Locale.ROOT));
            if (matcher.find()) {
                postcode = matcher.group(1) + " " + matcher.group(2);
                String rest = lines.get(i).substring(0, matcher.start()).strip();
                lines = new ArrayList<>(lines.subList(0, i));
                if (!rest.isEmpty()) {
                    lines.add(rest);
                }
                break;
            }
        }
        if (postcode == null) {
            return Optional.empty();
        }
        String town = lines.size() >= 2 ? lines.removeLast() : null;
        String venue = lines.size() >= 2 && !Character.isDigit(lines.getFirst().charAt(0)) ? lines.removeFirst() : null;
        String street = lines.isEmpty() ? null : String.join(", ", lines);
        return Optional.of(new Address(venue, street, town, postcode));
    }

    private static @Nullable String openingTimes(Element main) {
        Set<String> times = new LinkedHashSet<>();
        for (Element element : main.select("li, p, tr, dd, dt")) {
            if (element.select("li, p, tr").size() > 1) {
                continue;
            }
            String text = element.text().strip();
            if (DAY.matcher(text).find() && TIME.matcher(text).find() && text.length() <= 160) {
                times.add(text);
            }
        }
        return times.isEmpty() ? null : times.stream().collect(Collectors.joining("; "));
    }
}
