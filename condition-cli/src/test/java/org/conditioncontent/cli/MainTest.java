package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.conditioncontent.loader.rules.EditorialRule;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void theJarsOpenedAheadAreAskedForTheListOfHouseRulesTheCommandsLookFor() {
        // The same look-up as the rule set's ServiceLoader, so that the jars it opens are the
        // jars that look-up would open on the main thread.
        assertThat(Main.SERVICE_LIST).isEqualTo("META-INF/services/" + EditorialRule.class.getName());
    }
}
