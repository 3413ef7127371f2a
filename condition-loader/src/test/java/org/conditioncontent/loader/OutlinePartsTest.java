package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.outline.Part;
import org.junit.jupiter.api.Test;

/** The outline's parts that hold lists keep their own copies, as the model's records do. */
class OutlinePartsTest {

    @Test
    void thePartsOfListsKeepWhatTheyWereGiven() {
        List<Reference> references = new ArrayList<>(List.of(Reference.builder(ReferenceType.WEBPAGE).title("A page").build()));
        List<ResourceGroup> groups = new ArrayList<>();
        Part.ReferencesPart referencesPart = new Part.ReferencesPart(references);
        Part.ResourcesPart resourcesPart = new Part.ResourcesPart(groups);

        references.clear();
        groups.add(null);

        assertThat(referencesPart.references()).hasSize(1);
        assertThat(resourcesPart.groups()).isEmpty();
        assertThatThrownBy(() -> resourcesPart.groups().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
