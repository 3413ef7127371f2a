package org.conditioncontent.loader.internal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Names;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class ViolationMapperTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void listIndexesComeFromTheNodeAfterTheList() {
        Condition c = Condition.builder("a", "A")
                .body(Section.of(SectionKind.RISK_FACTORS, Paragraph.of(" "), ItemList.bullets(Item.of("ok"),
                        Item.builder("nested").examples("fine", " ").items(Item.of(" ")).build())))
                .build();
        List<String> pointers = VALIDATOR.validate(c).stream().map(v -> ViolationMapper.pointer(v.getPropertyPath())).sorted().toList();
        assertThat(pointers).containsExactly("/body/0/blocks/0/text", "/body/0/blocks/1/items/1/examples/1",
                "/body/0/blocks/1/items/1/items/0/text");
    }

    @Test
    void aConstraintWithoutItsOwnRuleIsReportedAsConstraint() {
        record Note(@Size(max = 3) String text, @NotBlank String by) {}
        Set<ConstraintViolation<Note>> violations = VALIDATOR.validate(new Note("too long", "x"));
        Node root = new Node.ObjectNode(List.of(new Node.Field("text", 2, 1, new Node.ScalarNode(Node.Kind.STRING, "too long", 2, 7))), 1, 1);
        Findings findings = new Findings("note.yaml", 10);
        ViolationMapper.report(violations, root, UnaryOperator.identity(), Set.of(), findings);
        assertThat(findings.sorted(org.conditioncontent.loader.Diagnostic.ORDER)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("constraint");
            assertThat(d.line() + ":" + d.column()).isEqualTo("2:7");
            assertThat(d.message()).startsWith("\"text\" size must be between 0 and 3");
        });
    }

    @Test
    void suggestionsForgiveCaseSeparatorsAndSmallTypos() {
        List<String> fields = List.of("title", "alsoCalled", "references", "id");
        assertThat(Names.suggest("also_called", fields)).isEqualTo("alsoCalled");
        assertThat(Names.suggest("Title", fields)).isEqualTo("title");
        assertThat(Names.suggest("titel", fields)).isEqualTo("title");
        assertThat(Names.suggest("refrences", fields)).isEqualTo("references");
        assertThat(Names.suggest("colour", fields)).isNull();
        assertThat(Names.label("/references/2/title")).isEqualTo("\"title\"");
        assertThat(Names.label("/alsoCalled/0")).isEqualTo("item 1 of \"alsoCalled\"");
    }
}
