package org.familyhub.directory;

import org.familyhub.directory.RegisterNumber.Register;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Charity and company numbers as editors type them, written the registers' way, and what is not one. */
class RegisterNumberTest {

    @Test
    void charityNumbersAreSixOrSevenDigitsWithALinkedCharityAfterADash() {
        assertThat(RegisterNumber.parse(Register.CHARITY, " 1123 456 ")).hasValueSatisfying(n ->
                assertThat(n.number()).isEqualTo("1123456"));
        assertThat(RegisterNumber.parse(Register.CHARITY, "216250")).isPresent();
        assertThat(RegisterNumber.parse(Register.CHARITY, "1123456-1")).isPresent();
        assertThat(RegisterNumber.parse(Register.CHARITY, "12345")).isEmpty();
        assertThat(RegisterNumber.parse(Register.CHARITY, "SC012345")).as("Scotland's register is another").isEmpty();
        assertThat(RegisterNumber.parse(Register.CHARITY, "1/12/2026")).isEmpty();
    }

    @Test
    void companyNumbersAreEightCharactersWithTheRegistersLeadingNoughts() {
        assertThat(RegisterNumber.parse(Register.COMPANY, "1234567")).hasValueSatisfying(n ->
                assertThat(n.number()).isEqualTo("01234567"));
        assertThat(RegisterNumber.parse(Register.COMPANY, "sc123456")).hasValueSatisfying(n ->
                assertThat(n.number()).isEqualTo("SC123456"));
        assertThat(RegisterNumber.parse(Register.COMPANY, "12345")).isEmpty();
        assertThat(RegisterNumber.parse(Register.COMPANY, "ABC12345")).isEmpty();
        assertThat(RegisterNumber.parse(Register.COMPANY, "123456789")).isEmpty();
    }

    @Test
    void eachRegisterIsKnownByItsOrgIdGuideCode() {
        assertThat(RegisterNumber.Register.ofScheme("GB-CHC")).contains(Register.CHARITY);
        assertThat(RegisterNumber.Register.ofScheme("GB-COH")).contains(Register.COMPANY);
        assertThat(RegisterNumber.Register.ofScheme("XI-ABC")).isEmpty();
    }
}
