package org.conditioncontent.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.CodingSystem;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.ContributorRole;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.SectionKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Lets plain Jackson databind read and write format 2's wire form, so that the Jackson baselines
 * bind the same documents into the same records as the loader. Jackson binds the records through
 * their canonical constructors; what needs help is what the wire form writes more briefly than a
 * record: the enums' names ({@code DRUG_CLASS} is {@code "drug-class"}), a {@code Block} told by
 * its shape (a paragraph is a string; a list, an aside, a figure an object told by its first
 * field), an {@code Item} with only text written as that text, and a {@code PartialDate} written
 * as {@code 2024}, {@code 2024-05} or {@code 2024-05-01}. This is about the least a user binding
 * the articles with Jackson would write, and the setup the floor benchmarks measure.
 */
public final class WireFormatModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(CodingSystem.class, Conjunction.class,
            ContributorRole.class, ItemKind.class, ReferenceType.class, SectionKind.class);

    /** Registers a reader and a writer for every enum of the model, blocks, items and dates. */
    public WireFormatModule() {
        super("condition-wire-format");
        for (Class<? extends Enum<?>> type : ENUMS) {
            register(type);
        }
        addDeserializer(Block.class, new BlockReader());
        addSerializer(Paragraph.class, new ParagraphWriter());
        addDeserializer(PartialDate.class, new DateReader());
        addSerializer(PartialDate.class, new DateWriter());
        setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                    ValueDeserializer<?> deserializer) {
                return bean.getBeanClass() == Item.class ? new ItemReader(deserializer) : deserializer;
            }
        });
        setSerializerModifier(new ValueSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings("unchecked") // the bean serializer Jackson made for Item
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
                    ValueSerializer<?> serializer) {
                return bean.getBeanClass() == Item.class ? new ItemWriter((ValueSerializer<Object>) serializer) : serializer;
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // raw: Jackson's generic (de)serializer types for an enum known at run time
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

    /** A block by its shape: a string is a paragraph; an object is told by the field it has. */
    private static final class BlockReader extends ValueDeserializer<Block> {
        @Override
        public Block deserialize(JsonParser p, DeserializationContext context) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return Paragraph.of(p.getString());
            }
            JsonNode node = context.readTree(p);
            Class<? extends Block> variant = node.has("items") ? ItemList.class
                    : node.has("title") ? Aside.class
                    : node.has("credit") ? Media.class
                    : node.has("text") ? Paragraph.class
                    : null;
            if (variant == null) {
                return (Block) context.handleUnexpectedToken(Block.class, p);
            }
            return context.readTreeAsValue(node, variant);
        }
    }

    /** An item: a string is an item with only that text; an object is bound as Jackson binds records. */
    private static final class ItemReader extends DelegatingDeserializer {
        ItemReader(ValueDeserializer<?> record) {
            super(record);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> record) {
            return new ItemReader(record);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return Item.of(p.getString());
            }
            return super.deserialize(p, context);
        }
    }

    /** An item with only text as that text; any other as the record. */
    private static final class ItemWriter extends ValueSerializer<Object> {
        private final ValueSerializer<Object> record;

        ItemWriter(ValueSerializer<Object> record) {
            this.record = record;
        }

        @Override
        public void resolve(SerializationContext context) {
            record.resolve(context);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
            Item item = (Item) value;
            if (item.equals(Item.of(item.text()))) {
                gen.writeString(item.text());
            } else {
                record.serialize(value, gen, context);
            }
        }
    }

    /** A paragraph as its text. */
    private static final class ParagraphWriter extends ValueSerializer<Paragraph> {
        @Override
        public void serialize(Paragraph value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(value.text());
        }
    }

    /** A date from {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    private static final class DateReader extends ValueDeserializer<PartialDate> {
        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext context) {
            String text = p.getValueAsString();
            PartialDate date = text == null ? null : PartialDate.parse(text);
            if (date == null) {
                return (PartialDate) context.handleWeirdStringValue(PartialDate.class, text, "not YYYY, YYYY-MM or YYYY-MM-DD");
            }
            return date;
        }
    }

    /** A date as {@link PartialDate#toString()} writes it. */
    private static final class DateWriter extends ValueSerializer<PartialDate> {
        @Override
        public void serialize(PartialDate value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(value.toString());
        }
    }
}
