package org.conditioncontent.loader.internal.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.loader.internal.Node;
import org.junit.jupiter.api.Test;

class SourceMapTest {

    @Test
    void aValueWrittenAsTextIsReportedAtTheText() {
        Node paragraph = new Node.ScalarNode(Node.Kind.STRING, " ", 4, 9);
        Node item = new Node.ObjectNode(List.of(new Node.Field("text", 5, 11, new Node.ScalarNode(Node.Kind.STRING, " ", 5, 17))), 5, 11);
        Node root = new Node.ObjectNode(List.of(new Node.Field("blocks", 3, 1, new Node.ArrayNode(List.of(paragraph, item), 4, 3))), 1, 1);
        assertThat(SourceMap.sourcePointer(root, "/blocks/0/text")).isEqualTo("/blocks/0");
        assertThat(SourceMap.sourcePointer(root, "/blocks/1/text")).isEqualTo("/blocks/1/text");
        assertThat(SourceMap.sourcePointer(root, "/blocks/2/text")).isEqualTo("/blocks/2/text");
    }
}
