package org.familyhub.search;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words for age, cost, day, time and how help is given, read out of a parent's search. */
class ParentWordsTest {

    @Test
    void wordsThatSayOnlyWhoseANeedIsDescribeNoSituation() {
        assertThat(ParentWords.namesOnlyWhose("support for dads")).isTrue();
        assertThat(ParentWords.namesOnlyWhose("help for grandparents")).isTrue();
        assertThat(ParentWords.namesOnlyWhose("my teenager is anxious")).isFalse();
        assertThat(ParentWords.namesOnlyWhose("my mum drinks every night")).isFalse();
        assertThat(ParentWords.namesOnlyWhose("things to do with my kids")).as("names no need at all").isFalse();
    }

    @Test
    void anActivityIsAskedForByWordsForSomethingToDoThatNameNoNeed() {
        assertThat(ParentWords.anActivity("toddler activities")).isTrue();
        assertThat(ParentWords.anActivity("things to do")).isTrue();
        assertThat(ParentWords.anActivity("days out with the kids")).isTrue();
        assertThat(ParentWords.anActivity("where can i take my toddler")).isTrue();
        assertThat(ParentWords.anActivity("somewhere to take the kids")).isTrue();
        assertThat(ParentWords.anActivity("anywhere to take a toddler on a rainy day")).isTrue();
        assertThat(ParentWords.anActivity("something to keep them busy")).isTrue();
        assertThat(ParentWords.anActivity("where can i go for help with debt")).as("names a need").isFalse();
        assertThat(ParentWords.anActivity("group for my toddler")).isTrue();
        assertThat(ParentWords.need("club for a baby")).isBlank();
        assertThat(ParentWords.need("toddler groups")).as("the synonym list's phrase").isNotBlank();
        assertThat(ParentWords.need("autism group")).isNotBlank();
        assertThat(ParentWords.aboutTheirChild("my son is anxious", null)).isTrue();
        assertThat(ParentWords.aboutTheirChild("isnt talking yet", 2)).as("a child's age").isTrue();
        assertThat(ParentWords.aboutTheirChild("i feel low since having my baby", null)).isFalse();
        assertThat(ParentWords.aboutTheirChild("anxious", 25)).as("the parent's own age").isFalse();
        assertThat(ParentWords.aboutTheirChild("feeling low after having a baby", 0)).as("a baby's age").isFalse();
        assertThat(ParentWords.anActivity("services for my family")).as("asks for no kind of listing").isFalse();
        assertThat(ParentWords.anActivity("activities for autistic children")).as("names a need").isFalse();
        assertThat(ParentWords.anActivity("toddler tantrums")).isFalse();
        assertThat(ParentWords.anActivity("somewhere to go when its raining")).as("the rain says when, no need")
                .isTrue();
        assertThat(ParentWords.anActivity("somewhere to go with my little one")).as("the child, no need").isTrue();
    }

    @Test
    void anAgeAndADayAreReadAndTakenOutOfTheWordsToMatch() {
        ParentWords.Read read = ParentWords.read("messy play for my 2 year old on a Saturday", Set.of());

        assertThat(read.ageFrom()).isEqualTo(2);
        assertThat(read.ageTo()).isEqualTo(2);
        assertThat(read.days()).containsExactly("SA");
        assertThat(read.remainingText()).isEqualTo("messy play for my");
    }

