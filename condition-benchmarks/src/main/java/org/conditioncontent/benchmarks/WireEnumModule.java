package org.conditioncontent.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.CodingSystem;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.ContributorRole;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.SectionKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Lets plain Jackson databind read and write the model's enums in the wire format
 * ({@code DRUG_CLASS} is {@code "drug-class"}), so that the Jackson baselines bind the same
 * documents into the same records as the loader. Jackson binds the records themselves through
 * their canonical constructors; only the enum names need help. This is the smallest setup a user
 * binding the articles with Jackson would write, and the one the floor benchmarks measure.
 */
public final class WireEnumModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(CodingSystem.class, Conjunction.class,
            ContributorRole.class, ItemKind.class, ReferenceType.class, SectionKind.class);

    /** Registers a reader and a writer for every enum of the model. */
    public WireEnumModule() {
        super("condition-wire-enums");
        for (Class<? extends Enum<?>> type : ENUMS) {
            register(type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void register(Class type) {
        addDeserializer(type, new Reader(type));
        addSerializer(type, new Writer());
    }

    /** Reads a wire name through a map built once: the same work Jackson's own enum reader does. */
    private static final class Reader<E extends Enum<E>> extends ValueDeserializer<E> {
        private final Class<E> type;
        private final Map<String, E> byName = new HashMap<>();

        Reader(Class<E> type) {
            this.type = type;
            for (E constant : type.getEnumConstants()) {
                byName.put(WireFormat.enumName(constant), constant);
            }
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext context) {
            String text = p.getValueAsString();
            E value = text == null ? null : byName.get(text);
            if (value == null) {
                return (E) context.handleWeirdStringValue(type, text, "not one of " + byName.keySet());
            }
            return value;
        }
    }

    /** Writes the wire name of a constant. */
    private static final class Writer extends ValueSerializer<Enum<?>> {
        @Override
        public void serialize(Enum<?> value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(WireFormat.enumName(value));
        }
    }
}
