package org.familyhub.search;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.search.index.ServiceIndex;
import org.jspecify.annotations.Nullable;

/**
 * The words parents use for a child's age, for cost, for days and times and for how help is given ("my 2 year old",
 * "free", "saturday", "after school", "online"), read out of their search as the filter panel's own values. They
 * become preferences, not filters (a listing that gives no days is not left out), and the page shows each one so a
 * parent can take it back.
 *
 * <p>Words for an age group that are also what a listing is about ("toddler", "teenagers", "newborn") stay in the
 * words to match; words that only qualify the need ("free", "on a saturday", "2 year old") are taken out.
 */
final class ParentWords {

    /** What was read out of the words, in the index's codes: ages in years, RFC 5545 days, parts of the day. */
    record Read(String remainingText, @Nullable Integer ageFrom, @Nullable Integer ageTo, boolean free,
            Set<String> days, Set<String> times, Set<String> delivery) {

        boolean any() {
            return ageFrom != null || free || !days.isEmpty() || !times.isEmpty() || !delivery.isEmpty();
        }
    }

    /** With {@code instead}, the words found are said that way instead of being taken out or kept. */
    private record Rule(String aspect, Pattern words, boolean takenOut, Reading reading, @Nullable String instead) {
    }

    @FunctionalInterface
    private interface Reading {
        void apply(Matcher match, Reader into);
    }