    @Test
    void polishWordsForAgeCostDayAndTimeAreReadAsTheEnglishAre() {
        ParentWords.Read free = ParentWords.read("darmowe zajęcia dla dzieci w sobotę", Set.of());
        assertThat(free.free()).isTrue();
        assertThat(free.days()).containsExactly("SA");
        assertThat(free.remainingText()).isEqualTo("zajęcia dla dzieci");

        ParentWords.Read age = ParentWords.read("zajęcia dla 3 latka w weekend", Set.of());
        assertThat(age.ageFrom()).isEqualTo(3);
        assertThat(age.days()).containsExactlyInAnyOrder("SA", "SU");
        assertThat(age.remainingText()).as("no \"dla\" left to read as DLA, no \"w\"").isEqualTo("zajęcia");

        ParentWords.Read stage = ParentWords.read("Grupa dla maluchów w ŚRODĘ rano", Set.of());
        assertThat(stage.ageFrom()).isEqualTo(1);
        assertThat(stage.ageTo()).isEqualTo(3);
        assertThat(stage.days()).containsExactly("WE");
        assertThat(stage.times()).containsExactly("morning");
        assertThat(stage.remainingText()).as("the stage stays: listings say it").isEqualTo("Grupa dla maluchów");

        ParentWords.Read months = ParentWords.read("tanie zajęcia dla 18 miesięcy po szkole", Set.of());
        assertThat(months.free()).isTrue();
        assertThat(months.ageFrom()).isEqualTo(1);
        assertThat(months.times()).containsExactlyInAnyOrder("afternoon", "evening");

        ParentWords.Read english = ParentWords.read("free stay and play at the weekend", Set.of());
        assertThat(english.remainingText()).as("a bare weekend is the English rule's").isEqualTo("stay and play");
        assertThat(ParentWords.read("latarnia morska", Set.of()).days()).as("no day inside a word").isEmpty();
    }

    @Test
    void wordsForAnAgeGroupStayInTheWordsBecauseListingsUseThemToo() {
        ParentWords.Read read = ParentWords.read("free things for teenagers at the weekend", Set.of());

        assertThat(read.ageFrom()).isEqualTo(13);
        assertThat(read.ageTo()).isEqualTo(17);
        assertThat(read.free()).isTrue();
        assertThat(read.days()).containsExactlyInAnyOrder("SA", "SU");
        assertThat(read.remainingText()).isEqualTo("things for teenagers");
    }

    @Test
    void anExactAgeWinsOverAnAgeGroupNamedAsWell() {
        ParentWords.Read read = ParentWords.read("toddler group for my 18 month old", Set.of());

        assertThat(read.ageFrom()).isEqualTo(1);
        assertThat(read.ageTo()).isEqualTo(1);
        assertThat(read.remainingText()).isEqualTo("toddler group for my");
    }

    @Test
    void aPregnantTeenagersAgeIsHerOwnAndAsksForTheYoungParentsServices() {
        ParentWords.Read pregnant = ParentWords.read("pregnant at 16 crewe", Set.of());
        assertThat(pregnant.ageFrom()).isNull();
        assertThat(pregnant.remainingText()).isEqualTo("pregnant young parent crewe");
        assertThat(ParentWords.read("I'm 15 and pregnant", Set.of()).remainingText()).isEqualTo("pregnant young parent");
        assertThat(ParentWords.read("i'm 17 and just found out i'm pregnant", Set.of()).remainingText())
                .as("said as it is found out").isEqualTo("pregnant young parent");
        assertThat(ParentWords.read("im 16 and think im pregnant", Set.of()).remainingText())
                .isEqualTo("pregnant young parent");
        assertThat(ParentWords.read("im 17 and pregnant what help is there", Set.of()).ageFrom()).isNull();
        assertThat(ParentWords.read("pregnant at 21", Set.of()).remainingText()).isEqualTo("pregnant young parent");
        // From 25, her age says nothing more, and is not a child's either.
        ParentWords.Read at25 = ParentWords.read("pregnant at 25", Set.of());
        assertThat(at25.ageFrom()).isNull();
        assertThat(at25.remainingText()).isEqualTo("pregnant");
    }

    @Test
    void onlineAfterOrBeforeAHarmIsWhereItHappensNotHowHelpIsGiven() {
        ParentWords.Read bullied = ParentWords.read("my child is being bullied online", Set.of());
        assertThat(bullied.delivery()).isEmpty();
        assertThat(bullied.remainingText()).isEqualTo("my child is being bullied online");
        assertThat(ParentWords.read("online grooming", Set.of()).delivery()).isEmpty();
        assertThat(ParentWords.read("parenting course online", Set.of()).delivery()).containsExactly("online");
        assertThat(ParentWords.read("online parenting course", Set.of()).delivery()).containsExactly("online");
    }

