package org.familyhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UrgentHelpTest {

    @Test
    void wordsOfSomeoneAtRiskNowAreRecognisedFromTheSynonymList() {
        assertThat(UrgentHelp.in("my son wants to kill himself")).containsExactly(UrgentHelp.HARM_TO_SELF);
        assertThat(UrgentHelp.in("I feel suicidal")).containsExactly(UrgentHelp.HARM_TO_SELF);
        assertThat(UrgentHelp.in("my daughter is self-harming")).containsExactly(UrgentHelp.HARM_TO_SELF);
        assertThat(UrgentHelp.in("my son took an od last night")).containsExactly(UrgentHelp.HARM_TO_SELF);
        assertThat(UrgentHelp.in("My partner hit me last night")).containsExactly(UrgentHelp.DOMESTIC_ABUSE);
        assertThat(UrgentHelp.in("my partner shouts at me all the time")).containsExactly(UrgentHelp.DOMESTIC_ABUSE);
        assertThat(UrgentHelp.in("przemoc domowa")).containsExactly(UrgentHelp.DOMESTIC_ABUSE);
        // A child sharing nude pictures is at risk: the NSPCC's line for adults worried about a child.
        assertThat(UrgentHelp.in("my 14 year old is sending nudes")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        assertThat(UrgentHelp.in("my daughter is sexting")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        assertThat(UrgentHelp.in("he tried to choke me")).containsExactly(UrgentHelp.DOMESTIC_ABUSE);
        // Harm by a partner in words no phrase of the list holds.
        assertThat(UrgentHelp.in("my husband is violent")).containsExactly(UrgentHelp.DOMESTIC_ABUSE);
        assertThat(UrgentHelp.in("he gets violent when he drinks")).containsExactly(UrgentHelp.DOMESTIC_ABUSE);
        assertThat(UrgentHelp.in("frightened of my boyfriend")).containsExactly(UrgentHelp.DOMESTIC_ABUSE);
        assertThat(UrgentHelp.in("hes threatening to kill me")).containsExactly(UrgentHelp.DOMESTIC_ABUSE);
        // A child hurt by a parent.
        assertThat(UrgentHelp.in("my dad hits me")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        assertThat(UrgentHelp.in("my stepdad is violent")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        // A child hurt or abused by someone else, or afraid to go home: food banks and a tantrums workshop came first,
        // with no word of where to get help at once.
        assertThat(List.of("my uncle touches me", "someone at school is touching me", "my brother hits me",
                "my dad touches me", "a man keeps asking me for pictures", "im scared to go home",
                "my step brother keeps hurting me", "an older boy sends me nudes"))
                .allSatisfy(words -> assertThat(UrgentHelp.in(words)).as(words).containsExactly(UrgentHelp.CHILD_AT_RISK));
        // An adult worried about another's child: a parenting course came first, read as a child's behaviour.
        assertThat(List.of("who do i call if i think a child is being hurt", "my neighbours kids are left alone all night",
                "the children next door are always hungry", "im worried about a child in my street",
                "i think my grandson is being hit by his stepdad", "my friend's daughter has bruises"))
                .allSatisfy(words -> assertThat(UrgentHelp.in(words)).as(words).containsExactly(UrgentHelp.CHILD_AT_RISK));
        // Neglect by a parent: breastfeeding cafés came first for "my mum doesnt feed me".
        assertThat(List.of("my mum doesnt feed me", "my parents leave me home alone all night",
                "my dad locked me out", "my stepmum kicked me out"))
                .allSatisfy(words -> assertThat(UrgentHelp.in(words)).as(words).containsExactly(UrgentHelp.CHILD_AT_RISK));
        // Rape: nothing found, and nothing said of where to turn.
        assertThat(List.of("i got raped", "I was sexually assaulted", "gwałt"))
                .allSatisfy(words -> assertThat(UrgentHelp.in(words)).as(words).containsExactly(UrgentHelp.SEXUAL_VIOLENCE));
        assertThat(UrgentHelp.in("he raped me")).contains(UrgentHelp.SEXUAL_VIOLENCE, UrgentHelp.DOMESTIC_ABUSE);
        // Abuse without saying by whom, or how old the one abused is: both the helpline and the numbers for a child.
        assertThat(List.of("my sister is being abused", "my friend has been beaten up", "i think my neighbour is abused"))
                .allSatisfy(words -> assertThat(UrgentHelp.in(words)).as(words)
                        .containsExactlyInAnyOrder(UrgentHelp.DOMESTIC_ABUSE, UrgentHelp.CHILD_AT_RISK));
        assertThat(UrgentHelp.in("my son is being beaten up at school")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        // Harm to oneself in words no phrase of the list holds: a stay and play came first, and nothing was said.
        assertThat(List.of("my son talks about wanting to die", "my daughter self harms", "she has been cutting herself",
                "my teenager doesn’t want to live any more", "my son keeps hurting himself on purpose",
                "i keep thinking about ending it", "my daughter took an overdose"))
                .allSatisfy(words -> assertThat(UrgentHelp.in(words)).as(words).containsExactly(UrgentHelp.HARM_TO_SELF));
        assertThat(UrgentHelp.in("myśli samobójcze u nastolatka")).containsExactly(UrgentHelp.HARM_TO_SELF);
        assertThat(UrgentHelp.in("samookaleczenie")).containsExactly(UrgentHelp.HARM_TO_SELF);
        assertThat(UrgentHelp.in("my son is being groomed")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        assertThat(UrgentHelp.in("county lines")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        assertThat(UrgentHelp.in("my son carries a knife")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        // Warning signs of exploitation: two stay and plays, and money advice, came first, with no notice.
        assertThat(UrgentHelp.in("my daughter has an older boyfriend")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        assertThat(UrgentHelp.in("my son owes money to a dealer")).containsExactly(UrgentHelp.CHILD_AT_RISK);
        assertThat(UrgentHelp.in("I think my daughter is being sexually abused")).containsExactly(UrgentHelp.CHILD_AT_RISK);
    }

    @Test
    void everydayNeedsAndAChildsBehaviourAreNotUrgent() {
        assertThat(UrgentHelp.in("stay and play crewe")).isEmpty();
        assertThat(UrgentHelp.in("my toddler hits me")).isEmpty();
        assertThat(UrgentHelp.in("my husband hurt his back")).isEmpty();
        assertThat(UrgentHelp.in("help with toddler tantrums")).isEmpty();
        assertThat(UrgentHelp.in("my brother keeps in touch with me")).isEmpty();
        assertThat(UrgentHelp.in("someone to talk to")).isEmpty();
        assertThat(UrgentHelp.in("my nan looks after me after school")).isEmpty();
        assertThat(UrgentHelp.in("my mum feeds me too much junk")).isEmpty();
        assertThat(UrgentHelp.in("leave me alone")).isEmpty();
        assertThat(UrgentHelp.in("grapes")).isEmpty();
        assertThat(UrgentHelp.in("we are beaten by the cost of living")).isEmpty();
        assertThat(UrgentHelp.in("my husband abuses alcohol")).isEmpty();
        assertThat(UrgentHelp.in("partner hit meat")).isEmpty();
        assertThat(UrgentHelp.in("my son hurt himself playing football")).isEmpty();
        assertThat(UrgentHelp.in("my baby cut herself on a toy")).isEmpty();
        assertThat(UrgentHelp.in("my daughter wants to live on her own")).isEmpty();
        assertThat(UrgentHelp.in("my son hit another child at nursery")).isEmpty();
        assertThat(UrgentHelp.in("worried about my grandson's speech")).isEmpty();
        assertThat(UrgentHelp.in("how can we stop arguing in front of the kids")).isEmpty();
        assertThat(UrgentHelp.in("things to do with the kids next door")).isEmpty();
        assertThat(UrgentHelp.in("the kids are always hungry and we have no money")).isEmpty();
        assertThat(UrgentHelp.in("worried about the baby not feeding")).isEmpty();
        assertThat(UrgentHelp.in("")).isEmpty();
    }

    @Test
    void aWarningSignIsReadAsTheListingsWordsForItsHelp() {
        assertThat(UrgentHelp.listingWords("my daughter has an older boyfriend"))
                .contains("child sexual exploitation", "worried about a child");
        assertThat(UrgentHelp.listingWords("my son is in a gang")).contains("criminal exploitation", "youth workers");
        assertThat(UrgentHelp.listingWords("my older sister has a new boyfriend")).isEmpty();
        assertThat(UrgentHelp.listingWords("stay and play crewe")).isEmpty();
    }
}
