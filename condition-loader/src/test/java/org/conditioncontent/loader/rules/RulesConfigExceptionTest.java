package org.conditioncontent.loader.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;
import org.junit.jupiter.api.Test;

/** The exception for a configuration that cannot be used, as a tool that sends it elsewhere sees it. */
class RulesConfigExceptionTest {

    @Test
    void itKeepsItsDiagnosticsWhenSerialized() throws Exception {
        RulesConfigException thrown = new RulesConfigException(List.of(new Diagnostic("conditions.yaml", 3, 5, "/rules/no-such-rule",
                Severity.ERROR, "rules-config", "There is no rule 'no-such-rule'; 'conditions rules' lists them")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }

        RulesConfigException read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (RulesConfigException) in.readObject();
        }

        assertThat(read.diagnostics()).isEqualTo(thrown.diagnostics()).hasSize(1);
        assertThat(read).hasMessage(thrown.getMessage());
    }
}