    @Test
    void anAgeSaidAnotherWayIsReadToo() {
        assertThat(ParentWords.read("my daughter is 16", Set.of()).ageFrom()).isEqualTo(16);
        assertThat(ParentWords.read("my son is 14 and being bullied", Set.of()).ageFrom()).isEqualTo(14);
        assertThat(ParentWords.read("dance classes aged 8", Set.of()).ageFrom()).isEqualTo(8);

        ParentWords.Read range = ParentWords.read("holiday club for 5 to 11 year olds", Set.of());
        assertThat(range.ageFrom()).isEqualTo(5);
        assertThat(range.ageTo()).isEqualTo(11);
        assertThat(range.remainingText()).isEqualTo("holiday club for");
        ParentWords.Read aged = ParentWords.read("youth club aged 11-16 for teenagers", Set.of());
        assertThat(aged.ageFrom()).isEqualTo(11);
        assertThat(aged.ageTo()).isEqualTo(16);

        ParentWords.Read older = ParentWords.read("free things for older kids", Set.of());
        assertThat(older.ageFrom()).isEqualTo(8);
        assertThat(older.ageTo()).isEqualTo(17);
        assertThat(older.remainingText()).isEqualTo("things for");
        ParentWords.Read primary = ParentWords.read("clubs for primary school children", Set.of());
        assertThat(primary.ageFrom()).isEqualTo(4);
        assertThat(primary.ageTo()).isEqualTo(11);
        ParentWords.Read under = ParentWords.read("swimming for under 2s", Set.of());
        assertThat(under.ageFrom()).isEqualTo(0);
        assertThat(under.ageTo()).isEqualTo(1);
        assertThat(ParentWords.read("over 18s", Set.of()).ageFrom()).isNull();
    }

    @Test
    void openOnADayAsksForTheDay() {
        ParentWords.Read open = ParentWords.read("is there anywhere open on sundays for kids", Set.of());
        assertThat(open.days()).containsExactly("SU");
        assertThat(open.remainingText()).isEqualTo("is there anywhere for kids");
        assertThat(ParentWords.read("open arms drop in", Set.of()).remainingText()).isEqualTo("open arms drop in");
    }

    @Test
    void aBabyLostIsNoChildsAge() {
        ParentWords.Read lost = ParentWords.read("we lost our baby last year", Set.of());
        assertThat(lost.ageFrom()).isNull();
        assertThat(lost.remainingText()).isEqualTo("we baby loss");
        assertThat(ParentWords.aBabyLost(lost.remainingText())).isTrue();
        assertThat(ParentWords.read("my baby died", Set.of()).ageFrom()).isNull();
        assertThat(ParentWords.aBabyLost("support after a miscarriage")).isTrue();
        assertThat(ParentWords.read("my baby is losing weight", Set.of()).ageFrom()).isZero();
        assertThat(ParentWords.aBabyLost("my baby is losing weight")).isFalse();
        // When it happened says nothing of the need: "year" found the free early education for 2-year-olds.
        assertThat(lost.remainingText()).doesNotContain("year");
        assertThat(ParentWords.read("my son got arrested last night", Set.of()).remainingText())
                .isEqualTo("my son got arrested");
        assertThat(ParentWords.read("we moved here a few weeks ago", Set.of()).remainingText()).isEqualTo("we moved here");
    }

    @Test
    void aSchoolYearOrAMoveBetweenSchoolsSaysTheChildsAge() {
        ParentWords.Read year = ParentWords.read("my son in year 7 is being bullied", Set.of());
        assertThat(year.ageFrom()).isEqualTo(11);
        assertThat(year.ageTo()).isEqualTo(12);
        assertThat(year.remainingText()).isEqualTo("my son is being bullied");
        ParentWords.Read secondary = ParentWords.read("my child is anxious about starting secondary school", Set.of());
        assertThat(secondary.ageFrom()).isEqualTo(10);
        assertThat(secondary.ageTo()).isEqualTo(12);
        assertThat(secondary.remainingText()).as("the words say the need too")
                .isEqualTo("my child is anxious about starting secondary school");
        assertThat(ParentWords.read("moving up to high school", Set.of()).ageFrom()).isEqualTo(10);
        ParentWords.Read school = ParentWords.read("she starts school in september", Set.of());
        assertThat(school.ageFrom()).isEqualTo(3);
        assertThat(school.ageTo()).isEqualTo(4);
        assertThat(ParentWords.read("my 4 year old starts school in september", Set.of()).ageTo())
                .as("an age given wins").isEqualTo(4);
        assertThat(ParentWords.read("my 2 year old", Set.of()).ageFrom()).as("not a school year").isEqualTo(2);
        assertThat(ParentWords.read("a year 2020 leaflet", Set.of()).ageFrom()).isNull();
    }

