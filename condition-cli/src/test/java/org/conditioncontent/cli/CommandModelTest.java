package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pieces every command's model shares. */
class CommandModelTest {

    @Test
    void exitCodesKeepTheirOrderAndTheTextAfterTheFirstColon() {
        assertThat(CommandModel.exitCodes("0:all good", "2:bad: the option", "1:findings"))
                .containsExactly(Map.entry("0", "all good"), Map.entry("2", "bad: the option"),
                        Map.entry("1", "findings"));
    }

    @Test
    void anExitCodeLineWithoutACodeIsRefusedByName() {
        assertThatThrownBy(() -> CommandModel.exitCodes("0:fine", "no code here")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"no code here\"").hasMessageContaining("CODE:TEXT");
        assertThatThrownBy(() -> CommandModel.exitCodes(":no code")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articlePathsAreRequiredListsOfPathsWithTheDescriptionGiven() {
        var paths = CommandModel.articlePaths("Files to migrate.");
        assertThat(paths.required()).isTrue();
        assertThat(paths.arity().min()).isEqualTo(1);
        assertThat(paths.arity().isUnspecified()).isFalse();
        assertThat(paths.description()).containsExactly("Files to migrate.");
        assertThat(CommandModel.articlePaths().description()).containsExactly(
                "Article files (.json, .yaml, .yml) and folders, searched recursively.");
    }
}