    private static final Set<String> WEEKDAYS = Set.of("MO", "TU", "WE", "TH", "FR");
    private static final List<Rule> RULES = List.of(
            // A pregnant woman's own age ("pregnant at 16", "I'm 15 and pregnant") is not a child's: under 25 it asks
            // for the young parents' services, not for things for 16-year-olds; from 25 it says nothing more.
            pregnantAt("1[2-9]|2[0-4]", "pregnant young parent"),
            pregnantAt("2[5-9]|[3-5]\\d", "pregnant"),
            // Polish, as typed, with or without its letters' marks ("w sobotę", "sobote"; "darmowe zajęcia dla dzieci"
            // matched "darmowe" as a word to find, and found nothing free): ages in years and months, free and cheap, the
            // days and the parts of the day. Before the English, which would take "weekend" out of "w weekend" and
            // leave "w" as a word to find.
            // "dla" (for) goes with the age: left alone at the end it read as DLA, the benefit.
            polish("age", "(?:dla\\s+)?(\\d{1,2})\\s*-?\\s*(?:lat|lata|latek|latka|latki|latkiem|latkom|letni\\p{L}*|rok|roku"
                    + "|roczn\\p{L}*)", true, (m, r) -> r.age(Integer.parseInt(m.group(1)))),
            polish("age", "(?:dla\\s+)?(\\d{1,2})\\s*-?\\s*(?:miesi[ęe]c\\p{L}*|mies\\.?)", true,
                    (m, r) -> r.age(Integer.parseInt(m.group(1)) / 12)),
            polish("age", "niemowl\\p{L}*|noworod\\p{L}*", false, (m, r) -> r.ages(0, 1)),
            polish("age", "maluch\\p{L}*", false, (m, r) -> r.ages(1, 3)),
            polish("age", "nastolat\\p{L}*|m[łl]odzie[żz]\\p{L}*", false, (m, r) -> r.ages(13, 17)),
            polish("free", "darmow\\p{L}*|za\\s+darmo|bezp[łl]atn\\p{L}*|nieodp[łl]atn\\p{L}*|tani[aeo]?|tanich|tanio",
                    true, (m, r) -> r.free = true),
            polish("day", "(?:we?\\s+)?(?:poniedzia[łl]e?k\\p{L}*)", true, (m, r) -> r.days.add("MO")),
            polish("day", "(?:we?\\s+)?(?:wtor\\p{L}*)", true, (m, r) -> r.days.add("TU")),
            polish("day", "(?:we?\\s+)?(?:[śs]rod[aęey])", true, (m, r) -> r.days.add("WE")),
            polish("day", "(?:we?\\s+)?(?:czwart\\p{L}*)", true, (m, r) -> r.days.add("TH")),
            polish("day", "(?:we?\\s+)?(?:pi[ąa]t\\p{L}*)", true, (m, r) -> r.days.add("FR")),
            polish("day", "(?:we?\\s+)?(?:sobot\\p{L}*)", true, (m, r) -> r.days.add("SA")),
            polish("day", "(?:we?\\s+)?(?:niedziel\\p{L}*)", true, (m, r) -> r.days.add("SU")),
            // A bare "weekend" is left to the English rule below, which also takes "at the" with it.
            polish("day", "(?:we?|na|przez)\\s+weekend\\p{L}*|weekend(?:y|ach|ami|u|ow|ów)", true,
                    (m, r) -> r.days.addAll(List.of("SA", "SU"))),
            polish("time", "rano|przed\\s+po[łl]udniem", true, (m, r) -> r.times.add("morning")),
            polish("time", "po\\s*po[łl]udniu", true, (m, r) -> r.times.add("afternoon")),
            polish("time", "wieczor\\p{L}*|wiecz[óo]r", true, (m, r) -> r.times.add("evening")),
            polish("time", "po\\s+szkole|po\\s+lekcjach", true, (m, r) -> {
                r.days.addAll(WEEKDAYS);
                r.times.addAll(List.of("afternoon", "evening"));
            }),
            // Ages: "5 to 11 year olds", "aged 8-12", "2 year old", "2yo", "3 years", "18 month old", "a 7-year-old".
            rule("age", "\\baged?\\s+(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})\\b"
                    + "|\\b(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})\\s*-?\\s*(?:years?|yrs?)(?:\\s*-?\\s*olds?)?\\b", true,
                    (m, r) -> r.range(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3)),
                            Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4)))),
            rule("age", "\\b(\\d{1,2})\\s*-?\\s*(?:years?|yrs?)(?:\\s*-?\\s*olds?)?\\b|\\b(\\d{1,2})\\s*yo\\b", true,
                    (m, r) -> r.age(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)))),
            rule("age", "\\b(\\d{1,2})\\s*-?\\s*months?(?:\\s*-?\\s*olds?)?\\b", true,
                    (m, r) -> r.age(Integer.parseInt(m.group(1)) / 12)),
            // "aged 14", "my son is 14", "pregnant at 16", "I'm 15": a number up to 25 after these words, unless it is a
            // time, a date or an amount ("at 10am", "at 10:30", "is 2 miles", "at 5 pounds").
            rule("age", "\\b(?:aged?|at|is|i'?m|i\\s+am|turning|turned)\\s+(1\\d|2[0-5]|\\d)\\b(?![.:]\\d|\\s*(?:am|pm|a\\.m|p\\.m"
                    + "|o'?clock|hours?|hrs?|mins?|minutes?|weeks?|days?|months?|miles?|km|pounds?|quid|%|th|st|nd|rd)\\b)",
                    true, (m, r) -> r.age(Integer.parseInt(m.group(1)))),
            rule("age", "\\bunder\\s*-?\\s*(?:5|fives?)s?\\b|\\bpre-?school\\s+age\\b", true, (m, r) -> r.ages(0, 4)),
            // "under 2s", "under 11s": younger than the number.
            rule("age", "\\bunder\\s*-?\\s*([1-9]|1[0-8])\\s*-?\\s*s\\b", true,
                    (m, r) -> r.ages(0, Math.max(0, Integer.parseInt(m.group(1)) - 1))),
            // Children by stage: a primary school's ages, a secondary school's, children past the little years.
            rule("age", "\\bprimary(?:\\s+school)?\\s+(?:age[ds]?|kids|children|child|pupils?)\\b", true,
                    (m, r) -> r.ages(4, 11)),
            rule("age", "\\bsecondary(?:\\s+school)?\\s+(?:age[ds]?|kids|children|child|pupils?)\\b", true,
                    (m, r) -> r.ages(11, 16)),
            // A school year ("in year 7", "year 10s"): the ages of the children in it, year 1 being 5 and 6.
            rule("age", "\\b(?:in\\s+)?year\\s+([1-9]|1[0-3])s?\\b(?!\\s*-?\\s*olds?\\b)", true,
                    (m, r) -> r.range(Integer.parseInt(m.group(1)) + 4, Integer.parseInt(m.group(1)) + 5)),
            // A move between schools says the child's age; the words stay, as they say the need too ("anxious about
            // starting secondary school", "my 4 year old starts school in september").
            rule("age", "\\b(?:start(?:s|ing)?|going\\s+(?:in)?to|go(?:es)?\\s+(?:up\\s+)?to|mov(?:e|es|ing)\\s+(?:up\\s+)?to)"
                    + "\\s+(?:secondary|high)(?:\\s+school)?\\b", false, (m, r) -> r.ages(10, 12)),
            rule("age", "\\bstart(?:s|ing)?\\s+(?:school|reception|primary(?:\\s+school)?)\\b", false,
                    (m, r) -> r.ages(3, 4)),
            rule("age", "\\b(?:older|big)\\s+(?:kids|children|child|ones|boys?|girls?)\\b|\\b(?:tweens?|pre-?teens?)\\b",
                    true, (m, r) -> r.ages(8, 17)),
            // A baby lost ("we lost our baby", "my baby died") is no child's age, and is said as the synonym list's
            // "baby loss": read as the age of a baby, it preferred the baby groups.
            new Rule("age", Pattern.compile("\\blost\\s+(?:our|my|the|a|her|his|their)\\s+baby\\b"
                    + "|\\b(?:our|my|the|her|his|their)\\s+baby\\s+(?:died|passed\\s+away|passed)\\b",
                    Pattern.CASE_INSENSITIVE), false, (m, r) -> { }, "baby loss"),
            rule("age", "\\bnew\\s*borns?\\b|\\bnew\\s+babies\\b|\\bnew\\s+baby\\b", false, (m, r) -> r.ages(0, 0)),
            rule("age", "\\bbab(?:y|ies)\\b(?!\\s+loss)", false, (m, r) -> r.ages(0, 1)),
            rule("age", "\\btoddlers?\\b", false, (m, r) -> r.ages(1, 3)),
            rule("age", "\\bteens?\\b|\\bteenagers?\\b|\\bteenage\\b|\\badolescents?\\b|\\byoung\\s+people\\b", false,
                    (m, r) -> r.ages(13, 17)),
            // Cost.
            rule("free", "\\bfree(?:\\s+of\\s+charge)?\\b|\\bno\\s+cost\\b|\\bwithout\\s+paying\\b"
                    + "|\\bcosts?\\s+nothing\\b",
                    true, (m, r) -> r.free = true),
            rule("free", "\\bcheap(?:er|est)?\\b|\\blow[\\s-]+cost\\b|\\baffordable\\b", true, (m, r) -> r.free = true),
            // Days.
            // "Open on Sundays" asks for the day, not for listings that say "open": "is there anywhere open on sundays
            // for kids" listed a drop-in and four nurseries, none open on a Sunday.
            rule("day", "\\b(?:open\\s+)?(?:on\\s+)?(?:a\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)days?\\b", true,
                    (m, r) -> r.days.add(day(m.group(1)))),
            rule("day", "\\b(?:at\\s+|on\\s+|over\\s+)?(?:the\\s+)?week\\s*-?\\s*ends?\\b", true,
                    (m, r) -> r.days.addAll(List.of("SA", "SU"))),
            rule("day", "\\bweek\\s*-?\\s*days?\\b", true, (m, r) -> r.days.addAll(WEEKDAYS)),
            // Times.
            rule("time", "\\b(?:in\\s+the\\s+)?mornings?\\b", true, (m, r) -> r.times.add("morning")),
            rule("time", "\\b(?:in\\s+the\\s+)?afternoons?\\b", true, (m, r) -> r.times.add("afternoon")),
            rule("time", "\\b(?:in\\s+the\\s+)?evenings?\\b|\\bafter\\s+work\\b|\\btonight\\b", true,
                    (m, r) -> r.times.add("evening")),
            rule("time", "\\bafter\\s*-?\\s*school\\b", true, (m, r) -> {
                r.days.addAll(WEEKDAYS);
                r.times.addAll(List.of("afternoon", "evening"));
            }),
            // When something happened ("last year", "yesterday", "a few weeks ago") says nothing of the need, and no
            // listing says it: "we lost our baby last year" listed the free early education for 2-year-olds, for "year".
            rule("when", "\\b(?:last|this\\s+past)\\s+(?:year|month|week|night|summer|christmas)\\b|\\byesterday\\b"
                    + "|\\brecently\\b|\\b(?:a\\s+)?(?:few|couple\\s+of|\\d{1,2})\\s+(?:days|weeks|months|years)\\s+ago\\b", true,
                    (m, r) -> { }),
            // How the help is given.
            // "Online" after or before a harm ("bullied online", "online grooming") is where it happens, not how help is
            // given.
            rule("delivery", "(?<!\\b(?:bullied|bullying|bully|groomed|grooming|abused|harassed|stalked|safe|safety)\\s)"
                    + "\\bonline\\b(?!\\s+(?:safety|bullying|bullies|grooming|abuse|gaming|games|gambling|porn))"
                    + "|\\bvirtual(?:ly)?\\b|\\bzoom\\b|\\bvideo\\s+calls?\\b", true,
                    (m, r) -> r.delivery.add("online")),
            rule("delivery", "\\b(?:by|over\\s+the)\\s+(?:tele)?phone\\b|\\bphone\\s+line\\b|\\bhelpline\\b", false,
                    (m, r) -> r.delivery.add("phone")),
            rule("delivery", "\\bhome\\s+visits?\\b|\\bat\\s+home\\b|\\bcome\\s+to\\s+(?:my|our)\\s+home\\b", false,
                    (m, r) -> r.delivery.add("home-visit")));

    /** A parent's words for their child or children, after "my" or "our". */
    private static final String CHILDREN = "(?:step\\s*)?(?:sons?|daughters?|child|children|kids?|kiddos?|little\\s+ones?"
            + "|boys?|girls?|teens?|teenagers?|lad|lass)";
    /**
     * Words that ask for something to do or for a kind of listing without naming a need: "things to do", "activities",
     * "somewhere to go", "services". Listings seldom say them, so they are not required to match.
     */
    private static final String TO_DO = "things?\\s+to\\s+do|something\\s+to\\s+do|stuff\\s+to\\s+do"
            + "|(?:somewhere|anywhere|places?)\\s+to\\s+go|what'?s\\s+on|days?\\s+out|things?|stuff|something|anything"
            + "|somewhere|anywhere|activit(?:y|ies)|ideas?|fun"
            + "|where\\s+(?:can|could|do|does|should|would)\\s+(?:i|we|he|she|they|(?:my|our)\\s+(?:" + CHILDREN
            + "))\\s+(?:take|go|hang\\s+out|meet\\s+friends)|(?:places?|somewhere)\\s+to\\s+(?:take|hang\\s+out)"
            + "|(?:keep|keeping)\\s+(?:him|her|them|the\\s+kids|my\\s+kids)\\s+(?:busy|entertained)|entertain(?:ed|ing)?";
    private static final Pattern OPEN = Pattern.compile("\\b(?:" + TO_DO + "|services?)\\b", Pattern.CASE_INSENSITIVE);
    /** The open words that ask for something to do, not for "services". */
    private static final Pattern ACTIVITY = Pattern.compile("\\b(?:" + TO_DO + ")\\b", Pattern.CASE_INSENSITIVE);
    /**
     * With only these left besides the open words, the search names no need at all: "help for my family", "where can I
     * go with my kids". They are the search index's query fillers (search-index/services.json: the words of a question,
     * "help", "please" …), and the words for whom and where, and those the fillers keep for the synonyms' phrases.
     */
    private static final Pattern NO_NEED = Pattern.compile("\\b(?:"
            + ServiceIndex.fillerWords().stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"))
            + "|go|nearby|local|good|here|kids?|child|children|family|families|be|it"
            + "|not|no|cant|wont|doesnt)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The synonym list's phrases that hold a word naming no need ("shouts at me", "mum to be", "up all night"), longest
     * first: kept whole when the small words are taken out, as the synonym list reads only the whole phrase.
     */
    private static final Pattern PHRASES = Pattern.compile("\\b(?:" + ServiceIndex.synonymPhrases().stream()
            .filter(phrase -> NO_NEED.matcher(phrase).find())
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(phrase -> phrase))
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A kind of session, said without a need ("a group for my 2 year old", "a saturday club for a toddler"): something
     * for the child to do, as "activities" is. Not when it is part of a phrase the synonym list reads as a need
     * ("toddler group", "youth club", "dads group", "antenatal class").
     */
    private static final Pattern SESSION = Pattern.compile("\\b(?:groups?|clubs?|sessions?|class(?:es)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SESSION_PHRASES = wholePhrases(ServiceIndex.synonymPhrases().stream()
            .filter(phrase -> phrase.contains(" ") && SESSION.matcher(phrase).find()));

    /** Whether the words name a kind of session that is no need's name. */
    private static boolean aSession(String words) {
        return SESSION.matcher(words).find() && !SESSION_PHRASES.matcher(words).find();
    }

    /**
     * Words for an age group. With a need they say whose it is and stay to match ("toddler tantrums", "teenage
     * pregnancy"); alone they name no need, only who it is for ("things for teenagers"), which the age read from them
     * says already: a listing that has the word in its name ("Living with Teenagers", a course for their parents) is
     * then not what was asked for more than the youth club that never says it.
     */
    private static final Pattern AGE_GROUP = Pattern.compile("\\b(?:new\\s*borns?|bab(?:y|ies)|toddlers?|teens?|teenagers?"
            + "|teenage|adolescents?|young\\s+people)\\b", Pattern.CASE_INSENSITIVE);

    /** Relatives beyond parents, partners and children: brothers and sisters, aunts and uncles, grandparents. */
    private static final String RELATIVES = "brothers?|sisters?|aunt|aunty|auntie|uncle|cousin|grand(?:parents?|ma|mas"
            + "|mother|pa|dad|father|son|daughter|child|children)|granddad|nan|nana|nanna|gran|granny|grandad";
    /** Words for a member of the family, which say whose a need is ("my husband", "her dad"). */
    private static final Pattern FAMILY = Pattern.compile("\\b(?:mums?|mom|moms|mummy|mother|dads?|daddy|father|parents?"
            + "|husband|hubby|hubbie|wife|wifey|missus|partner|fianc[eé]e?|fella|boyfriend|girlfriend|sons?"
            + "|daughters?|" + RELATIVES + "|step\\s*(?:son|daughter|dad|mum))\\b", Pattern.CASE_INSENSITIVE);
    /** Words that say whose a need is: an age group or a member of the family. */
    private static final Pattern WHOSE = Pattern.compile(AGE_GROUP.pattern() + "|" + FAMILY.pattern(),
            Pattern.CASE_INSENSITIVE);

    /**
     * Words that say a need is a difficulty without saying what it is: "behaviour problems", "sleep issues", "speech
     * difficulties", "lost his job and we are struggling". Listings name the need ("struggling with behaviour", "help
     * with sleep") and seldom these words.
     */
    private static final Pattern TROUBLE = Pattern.compile("\\b(?:problems?|issues?|difficult(?:y|ies)|troubles?"
            + "|struggl(?:e|es|ed|ing))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A partner, present or past, said any of the ways parents say it. */
    private static final String PARTNERS = "husband|hubby|hubbie|wife|wifey|missus|spouse|partner|fianc[eé]e?|fella"
            + "|boyfriend|girlfriend|bf|gf|ex|other\\s+half|baby\\s+(?:daddy|dad|father|mum|mother|mama)";
    private static final Pattern PARTNER = Pattern.compile("\\b(?:" + PARTNERS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Someone named only as he or she, who in a parent's words about being hurt is most often a partner. */
    private static final Pattern HE_OR_SHE = Pattern.compile("\\b(?:he|hes|she|shes|him|her)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The speaker's parent or a parent's partner: who hurts a child or young person searching for help. */
    private static final Pattern THEIR_PARENT = Pattern.compile("\\bmy\\s+(?:mum|mom|mummy|mother|dad|daddy|father"
            + "|step\\s*(?:dad|mum|father|mother)|mum'?s\\s+(?:boyfriend|partner)|dad'?s\\s+(?:girlfriend|partner)"
            + "|parents)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Someone other than a parent or partner who may hurt a child or young person searching: a relative, a carer, an
     * adult, or someone at school ("my uncle", "my brother", "a man", "someone").
     */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(?:my\\s+(?:step\\s*)?(?:" + RELATIVES
            + "|carer|teacher|coach|foster\\s+(?:mum|mom|dad|carer|parent)|mum'?s\\s+friend|dad'?s\\s+friend)"
            + "|someone|somebody|a\\s+(?:man|woman|boy|girl|teacher|coach|neighbour|stranger|grown\\s*up)"
            + "|an\\s+(?:adult|older\\s+(?:boy|girl|man|lad))|older\\s+(?:boys|girls|lads|men))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A child not the speaker's own, as an adult worried about them says it: "a child", "the kids next door", "my
     * neighbour's children", "my grandson" ("the kids" are most often the speaker's own).
     */
    private static final Pattern ANOTHER_CHILD = Pattern.compile("\\b(?:(?:a|this|that|some)\\s+(?:little\\s+)?"
            + "(?:child|children|kids?|baby|toddler|young\\s+person)"
            + "|(?:neighbou?r'?s'?|friend'?s'?|sister'?s|brother'?s|cousin'?s|partner'?s|ex'?s)\\s+(?:child|children|kids?"
            + "|sons?|daughters?|baby|boys?|girls?)"
            + "|grand(?:sons?|daughters?|child|children|kids?)|(?:kids?|children)\\s+next\\s+door)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * What an adult sees done to a child: hurt, neglected, left alone, always hungry ("a child is being hurt", "my
     * neighbour's kids are left alone all night").
     */
    private static final Pattern SEEN_HARMED = Pattern.compile("\\b(?:is|are|was|were|being|been|gets?|getting)\\s+"
            + "(?:being\\s+)?(?:hurt|harmed|hit|beaten(?:\\s+up)?|abused|neglected|mistreated|smacked|starved"
            + "|left\\s+(?:home\\s+)?alone|left\\s+on\\s+(?:their|his|her)\\s+own)\\b"
            + "|\\b(?:always|often|constantly)\\s+(?:hungry|dirty|left\\s+alone)\\b|\\bbruis(?:e|es|ed|ing)\\b"
            + "|\\bnot\\s+safe\\b", Pattern.CASE_INSENSITIVE);
    /**
     * An adult's worry about a child not their own, said as such: "worried about a child in my street", "concerned about
     * my neighbour's kids" (not "worried about the baby", who is most often the speaker's own).
     */
    private static final Pattern WORRIED_ABOUT_ANOTHER = Pattern.compile("\\b(?:worried|concerned|worrying)\\s+about\\s+"
            + "(?:(?:a|this|that)\\s+(?:little\\s+)?(?:child|kid|boy|girl)\\b(?!'s)|(?:my\\s+)?(?:neighbou?r'?s'?|friend'?s'?)"
            + "\\s+(?:child|children|kids?|sons?|daughters?|baby)\\b)", Pattern.CASE_INSENSITIVE);
    /**
     * What is done to a child that is abuse without a word for violence: touching, pictures, things they are made to do,
     * being followed ("my uncle touches me", "a man keeps asking me for pictures").
     */
    private static final Pattern ABUSE_OF_A_CHILD = Pattern.compile("\\b(?:touch(?:es|ed|ing)?\\s+me"
            + "|makes?\\s+me\\s+(?:do\\s+(?:things|stuff)|touch|watch)|(?:send|sends|sent|sending|show|shows|showed|showing)"
            + "\\s+me\\s+(?:pictures|pics|photos|videos|nudes|porn)|(?:asks?|asked|asking)\\s+(?:me\\s+)?(?:for\\s+)?"
            + "(?:pictures|pics|photos|nudes)|follow(?:s|ed|ing)\\s+me)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A child's words for neglect by their parent: not fed, left alone, locked in or out, thrown out ("my mum doesnt
     * feed me" listed breastfeeding cafés).
     */
    private static final Pattern NEGLECT = Pattern.compile("\\b(?:(?:doesnt|does\\s+not|dont|do\\s+not|never|wont"
            + "|will\\s+not)\\s+(?:feed|wash)\\s+(?:me|us)|starv(?:e|es|ed|ing)\\s+(?:me|us)|(?:leave|leaves|left|leaving)\\s+(?:me|us)"
            + "\\s+(?:home\\s+)?(?:alone|on\\s+my\\s+own|on\\s+our\\s+own|by\\s+myself)|lock(?:s|ed)?\\s+(?:me|us)\\s+(?:in|out)"
            + "|(?:kicked|threw|thrown|chucked)\\s+me\\s+out|no\\s+food\\s+(?:at|in\\s+the)\\s+(?:home|house))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Someone abused or beaten, without saying who does it or whether they are a child ("my sister is being abused",
     * "my friend has been beaten up").
     */
    private static final Pattern ABUSED = Pattern.compile("\\b(?:is|are|am|was|were|been|being|getting|gets)\\s+"
            + "(?:abused|beaten\\s+up|sexually\\s+abused)\\b", Pattern.CASE_INSENSITIVE);
    /** A child's words for danger at home. */
    private static final Pattern AFRAID_AT_HOME = Pattern.compile("\\b(?:(?:scared|afraid|frightened|terrified)\\s+"
            + "(?:to\\s+go|of\\s+going)\\s+home|(?:dont|do\\s+not)\\s+feel\\s+safe\\s+at\\s+home|not\\s+safe\\s+at\\s+home)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * What a partner does to a parent, or what the parent feels, when it is abuse: violence, control, fear, or a harm
     * done to the parent or the children ("hits me", "hurt the kids"); "hurt his back" and "abuses alcohol" are not.
     */
    private static final Pattern HARM = Pattern.compile("\\b(?:violent|violence|violently|abusive|aggressive|aggression"
            + "|controlling|coercive"
            + "|(?:scared|afraid|frightened|terrified)\\s+of\\s+(?:him|her|(?:my\\s+|our\\s+)?(?:" + PARTNERS + "))"
            + "|(?:hit|hits|hitting|beat|beats|beating|beaten|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?"
            + "|hurt(?:s|ing)?|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|grab(?:s|bed|bing)?|strangl(?:e|es|ed|ing)"
            + "|chok(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|threat(?:en|ens|ened|ening)|attack(?:s|ed|ing)?"
            + "|assault(?:s|ed|ing)?|rap(?:e|es|ed|ing)|abus(?:e|es|ed|ing)|bull(?:y|ies|ied|ying)|control(?:s|led|ling)"
            + "|stalk(?:s|ed|ing)|harass(?:es|ed|ing)|terrori[sz](?:es|ed|ing)|kill|stab|strangle)"
            + "\\s+(?:me|us|the\\s+(?:kids|children)|my\\s+(?:kids|children|sons?|daughters?|child|baby)"
            + "|our\\s+(?:kids|children))"
            + ")\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Harm to oneself in any of its forms: self-harm said as a verb ("she self harms"), hurting or cutting oneself
     * (not "he hurt himself playing football"), wanting to die, talk of suicide or of ending it, an overdose ("took an
     * od") or an attempt. The synonym list holds the phrases it reads as suicide or self-harm; "my son talks about
     * wanting to die" and "my daughter self harms" were in none of them, found a stay and play and a "self hard"
     * spelling, and said nothing of where to get help at once.
     */
    private static final Pattern HARM_TO_SELF = Pattern.compile("\\b(?:self\\s*-?\\s*harm\\w*"
            + "|(?:cuts|cutting|hurts|hurting|harm|harms|harming|harmed|punch(?:es|ing)|starv(?:e|es|ing)|hang|hanged"
            + "|kill|kills|killed|killing)\\s+(?:my|him|her|them|your|our)sel(?:f|ves)"
            + "|(?:want|wants|wanting|wanted)\\s+to\\s+(?:die|be\\s+dead|end\\s+it|end\\s+(?:my|his|her|their)\\s+life)"
            + "|(?:talk(?:s|ed|ing)?|think(?:s|ing)?|thought|thoughts)\\s+(?:about|of)\\s+(?:suicide"
            + "|ending\\s+(?:it|(?:my|his|her|their)\\s+life)|not\\s+being\\s+(?:here|alive))"
            + "|(?:doesn['’]?t|does\\s+not|don['’]?t|do\\s+not|didn['’]?t|did\\s+not)\\s+want\\s+to\\s+(?:live|be\\s+alive)"
            + "|overdos(?:e|ed|es|ing)|(?:took|taken|takes|had)\\s+an\\s+od"
            + "|(?:tried|trying|tries|attempted)\\s+to\\s+end\\s+(?:it|(?:my|his|her|their)\\s+life)"
            + ")\\b", Pattern.CASE_INSENSITIVE);
    /** How the directory names the help for harm to oneself. */
    static final String MENTAL_HEALTH = "mental health";
    /** How the directory names the help for harm by a partner. */
    static final String DOMESTIC_ABUSE = "domestic abuse";
    /** How the directory names the help for a child's violence or aggression. */
    static final String BEHAVIOUR = "behaviour";
    /** How the directory names the help for a child hurt by a parent. */
    static final String CHILD_HURT = "worried about a child";

    private ParentWords() {
    }

    /**
     * The words that name the need, which a listing must share: the words left to match without the open words
     * ({@link #OPEN}). Blank when the words name no need ("things to do with a", "help for my family", "a group for my 2
     * year old"): the search is then for everything the place and the understood preferences point to, ordered by the
     * words.
     */
    static String need(String words) {
        String need = OPEN.matcher(words).replaceAll(" ").replaceAll("\\s+", " ").strip();
        boolean none = namesNothing(need) || aSession(words) && namesNothing(SESSION.matcher(need).replaceAll(" "));
        return none ? "" : need;
    }

    /**
     * Whether the words name no need, once the synonym list's one-way phrases are read as it reads them: "when it's
     * raining" is read as "often", which says when, as "all the time" does, and names nothing to match; Polish
     * "zajęcia dla dziecka" is read as "activities", which asks for something to do, as the English does.
     */
    private static boolean namesNothing(String words) {
        return AGE_GROUP.matcher(OPEN.matcher(NO_NEED.matcher(readOneWay(words)).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ").replaceAll("[\\s\\p{Punct}]+", "").isEmpty();
    }

    private static final Pattern THEIR_CHILD = Pattern.compile("\\b(?:my|our)\\s+" + CHILDREN + "\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the words are about the parent's child ("my son is anxious", "my daughter is self harming"), or give an
     * age from 2 to 17 (a child's, or a young person's own), rather than about the parent: a baby's age says whose
     * need it is no more than "feeling low after having a baby" does, and "I'm 25 and anxious" is the parent's own.
     */
    /** Words of a baby lost, in pregnancy or after the birth ("i had a miscarriage", "baby loss", "stillborn"). */
    private static final Pattern BABY_LOST = Pattern.compile("\\b(?:miscarr\\w*|still\\s*-?\\s*(?:birth|born)|baby\\s+loss"
            + "|neonatal\\s+death|cot\\s+death|ectopic(?:\\s+pregnancy)?)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether the words tell of a baby lost, as they read once the age words are read ("we lost our baby": baby loss). */
    static boolean aBabyLost(String words) {
        return BABY_LOST.matcher(words).find();
    }

    static boolean aboutTheirChild(String words, @Nullable Integer ageFrom) {
        return THEIR_CHILD.matcher(words).find() || ageFrom != null && ageFrom >= 2 && ageFrom < 18;
    }

    /**
     * Whether the words ask for something to do and name no need ("things for teenagers", "toddler activities",
     * "somewhere to go with a 2 year old"): something for the child, not help for the parent.
     */
    static boolean somethingToDo(String words) {
        return (OPEN.matcher(words).find() || aSession(words)) && need(words).isBlank();
    }

    /**
     * Whether the words ask for an activity and name no need ("toddler activities in Knutsford", "things to do", "days
     * out"): "services in Crewe" asks for no kind of listing.
     */
    static boolean anActivity(String words) {
        return (ACTIVITY.matcher(words).find() || aSession(words)) && need(words).isBlank();
    }

    /**
     * The words whose meaning is looked for: as typed, with an age chosen in the filters said in words when the words
     * gave none, as the age says what they mean too ("things to do" for a 14-year-old is youth clubs, not rhyme times).
     */
    static String meant(String words, @Nullable Integer chosenAge, @Nullable Integer ageInWords) {
        if (chosenAge == null || ageInWords != null) {
            return words;
        }
        return words + (chosenAge == 0 ? " for a baby" : " for a " + chosenAge + " year old");
    }

    /**
     * A request's or a question's opening, before the situation a parent describes: "where can i get help for", "who
     * do i talk to about", "help with", "is there any support for", "what can i do about".
     */
    private static final Pattern ASKING = Pattern.compile("^(?:please\\s+)?(?:"
            + "(?:where|how|who|what)\\s+(?:can|could|do|should|would|will)\\s+(?:i|we)\\s+(?:\\S+\\s+){0,3}?"
            + "(?:help|support|advice)\\s+(?:for|with|about|on)"
            + "|(?:who|where)\\s+(?:can|could|do|should)\\s+(?:i|we)\\s+(?:talk|speak|go|turn|ask)(?:\\s+to)?\\s+(?:about|for|with)"
            + "|what\\s+(?:can|should|do)\\s+(?:i|we)\\s+do\\s+(?:about|with|when|if)"
            + "|how\\s+(?:do|can|should)\\s+(?:i|we)\\s+(?:cope|deal)\\s+with|how\\s+to\\s+(?:cope|deal)\\s+with"
            + "|(?:is|are)\\s+there\\s+(?:any(?:thing|one)?\\s+|some\\s+)?(?:help|support|advice|services?|groups?)?\\s*"
            + "(?:for|with|about)"
            + "|(?:i|we)\\s+(?:need|want|would\\s+like)\\s+(?:some\\s+)?(?:help|support|advice)\\s+(?:for|with|about|on)"
            + "|(?:(?:i\\s*'?m|i\\s+am|we\\s*'?re|we\\s+are)\\s+)?looking\\s+for\\s+(?:some\\s+)?(?:help|support|advice)"
            + "\\s+(?:for|with|about|on)"
            + "|(?:help|support|advice)\\s+(?:for|with|about|on))\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * The situation a parent describes, without the opening of their request or question ("where can i get help for
     * my son who won't go to school": "my son who won't go to school"), so its meaning is the situation's: asked as a
     * question, the school refusal was read as no need at all. The words as they are when they open otherwise.
     */
    static String situation(String words) {
        return ASKING.matcher(words.strip()).replaceFirst("");
    }

    /**
     * The words of the need that say what it is, without the small words around them ("help with toddler tantrums":
     * "toddler tantrums"): when a search is widened to some of the words, one of these must match, never "help" alone.
     */
    static String namingWords(String words) {
        return outsidePhrases(need(words), NO_NEED);
    }

    /**
     * The words that name the need without the small words, inside the synonym list's phrases too: for a search that
     * knows no synonyms (the database's, while the search engine is down).
     */
    static String ownWords(String words) {
        return NO_NEED.matcher(need(words)).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /**
     * The synonym list's one-way inputs, longest first, and what each is read as: for a search that knows no synonyms
     * (the database's), which would otherwise miss what a sentence means ("my partner hit me" is domestic abuse, and
     * no listing says "hit me").
     */
    private static final Map<String, String> ONE_WAY = ServiceIndex.oneWaySynonyms();
    private static final Pattern ONE_WAY_INPUTS = wholePhrases(ONE_WAY.keySet().stream());

    /**
     * Any of the phrases as whole words ("hit me", not "hit meat"), in any case, the longest first where they overlap
     * ("partner hit me" before "hit me"), as the synonym filter reads them.
     */
    static Pattern wholePhrases(Stream<String> phrases) {
        return Pattern.compile("(?<![\\p{L}\\p{N}'])(?:" + phrases.distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(phrase -> phrase))
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}'])", Pattern.CASE_INSENSITIVE);
    }

    /** The words without accents, as the index reads them and its synonym rules are written: "myśli" as "mysli". */
    static String folded(String words) {
        return Normalizer.normalize(words.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    /** The words with each of the synonym list's one-way inputs said as the list reads it ("partner hit me" → "domestic abuse"). */
    static String readOneWay(String words) {
        return ONE_WAY_INPUTS.matcher(folded(words).replaceAll("\\s+", " "))
                .replaceAll(input -> Matcher.quoteReplacement(" " + ONE_WAY.get(input.group().toLowerCase(Locale.ROOT)) + " "))
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether a correction of the words only changes some of them into words that name no need ("we're being evicted"
     * corrected to "where being evicted"): it asks for nothing more, so it is no better a search.
     */
    static boolean changesOnlySmallWords(String words, String corrected) {
        String[] typed = words.strip().split("\\s+");
        String[] into = corrected.strip().split("\\s+");
        if (typed.length != into.length) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < typed.length; i++) {
            if (!typed[i].equalsIgnoreCase(into[i])) {
                if (!NO_NEED.matcher(into[i]).matches()) {
                    return false;
                }
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The naming words ({@link #namingWords}) without the words for an age group or a member of the family, unless
     * nothing else is left: they say whose the need is. "My toddler only eats chips" is about eating, and a toddler
     * group that says "toddler" only is not about it; "my mum passed away" is about a death, not about the groups for
     * mums.
     */
    static String namingTheNeed(String words) {
        String naming = namingWords(words);
        String beyond = outsidePhrases(naming, WHOSE);
        return beyond.replaceAll("[\\s\\p{Punct}]+", "").isEmpty() ? naming : beyond;
    }

    /**
     * Whether the words name only whose a need is, beside the small words ("support for dads", "help for grandparents"):
     * they tell of no situation, so there is none to read a need from, and read as one by closeness "support for dads"
     * was young carers ("my child looks after his dad").
     */
    static boolean namesOnlyWhose(String words) {
        String need = need(words);
        return !need.isBlank() && NO_NEED.matcher(outsidePhrases(need, WHOSE)).replaceAll(" ")
                .replaceAll("[\\s\\p{Punct}]+", "").isEmpty();
    }

    /** The words without those the pattern finds, except inside the synonym list's phrases ({@link #PHRASES}). */
    private static String outsidePhrases(String words, Pattern taken) {
        StringBuilder kept = new StringBuilder();
        Matcher phrase = PHRASES.matcher(words);
        int from = 0;
        while (phrase.find()) {
            kept.append(taken.matcher(words.substring(from, phrase.start())).replaceAll(" ")).append(phrase.group());
            from = phrase.end();
        }
        kept.append(taken.matcher(words.substring(from)).replaceAll(" "));
        return kept.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * The need without its words for trouble ({@link #TROUBLE}), for a listing that names the need only; the need as
     * it was when it has none, or nothing else. Whose trouble it is goes too when it is a partner or a relative
     * ({@link #FAMILY}): "hubby lost his job and we are struggling" is money and work, and no listing says "hubby".
     */
    static String untroubled(String need) {
        String rest = TROUBLE.matcher(need).replaceAll(" ");
        if (!rest.equals(need)) {
            rest = FAMILY.matcher(rest).replaceAll(" ");
        }
        rest = rest.replaceAll("\\s+", " ").strip();
        return namingWords(rest).isEmpty() ? need : rest;
    }

    /**
     * Whether the words tell of harm by a partner: a partner, or someone named only as he or she when no child or
     * relative is named, with a word for violence, control or fear, or for a harm done to the parent or the children
     * ({@link #HARM}). "My husband is violent", "he gets violent when he drinks" and "frightened of my boyfriend" are
     * domestic abuse in any order of their words, which no list of phrases could hold; "my toddler hits me" is not.
     */
    static boolean harmByAPartner(String words) {
        if (!HARM.matcher(words).find()) {
            return false;
        }
        return PARTNER.matcher(words).find() || HE_OR_SHE.matcher(words).find() && !WHOSE.matcher(words).find();
    }

    /**
     * Whether the words tell of harm done by the speaker's parent or a parent's partner ("my dad hits me", "my
     * stepdad is violent", "my mum's boyfriend hurts me"): a child or young person searching, at risk.
     */
    static boolean harmByAParent(String words) {
        return THEIR_PARENT.matcher(words).find() && HARM.matcher(words).find();
    }

    /**
     * Whether the words tell of a child or young person hurt or abused by someone other than a parent or partner ("my
     * uncle touches me", "my brother hits me", "someone at school is touching me"), abused or neglected by a parent in
     * words with no violence ("my dad touches me", "my mum doesnt feed me"), or afraid to go home; or an adult worried
     * about another's child ("i think a child is being hurt", "my neighbour's kids are left alone all night"). "My uncle
     * touches me" listed the food banks, for "in touch", with no word of where to get help at once; "who do i call if i
     * think a child is being hurt" listed a parenting course first, read as a child's behaviour.
     */
    static boolean harmToAChildByAnother(String words) {
        return ANOTHER_CHILD.matcher(words).find() && SEEN_HARMED.matcher(words).find()
                || WORRIED_ABOUT_ANOTHER.matcher(words).find()
                || SOMEONE_ELSE.matcher(words).find()
                && (HARM.matcher(words).find() || ABUSE_OF_A_CHILD.matcher(words).find())
                || THEIR_PARENT.matcher(words).find()
                        && (ABUSE_OF_A_CHILD.matcher(words).find() || NEGLECT.matcher(words).find())
                || AFRAID_AT_HOME.matcher(words).find();
    }

    /** Whether the words tell of someone abused or beaten up, whoever does it ("my sister is being abused"). */
    static boolean abused(String words) {
        return ABUSED.matcher(words).find();
    }

    /**
     * Whether the words tell of someone abused or beaten up without saying whether they are a child: the notice then
     * gives both the domestic abuse helpline and the numbers for a child ("my sister is being abused" gave neither).
     */
    static boolean abusedAtAnyAge(String words) {
        return abused(words) && !THEIR_CHILD.matcher(words).find() && !AGE_GROUP.matcher(words).find();
    }

    /**
     * Whether the words tell of someone harming themselves or wanting to die, in any words ({@link #HARM_TO_SELF}):
     * "my son talks about wanting to die", "she has been cutting herself", "my daughter self harms".
     */
    static boolean harmToSelf(String words) {
        return HARM_TO_SELF.matcher(words).find();
    }

    /**
     * What harm told of in the words asks for, in the directory's words: a child at risk when the speaker's parent
     * does it ({@link #harmByAParent}), domestic abuse when a partner does it
     * ({@link #harmByAPartner}), a child at risk when someone else does it to a child ({@link #harmToAChildByAnother}),
     * mental health when someone harms themselves or wants to die ({@link #harmToSelf}), help with behaviour when the
     * parent's child does ("my son is violent towards me", "my teenager hits me"), else
     * nothing.
     */
    static @Nullable String harmReadAs(String words) {
        if (harmByAParent(words)) {
            return CHILD_HURT;
        }
        if (harmByAPartner(words)) {
            return DOMESTIC_ABUSE;
        }
        if (harmToAChildByAnother(words)) {
            return CHILD_HURT;
        }
        if (harmToSelf(words)) {
            return MENTAL_HEALTH;
        }
        boolean theirChild = THEIR_CHILD.matcher(words).find() || AGE_GROUP.matcher(words).find();
        return theirChild && HARM.matcher(words).find() ? BEHAVIOUR : null;
    }

    /** The aspects a parent took back ({@code age}, {@code free}, {@code day}, {@code time}, {@code delivery}). */
    static Read read(String text, Set<String> notUnderstood) {
        Reader reader = new Reader();
        String remaining = text;
        for (Rule rule : RULES) {
            if (notUnderstood.contains(rule.aspect())) {
                continue;
            }
            Matcher match = rule.words().matcher(remaining);
            StringBuilder kept = new StringBuilder();
            while (match.find()) {
                rule.reading().apply(match, reader);
                String said = rule.instead() != null ? " " + rule.instead() + " " : rule.takenOut() ? " " : match.group();
                match.appendReplacement(kept, Matcher.quoteReplacement(said));
            }
            match.appendTail(kept);
            remaining = kept.toString();
        }
        return new Read(remaining.replaceAll("\\s+", " ").strip(), reader.from, reader.to, reader.free,
                Set.copyOf(reader.days), Set.copyOf(reader.times), Set.copyOf(reader.delivery));
    }

    private static Rule pregnantAt(String years, String instead) {
        return new Rule("age", Pattern.compile("\\b(?:pregnant|expecting)\\s+(?:at|aged?)\\s+(?:" + years + ")\\b"
                + "|\\b(?:i'?m|i\\s+am|aged?|at)\\s+(?:" + years + ")\\s+(?:and\\s+)?(?:(?:i\\s+)?(?:just\\s+)?(?:found\\s+out|think"
                + "|know|am|i'?m|might\\s+be|may\\s+be)\\s+)*(?:i'?m\\s+|im\\s+)?(?:pregnant|expecting)\\b",
                Pattern.CASE_INSENSITIVE), false, (m, r) -> { }, instead);
    }

    /**
     * A rule for Polish words, which Java's {@code \\b} does not bound when they end in a marked letter ("sobotę"): the
     * words stand between anything but letters and digits.
     */
    private static Rule polish(String aspect, String regex, boolean takenOut, Reading reading) {
        return new Rule(aspect, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), takenOut, reading, null);
    }

    private static Rule rule(String aspect, String regex, boolean takenOut, Reading reading) {
        return new Rule(aspect, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), takenOut, reading, null);
    }

    private static String day(String stem) {
        return switch (stem.toLowerCase(Locale.ROOT)) {
            case "mon" -> "MO";
            case "tues" -> "TU";
            case "wednes" -> "WE";
            case "thurs" -> "TH";
            case "fri" -> "FR";
            case "satur" -> "SA";
            default -> "SU";
        };
    }

    private static final class Reader {
        @Nullable Integer from;
        @Nullable Integer to;
        boolean free;
        final Set<String> days = new LinkedHashSet<>();
        final Set<String> times = new LinkedHashSet<>();
        final Set<String> delivery = new LinkedHashSet<>();

        /** An exact age is the narrowest reading, so it wins over an age group named as well ("2 year old toddler"). */
        void age(int years) {
            from = years;
            to = years;
            exact = true;
        }

        /** Ages a parent gave as a range ("5 to 11 year olds") are as exact as one age. */
        void range(int low, int high) {
            from = Math.min(low, high);
            to = Math.max(low, high);
            exact = true;
        }

        void ages(int low, int high) {
            if (!exact && from == null) {
                from = low;
                to = high;
            }
        }

        boolean exact;
    }
}