    @Test
    void theWordsThatNameTheNeedAreThoseLeftWithoutTheSmallWords() {
        assertThat(ParentWords.namingWords("help with toddler tantrums")).isEqualTo("toddler tantrums");
        assertThat(ParentWords.namingWords("things to do for my family")).isEmpty();
        assertThat(ParentWords.namingWords("behavior problems")).isEqualTo("behavior problems");
        assertThat(ParentWords.namingWords("where can I get help with breastfeeding")).isEqualTo("breastfeeding");
        assertThat(ParentWords.namingWords("is there anyone who can help my family")).isEmpty();
    }

    @Test
    void whoseTheNeedIsMustNotBeTheOneWordThatMatches() {
        assertThat(ParentWords.namingTheNeed("my toddler only eats chips")).isEqualTo("eats chips");
        assertThat(ParentWords.namingTheNeed("my mum passed away")).isEqualTo("passed away");
        assertThat(ParentWords.namingTheNeed("my son is in prison")).isEqualTo("in prison");
        // "husband in prison" is the synonym list's phrase (a parent in prison: the family services), so it stays whole.
        assertThat(ParentWords.namingTheNeed("my husband is in prison")).isEqualTo("husband in prison");
        // The everyday words for a partner or a relative say whose it is too: "hubby" left too few words to match.
        assertThat(ParentWords.namingTheNeed("my hubby lost his job")).isEqualTo("lost his job");
        assertThat(ParentWords.namingTheNeed("my fella drinks too much")).isEqualTo("drinks too much");
        assertThat(ParentWords.namingTheNeed("my granny has dementia")).isEqualTo("dementia");
        // A phrase of the synonym list stays whole ("shouts at me"), and with nothing else, whose it is stays.
        assertThat(ParentWords.namingTheNeed("my partner shouts at me all the time")).isEqualTo("shouts at me all the time");
        assertThat(ParentWords.namingTheNeed("baby group")).isEqualTo("group");
        assertThat(ParentWords.namingTheNeed("dads")).isEqualTo("dads");
        assertThat(ParentWords.namingTheNeed("help with toddler tantrums")).isEqualTo("tantrums");
    }

    @Test
    void aPhraseOfTheSynonymListIsKeptWholeWithItsSmallWords() {
        // "at" and "me" name no need, but "shouts at me" is how the synonym list knows coercive control.
        assertThat(ParentWords.namingWords("my partner shouts at me all the time"))
                .isEqualTo("partner shouts at me all the time");
        assertThat(ParentWords.namingWords("classes for a mum to be")).isEqualTo("classes mum to be");
    }

    @Test
    void withoutSynonymsThePhrasesSmallWordsAreLeftOutToo() {
        assertThat(ParentWords.ownWords("my partner shouts at me all the time")).isEqualTo("partner shouts time");
        assertThat(ParentWords.ownWords("help with toddler tantrums")).isEqualTo("toddler tantrums");
    }

    @Test
    void aWordForTroubleIsLeftOutOnlyWhenSomethingElseNamesTheNeed() {
        assertThat(ParentWords.untroubled("behaviour problems")).isEqualTo("behaviour");
        assertThat(ParentWords.untroubled("sleep issues with my toddler")).isEqualTo("sleep with my toddler");
        assertThat(ParentWords.untroubled("speech difficulties")).isEqualTo("speech");
        assertThat(ParentWords.untroubled("hubby lost his job struggling")).isEqualTo("lost his job");
        // With nothing else that names a need, the word for trouble is all there is to match.
        assertThat(ParentWords.untroubled("problems with my child")).isEqualTo("problems with my child");
        assertThat(ParentWords.untroubled("breastfeeding")).isEqualTo("breastfeeding");
    }

    @Test
    void anAgeChosenInTheFiltersIsPartOfWhatTheWordsMean() {
        assertThat(ParentWords.meant("things to do", 14, null)).isEqualTo("things to do for a 14 year old");
        assertThat(ParentWords.meant("sensory play", 0, null)).isEqualTo("sensory play for a baby");
        assertThat(ParentWords.meant("swimming for my 3 year old", 5, 3)).as("the words' own age is kept")
                .isEqualTo("swimming for my 3 year old");
        assertThat(ParentWords.meant("things to do", null, null)).isEqualTo("things to do");
    }

