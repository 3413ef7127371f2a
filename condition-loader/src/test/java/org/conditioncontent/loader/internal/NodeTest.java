package org.conditioncontent.loader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeTest {

    @Test
    void locateFollowsEscapedSegments() {
        Node value = new Node.ScalarNode(Node.Kind.STRING, "v", 3, 4);
        Node root = new Node.ObjectNode(List.of(new Node.Field("a/b~c", 3, 1, new Node.ArrayNode(List.of(value), 3, 2))), 1, 1);
        assertThat(Node.locate(root, "/a~1b~0c/0")).isSameAs(value);
        assertThat(Node.locate(root, "/a~1b~0c/1")).isNull();
        assertThat(Node.locate(root, "")).isSameAs(root);
        assertThat(Pointer.escape("a/b~c")).isEqualTo("a~1b~0c");
    }
}