    @Test
    void numbersThatAreATimeADistanceOrAnAmountAreNotAnAge() {
        for (String words : new String[] {"stay and play at 10am", "rhyme time at 10:30", "a group that is 2 miles away",
                "swimming at 5 pounds", "clinic at 9 o'clock", "nursery at 30 hours"}) {
            assertThat(ParentWords.read(words, Set.of()).ageFrom()).as(words).isNull();
        }
    }

    @Test
    void timesOfDayAndWaysOfGivingHelpAreRead() {
        ParentWords.Read afterSchool = ParentWords.read("after school club", Set.of());
        assertThat(afterSchool.days()).containsExactlyInAnyOrder("MO", "TU", "WE", "TH", "FR");
        assertThat(afterSchool.times()).containsExactlyInAnyOrder("afternoon", "evening");
        assertThat(afterSchool.remainingText()).isEqualTo("club");

        ParentWords.Read online = ParentWords.read("online parenting course in the evening", Set.of());
        assertThat(online.delivery()).containsExactly("online");
        assertThat(online.times()).containsExactly("evening");
        assertThat(online.remainingText()).isEqualTo("parenting course");

        assertThat(ParentWords.read("someone to talk to by phone", Set.of()).delivery()).containsExactly("phone");
    }

    @Test
    void wordsThatOnlyLookLikeATimeAreLeftAlone() {
        ParentWords.Read read = ParentWords.read("my baby won't sleep through the night", Set.of());

        assertThat(read.times()).isEmpty();
        assertThat(read.days()).isEmpty();
        assertThat(read.remainingText()).isEqualTo("my baby won't sleep through the night");
    }

    @Test
    void whatAParentTookBackStaysAPlainWord() {
        ParentWords.Read read = ParentWords.read("free school meals", Set.of("free"));

        assertThat(read.free()).isFalse();
        assertThat(read.remainingText()).isEqualTo("free school meals");
        assertThat(ParentWords.read("free school meals", Set.of()).remainingText()).isEqualTo("school meals");
    }

    @Test
    void theSynonymListsOneWayPhrasesAreSaidAsItReadsThemForTheDatabasesSearch() {
        assertThat(ParentWords.readOneWay("My partner  hit me last night")).isEqualTo("My domestic abuse often");
        // Whole words only, and the longest phrase first: "hits me" alone is a child's behaviour, not abuse.
        assertThat(ParentWords.readOneWay("my toddler hits me")).doesNotContain("domestic");
        assertThat(ParentWords.readOneWay("partner hit meat")).doesNotContain("domestic");
        assertThat(ParentWords.ownWords(ParentWords.readOneWay("my partner hit me last night")))
                .isEqualTo("domestic abuse");
        assertThat(ParentWords.readOneWay("myśli samobójcze")).isEqualTo("suicide self harm mental health");
    }

    @Test
    void aCorrectionOfTheSmallWordsOnlyIsNoBetterASearch() {
        assertThat(ParentWords.changesOnlySmallWords("we're being evicted", "where being evicted")).isTrue();
        assertThat(ParentWords.changesOnlySmallWords("nursary places", "nursery places")).isFalse();
        assertThat(ParentWords.changesOnlySmallWords("wher is the nursary", "where is the nursery")).isFalse();
        assertThat(ParentWords.changesOnlySmallWords("help", "help")).isFalse();
    }

    @Test
    void wordsThatAskForSomethingToDoAreNotANeedTheListingMustShare() {
        assertThat(ParentWords.need("things to do with a")).isEmpty();
        assertThat(ParentWords.need("activities for kids")).isEmpty();
        assertThat(ParentWords.need("somewhere to go for my family")).isEmpty();
        assertThat(ParentWords.need("help for my family")).isEmpty();
        // An age group alone says who it is for, which its age says already; with a need it says whose need it is.
        assertThat(ParentWords.need("toddler activities")).isEmpty();
        assertThat(ParentWords.need("things for teenagers")).isEmpty();
        assertThat(ParentWords.need("stuff for babies and young people")).isEmpty();
        assertThat(ParentWords.need("toddler tantrums")).isEqualTo("toddler tantrums");
        assertThat(ParentWords.need("teenage pregnancy")).isEqualTo("teenage pregnancy");
        assertThat(ParentWords.need("baby massage")).isEqualTo("baby massage");
        assertThat(ParentWords.need("services for disabled children")).isEqualTo("for disabled children");
        // A listing's own words are kept: "fun" in a name is one word of several.
        assertThat(ParentWords.need("messy play")).isEqualTo("messy play");
        assertThat(ParentWords.need("holiday club")).isEqualTo("holiday club");
        // Where the child goes, as well as where the parent takes them.
        assertThat(ParentWords.somethingToDo("where can my teenager go")).isTrue();
        assertThat(ParentWords.somethingToDo("where could our kids hang out")).isTrue();
        assertThat(ParentWords.need("where does my son go for help with his anxiety")).contains("anxiety");
    }

    @Test
    void aQuestionsOpeningIsNotPartOfTheSituation() {
        assertThat(ParentWords.situation("where can i get help for my son who won't go to school"))
                .isEqualTo("my son who won't go to school");
        assertThat(ParentWords.situation("who do i talk to about my child's speech")).isEqualTo("my child's speech");
        assertThat(ParentWords.situation("help with a teenager who won't go to school"))
                .isEqualTo("a teenager who won't go to school");
        assertThat(ParentWords.situation("is there any support for a family whose teenager runs away"))
                .isEqualTo("a family whose teenager runs away");
        assertThat(ParentWords.situation("what can i do about my baby's reflux")).isEqualTo("my baby's reflux");
        assertThat(ParentWords.situation("my son won't go to school")).isEqualTo("my son won't go to school");
        assertThat(ParentWords.situation("helping hands group")).isEqualTo("helping hands group");
    }

    @Test
    void harmToOneselfIsReadAsMentalHealthUnlessSomeoneElseDoesHarm() {
        assertThat(ParentWords.harmReadAs("my son talks about wanting to die")).isEqualTo(ParentWords.MENTAL_HEALTH);
        assertThat(ParentWords.harmReadAs("she keeps cutting herself")).isEqualTo(ParentWords.MENTAL_HEALTH);
        // Harm by a partner is the help asked for first; the page gives both notices.
        assertThat(ParentWords.harmReadAs("my husband hits me and i want to die")).isEqualTo(ParentWords.DOMESTIC_ABUSE);
        assertThat(ParentWords.harmReadAs("my son hurt himself playing football")).isNull();
    }

    @Test
    void harmByAPartnerIsReadInAnyWords() {
        assertThat(List.of("my husband is violent", "he gets violent when he drinks", "frightened of my boyfriend",
                "my boyfriend attacked me", "my partner is controlling", "my fella gets aggressive", "my ex threatened me",
                "she slapped me", "my wife hurts the kids", "baby daddy keeps hitting me", "scared of my other half"))
                .allMatch(ParentWords::harmByAPartner);
        // A child who hits, harm no one does to the parent, and a partner's other troubles are not it.
        assertThat(List.of("my toddler hits me", "my son is violent", "my son gets aggressive and he hits me",
                "my husband hurt his back", "my husband abuses alcohol", "hubby lost his job", "he is scared of the dark",
                "violent video games", "stay and play crewe")).noneMatch(ParentWords::harmByAPartner);
    }

    @Test
    void harmByTheParentsChildIsReadAsBehaviour() {
        assertThat(ParentWords.harmReadAs("my son is violent towards me")).isEqualTo(ParentWords.BEHAVIOUR);
        assertThat(ParentWords.harmReadAs("my teenager hits me")).isEqualTo(ParentWords.BEHAVIOUR);
        assertThat(ParentWords.harmReadAs("my husband is violent")).isEqualTo(ParentWords.DOMESTIC_ABUSE);
        assertThat(ParentWords.harmReadAs("my mum's boyfriend hurts me")).isEqualTo(ParentWords.CHILD_HURT);
        assertThat(ParentWords.harmReadAs("my dad is violent")).isEqualTo(ParentWords.CHILD_HURT);
        assertThat(ParentWords.harmReadAs("my son is being bullied")).isNull();
        assertThat(ParentWords.harmReadAs("stay and play")).isNull();
    }
}
