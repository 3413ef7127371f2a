package org.conditioncontent.loader.internal.binding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Names;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Node} tree into model records, following the {@link WireFormat}: field names are
 * component names, an absent or {@code null} field is {@code null}, the empty list or
 * {@code false}. Every mismatch becomes a diagnostic and binding goes on, so one pass finds every
 * structural problem; the record is still built (with the bad parts left out) so that Bean
 * Validation can check the rest. One binder per file.
 */
public final class Binder {

    /**
     * Each record type's field names and their positions among its components. Finding a field was
     * a search by name and then {@code indexOf}, which compared whole {@link Property} records
     * (generic types and accessors): a twentieth of the load (see docs/performance.md).
     */
    /** How a value of a class is bound, apart from the scalars, which are told by identity. */
    private enum ValueKind { RECORD, VARIANT, LIST, ENUM, OTHER }

    /**
     * Each class's kind, worked out once: on JDK 17 {@code Class.isRecord} and {@code isSealed} are
     * calls into the VM ({@code isSealed} also resolves the permitted classes), and the binder
     * asks for every value it binds. A record other than {@link PartialDate} (a scalar on the
     * wire) is a record; a sealed interface of records a variant.
     */
    private static final ClassValue<ValueKind> KINDS = new ClassValue<>() {
        @Override
        protected ValueKind computeValue(Class<?> type) {
            if (type.isRecord() && type != PartialDate.class) {
                return ValueKind.RECORD;
            }
            if (type.isSealed()) {
                return ValueKind.VARIANT;
            }
            if (type == List.class) {
                return ValueKind.LIST;
            }
            return type.isEnum() ? ValueKind.ENUM : ValueKind.OTHER;
        }
    };

    /**
     * What binding needs of one declared type, worked out once for each component of a record
     * (and each list's elements): its class, how it is bound and, for a list, its elements'. The
     * binder visits every value of an article, and looking each of these up by class for every
     * value was a twelfth of a cold structural load (one {@code ClassValue} lookup costs a few
     * calls that C1 does not inline).
     */
    private static final class Slot {
        final Type type;
        final Class<?> raw;
        final ValueKind kind;
        final @Nullable Slot element;
        /** The record component's accessor, for a component's slot: its constraints name a number's range in words. */
        final @Nullable Method accessor;

        /** The plan of {@link #raw} as a record, set on first use (plans are immutable: a race makes equal ones). */
        private @Nullable RecordPlan recordPlan;
        /** The plan of {@link #raw} as a sealed interface, set on first use. */
        private @Nullable VariantPlan variantPlan;

        Slot(Type type) {
            this(type, null);
        }

        Slot(Type type, @Nullable Method accessor) {
            this.type = type;
            this.raw = Property.raw(type);
            this.kind = KINDS.get(raw);
            this.element = kind == ValueKind.LIST ? new Slot(Property.elementType(type)) : null;
            this.accessor = accessor;
        }

        RecordPlan recordPlan() {
            RecordPlan plan = recordPlan;
            if (plan == null) {
                plan = PLANS.get(raw);
                recordPlan = plan;
            }
            return plan;
        }

        VariantPlan variantPlan() {
            VariantPlan plan = variantPlan;
            if (plan == null) {
                plan = VARIANT_PLANS.get(raw);
                variantPlan = plan;
            }
            return plan;
        }
    }

    /**
     * A sealed interface as the binder reads it: the variant a text stands for, and each object
     * variant's telling field, in the order {@link WireFormat} tries them.
     */
    private static final class VariantPlan {
        final @Nullable RecordPlan text;
        final String[] discriminators;
        final RecordPlan[] variants;

        VariantPlan(Class<?> type) {
            Class<?> textVariant = WireFormat.textVariant(type);
            this.text = textVariant == null ? null : PLANS.get(textVariant);
            List<Class<?>> all = WireFormat.variants(type);
            this.variants = new RecordPlan[all.size()];
            this.discriminators = new String[variants.length];
            for (int i = 0; i < variants.length; i++) {
                variants[i] = PLANS.get(all.get(i));
                discriminators[i] = WireFormat.discriminator(all.get(i));
            }
        }

        /** As {@link WireFormat#objectVariant}: the first variant whose telling field the object has. */
        @Nullable RecordPlan objectVariant(Node.ObjectNode object) {
            for (int i = 0; i < discriminators.length; i++) {
                if (hasField(object, discriminators[i])) {
                    return variants[i];
                }
            }
            return null;
        }
    }

    private static final ClassValue<VariantPlan> VARIANT_PLANS = new ClassValue<>() {
        @Override
        protected VariantPlan computeValue(Class<?> type) {
            return new VariantPlan(type);
        }
    };

    /**
     * One record class as the binder reads it, worked out once: its shape, each field's position
     * and slot, which components are required and what an absent one gets.
     */
    private static final class RecordPlan {
        final Class<?> type;
        final RecordShape shape;
        final List<Property> properties;
        final Map<String, Integer> positions;
        /** The component names, in order. */
        final String[] names;
        final Slot[] slots;
        final boolean[] required;
        final @Nullable Object[] absent;
        final boolean textForm;

        RecordPlan(Class<?> type) {
            this.type = type;
            this.shape = RecordShape.of(type);
            this.properties = shape.properties();
            int n = properties.size();
            Map<String, Integer> byName = new HashMap<>();
            this.slots = new Slot[n];
            this.required = new boolean[n];
            this.absent = new Object[n];
            for (int i = 0; i < n; i++) {
                Property property = properties.get(i);
                byName.put(property.name(), i);
                slots[i] = new Slot(property.type(), property.accessor());
                required[i] = isRequired(type, property);
                absent[i] = absent(property);
            }
            this.positions = Map.copyOf(byName);
            this.names = properties.stream().map(Property::name).toArray(String[]::new);
            this.textForm = WireFormat.hasTextForm(type);
        }

        /**
         * The position of a field among the components. The tree reader's JSON parser interns
         * field names, as the compiler does component names, so a scan by identity finds every
         * known name without hashing or comparing text; a name read otherwise (YAML) is looked up.
         *
         * @param name a field name
         * @return its component's position, or -1 when the record has no such component
         */
        int position(String name) {
            String[] known = names;
            for (int i = 0; i < known.length; i++) {
                if (known[i] == name) {
                    return i;
                }
            }
            Integer position = positions.get(name);
            return position == null ? -1 : position;
        }
    }

    private static final ClassValue<RecordPlan> PLANS = new ClassValue<>() {
        @Override
        protected RecordPlan computeValue(Class<?> type) {
            return new RecordPlan(type);
        }
    };

    private final Findings findings;
    private final Set<String> failed = new HashSet<>();
    /** The pointers of unknown fields, among {@link #failed}: extra values, not values left out. */
    private final Set<String> unknown = new HashSet<>();
    private final SourceMap sources = new SourceMap();
    private final List<Unbuilt> unbuilt = new ArrayList<>();

    /**
     * A record that could not be built because a component it requires has no value: the value
     * was absent (a {@code required} finding was added) or did not bind (its finding was added).
     * The record is left out, as a list element that does not bind is, so that no record holds
     * {@code null} where the model promises a value; its parent gets no value there, or its list
     * one element fewer. The values that did bind are kept so that they can still be validated.
     *
     * @param type the record type
     * @param at the record's pointer in the document
     * @param arguments the bound component values, in component order; {@code null} where there is none
     */
    public record Unbuilt(Class<?> type, Pointer at, @Nullable Object[] arguments) {
        /**
         * The bound value of a component.
         *
         * @param name the component's name
         * @return its value, or {@code null} if it has none or the record has no such component
         */
        public @Nullable Object component(String name) {
            Integer position = PLANS.get(type).positions.get(name);
            return position == null ? null : arguments[position];
        }
    }

    /**
     * Creates a binder.
     *
     * @param findings where problems go
     */
    public Binder(Findings findings) {
        this.findings = findings;
    }

    /**
     * The pointers of values that could not be bound; constraint findings at or below them would
     * only repeat what was said.
     *
     * @return the pointers
     */
    public Set<String> failedPointers() {
        return failed;
    }

    /**
     * The pointers of the unknown fields, which are among {@link #failedPointers()}: values the
     * article has that no record takes, where the others are values it takes but could not bind.
     *
     * @return the pointers
     */
    public Set<String> unknownFieldPointers() {
        return unknown;
    }

    /**
     * Where the elements of the bound lists came from, for turning pointers into the bound value
     * back into pointers into the document.
     *
     * @return the map, filled by {@link #bind(Node, Type)}
     */
    public SourceMap sourceMap() {
        return sources;
    }

    /**
     * The records that could not be built, in the order their ends were reached (inner ones
     * first).
     *
     * @return the records
     */
    public List<Unbuilt> unbuilt() {
        return unbuilt;
    }

    /**
     * Binds a document to a type.
     *
     * @param root the document's root value
     * @param type the record, list, or scalar type it should have
     * @return the bound value, or {@code null} when it does not fit (a diagnostic was added) or is
     *     a record that lacks a required value (see {@link Unbuilt})
     */
    public @Nullable Object bind(Node root, Type type) {
        Slot slot = lastRoot;
        if (slot == null || !slot.type.equals(type)) {
            slot = new Slot(type);
            lastRoot = slot;
        }
        return bind(root, slot, Pointer.ROOT);
    }

    /**
     * The slot of the last document type bound, kept so that each document does not look its
     * record plan up by class again: in a cold run that lookup often missed the class's small
     * cache and took the slow path, some microseconds a document. A slot is immutable but for the
     * plans it caches, which a race only makes again, equal.
     */
    private static volatile @Nullable Slot lastRoot;

    private @Nullable Object bind(Node node, Slot slot, Pointer pointer) {
        Class<?> raw = slot.raw;
        ValueKind kind = slot.kind;
        Type type = slot.type;
        if (kind == ValueKind.RECORD) {
            RecordPlan plan = slot.recordPlan();
            return plan.textForm && isText(node) ? textForm((Node.ScalarNode) node, plan) : bindRecord(node, plan, pointer);
        }
        if (kind == ValueKind.VARIANT) {
            return bindVariant(node, raw, slot.variantPlan(), pointer);
        }
        if (kind == ValueKind.LIST) {
            return bindList(node, slot, pointer);
        }
        if (!(node instanceof Node.ScalarNode scalar)) {
            return wrongType(node, type, pointer);
        }
        if (raw == String.class) {
            // Numbers are taken as the text they were written as: YAML authors write "volume: 10".
            return scalar.kind() == Node.Kind.STRING || scalar.kind() == Node.Kind.INTEGER || scalar.kind() == Node.Kind.DECIMAL
                    ? scalar.text()
                    : wrongType(node, type, pointer);
        }
        if (raw == Integer.class || raw == int.class) {
            if (scalar.kind() == Node.Kind.INTEGER) {
                try {
                    return Integer.valueOf(scalar.text());
                } catch (NumberFormatException e) {
                    // Quoted (and cut) as other values are: the number may be hundreds of digits.
                    String bound = boundInWords(slot.accessor, scalar.text().startsWith("-"));
                    return bound != null
                            ? fail(node, pointer, Rules.RANGE, Names.label(pointer.toString()) + " " + bound + "; it is " + hugeNumber(scalar.text()))
                            : fail(node, pointer, Rules.WRONG_TYPE, Names.label(pointer.toString())
                                    + " must be a whole number from -2147483648 to 2147483647, but it is " + Names.quote(scalar.text()));
                }
            }
            return wrongType(node, type, pointer);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return scalar.kind() == Node.Kind.BOOLEAN ? Boolean.valueOf(scalar.text()) : wrongType(node, type, pointer);
        }
        if (raw == LocalDate.class) {
            if (scalar.kind() != Node.Kind.STRING) {
                return wrongType(node, type, pointer);
            }
            LocalDate date = WireFormat.parseDate(scalar.text());
            return date != null ? date : badDate(scalar, pointer, "YYYY-MM-DD, such as 2024-05-01");
        }
        if (raw == PartialDate.class) {
            // YAML authors write "lastReviewed: 2019" as a number; it is the year.
            if (scalar.kind() != Node.Kind.STRING && scalar.kind() != Node.Kind.INTEGER) {
                return wrongType(node, type, pointer);
            }
            PartialDate date = PartialDate.parse(scalar.text());
            return date != null ? date : badDate(scalar, pointer, "YYYY, YYYY-MM or YYYY-MM-DD, such as 2019-10");
        }
        if (kind == ValueKind.ENUM) {
            return bindEnum(scalar, raw, pointer);
        }
        throw new IllegalStateException("The wire format has no reader for " + type);
    }

    /**
     * Reports a date that does not read: what is wrong with it when it has the form (a month or
     * a day the calendar does not have), else the form it must have.
     */
    private @Nullable Object badDate(Node.ScalarNode scalar, Pointer pointer, String form) {
        String problem = CalendarDates.problem(scalar.text());
        String label = Names.label(pointer.toString());
        return fail(scalar, pointer, Rules.DATE, problem != null ? label + " is " + Names.quote(scalar.text()) + ", but " + problem
                : label + " must be a date written as " + form + ", but it is " + Names.quote(scalar.text()));
    }

    /**
     * Checks a reference's date, which it gives as three numbers: a day needs a month, and must
     * be one that month has. A day or month out of its range is left to the range constraint.
     */
    private void checkDay(Node.ObjectNode object, Reference reference, Pointer pointer) {
        Integer day = reference.day();
        Integer year = reference.year();
        Integer month = reference.month();
        if (day == null || day < 1 || day > 31 || month != null && (month < 1 || month > 12)) {
            return;
        }
        String problem = month == null ? "a day needs a month: add \"month\" or remove \"day\""
                : year == null ? CalendarDates.problem(month, day) : CalendarDates.problem(year, month, day);
        if (problem == null) {
            return;
        }
        for (Node.Field field : object.fields()) {
            if (field.name().equals("day")) {
                fail(field.value(), pointer.field("day"), Rules.DATE, problem);
                return;
            }
        }
    }

    private @Nullable Object bindRecord(Node node, RecordPlan plan, Pointer pointer) {
        if (!(node instanceof Node.ObjectNode object)) {
            return wrongType(node, plan.type, pointer);
        }
        Class<?> type = plan.type;
        RecordShape shape = plan.shape;
        List<Property> properties = plan.properties;
        @Nullable Object[] arguments = new Object[properties.size()];
        boolean[] present = new boolean[properties.size()];
        List<Node.Field> fields = object.fields();
        for (int f = 0, n = fields.size(); f < n; f++) {
            Node.Field field = fields.get(f);
            Pointer childPointer = pointer.field(field.name());
            int position = plan.position(field.name());
            if (position < 0) {
                unknownField(field, shape, childPointer);
                continue;
            }
            if (field.value() instanceof Node.ScalarNode s && s.kind() == Node.Kind.NULL) {
                continue; // null is the same as absent
            }
            present[position] = true;
            arguments[position] = bind(field.value(), plan.slots[position], childPointer);
        }
        boolean[] required = plan.required;
        boolean complete = true;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] == null) {
                arguments[i] = plan.absent[i];
            }
            if (arguments[i] == null && required[i]) {
                complete = false;
                if (!present[i]) {
                    missing(object, type, pointer, properties.get(i).name());
                }
            }
        }
        if (!complete) {
            unbuilt.add(new Unbuilt(type, pointer, arguments));
            return null;
        }
        Object record = shape.construct(arguments);
        if (record instanceof Reference reference) {
            checkDay(object, reference, pointer);
        }
        if (!sources.isEmpty()) {
            // The constructor copies its lists; the copies are what pointers will be followed through.
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof List<?> bound && properties.get(i).read((Record) record) instanceof List<?> kept) {
                    sources.copied(bound, kept);
                }
            }
        }
        return record;
    }

    /**
     * Whether a component must have a value for its record to be built. A component of the
     * model's records is looked up in a table generated from the model, which the binder's test
     * checks against {@link #declaresRequired}: reading the annotations parsed each accessor's
     * type annotations, 2.5 % of a cold run of 1,000 articles (docs/performance.md, "Issue
     * 20: building records, round 6").
     */
    private static boolean isRequired(Class<?> type, Property property) {
        int known = RequiredComponents.of(type, property.name());
        return known >= 0 ? known == 1 : declaresRequired(property);
    }

    /**
     * Whether a component's declaration or declared type carries a constraint that rejects
     * {@code null}, and it is neither a list (absent is empty) nor primitive.
     *
     * @param property a record component
     * @return {@code true} when it is required
     */
    static boolean declaresRequired(Property property) {
        Class<?> raw = property.rawType();
        if (raw == List.class || raw.isPrimitive()) {
            return false;
        }
        java.lang.reflect.Method accessor = property.accessor();
        // Made once: each call parses the method's type annotations again.
        java.lang.reflect.AnnotatedType returnType = accessor.getAnnotatedReturnType();
        for (Class<? extends java.lang.annotation.Annotation> a : List.of(NotNull.class, NotBlank.class, NotEmpty.class)) {
            if (accessor.isAnnotationPresent(a) || returnType.isAnnotationPresent(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasField(Node.ObjectNode object, String name) {
        for (Node.Field field : object.fields()) {
            if (field.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isText(Node node) {
        return node instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING;
    }

    /** A record written as the text of its first component: every other component is absent. */
    private static Object textForm(Node.ScalarNode text, RecordPlan plan) {
        // Copied rather than cloned: C1 compiles an array's clone() to a call into the VM.
        Object[] arguments = new Object[plan.absent.length];
        System.arraycopy(plan.absent, 0, arguments, 0, arguments.length);
        arguments[0] = text.text();
        return plan.shape.construct(arguments);
    }

    /**
     * A value of a sealed interface (a block): a text is the variant with a text form, an object
     * the variant whose first component it has as a field.
     */
    private @Nullable Object bindVariant(Node node, Class<?> type, VariantPlan plan, Pointer pointer) {
        if (isText(node)) {
            return plan.text != null ? textForm((Node.ScalarNode) node, plan.text) : wrongType(node, type, pointer);
        }
        if (!(node instanceof Node.ObjectNode object)) {
            return wrongType(node, type, pointer);
        }
        RecordPlan variant = plan.objectVariant(object);
        if (variant == null && plan.text != null && readAsField(object)) {
            Node.Field field = object.fields().get(0);
            return fail(node, pointer, Rules.WRONG_TYPE, Names.capitalise(Names.label(pointer.toString())) + " is text that holds \": \","
                    + " so YAML read the words before it (" + Names.quote(field.name()) + ") as the name of a field; put the whole text"
                    + " in quotes");
        }
        if (variant == null) {
            return fail(node, pointer, Rules.WRONG_TYPE, Names.capitalise(Names.label(pointer.toString())) + " must be " + expected(type)
                    + ", but it is an object with none of the fields " + WireFormat.variants(type).stream()
                            .filter(v -> !WireFormat.hasTextForm(v)).map(v -> "\"" + WireFormat.discriminator(v) + "\"")
                            .collect(Collectors.joining(", ")));
        }
        return bindRecord(node, variant, pointer);
    }

    /**
     * Whether an object that is no block is, most likely, a text holding {@code ": "} that YAML
     * read as a field ({@code - Common causes: tight calves}): one field, written where the
     * object starts (YAML's block style; in JSON the object starts at its brace), whose name is
     * prose rather than a field name (it has a space or a capital letter, which no field name
     * starts with), and whose value is no list or object.
     */
    private static boolean readAsField(Node.ObjectNode object) {
        if (object.fields().size() != 1) {
            return false;
        }
        Node.Field field = object.fields().get(0);
        String name = field.name();
        boolean prose = name.indexOf(' ') >= 0 || !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
        return prose && field.value() instanceof Node.ScalarNode && field.line() == object.line() && field.column() == object.column();
    }

    private static @Nullable Object absent(Property property) {
        Class<?> raw = property.rawType();
        if (raw == List.class) {
            return List.of();
        }
        if (raw == boolean.class) {
            return Boolean.FALSE;
        }
        if (raw == int.class) {
            return 0;
        }
        return null;
    }

    /**
     * Reports a required field that an object lacks; an article without {@code formatVersion}
     * whose fields are format 1's is told which version its fields are.
     */
    private void missing(Node.ObjectNode object, Class<?> type, Pointer pointer, String field) {
        if (type == Condition.class && field.equals("formatVersion")) {
            List<String> formatOne = FormatOneFields.in(object);
            if (!formatOne.isEmpty()) {
                findings.add(Rules.REQUIRED, object, "/formatVersion", "The article has no \"formatVersion\"; its fields "
                        + FormatOneFields.quoted(formatOne) + " are format 1's: add \"formatVersion: 1\" for a format-1 article"
                        + " (then conditions migrate rewrites it in format 2)");
                return;
            }
        }
        findings.addMissing(object, pointer.toString(), field);
    }

    /** Top-level fields of format 2 that format 1 does not have: a format-1 article holding one is likely format 2. */
    private static final Set<String> FORMAT_TWO_ONLY = Set.of("body", "publisher", "published", "updated");

    private void unknownField(Node.Field field, RecordShape shape, Pointer at) {
        String pointer = at.toString();
        List<String> known = shape.properties().stream().map(Property::name).toList();
        String suggestion = Names.suggest(field.name(), known);
        String where = Names.recordNoun(shape.type());
        String message;
        if (shape.type() == Condition.class && FormatOneFields.isFormatOneOnly(field.name())) {
            // A format-1 article read as format 2 (formatVersion 2, or none): "did you mean" or
            // the list of format 2's fields would send the editor the wrong way.
            message = "Unknown field " + Names.quote(field.name()) + " in " + where + "; it is a field of format 1,"
                    + " which format 2 writes as a section of \"body\": for a format-1 article, say \"formatVersion: 1\""
                    + " (docs/migration.md maps each field)";
        } else if (shape.type() == org.conditioncontent.loader.format1.Condition.class && FORMAT_TWO_ONLY.contains(field.name())) {
            // The reverse: a format-2 article that still says formatVersion 1. The list of
            // format 1's fields would send the editor the wrong way.
            message = "Unknown field " + Names.quote(field.name()) + " in " + where + "; this looks like format 2:"
                    + " set \"formatVersion: 2\"";
        } else {
            message = suggestion != null
                    ? "Unknown field " + Names.quote(field.name()) + " in " + where + "; did you mean \"" + suggestion + "\"?"
                    : "Unknown field " + Names.quote(field.name()) + " in " + where + "; its fields are " + String.join(", ", known);
        }
        failed.add(pointer);
        unknown.add(pointer);
        findings.add(Rules.UNKNOWN_FIELD, field.line(), field.column(), pointer, message);
    }

    private @Nullable Object bindList(Node node, Slot slot, Pointer pointer) {
        if (!(node instanceof Node.ArrayNode array)) {
            return wrongType(node, slot.type, pointer);
        }
        Slot element = Objects.requireNonNull(slot.element, "a list's slot has its elements'");
        List<Node> items = array.items();
        int size = items.size();
        List<Object> values = new ArrayList<>(size);
        int[] sourceIndexes = new int[size];
        for (int i = 0; i < size; i++) {
            Object v = bind(items.get(i), element, pointer.item(i));
            if (v != null) {
                sourceIndexes[values.size()] = i;
                values.add(v);
            }
        }
        if (values.size() < size && !values.isEmpty()) {
            // An element was left out and the later ones moved down: remember where each came from.
            sources.shifted(values, Arrays.copyOf(sourceIndexes, values.size()));
        }
        return values;
    }

    private @Nullable Object bindEnum(Node.ScalarNode scalar, Class<?> type, Pointer pointer) {
        if (scalar.kind() != Node.Kind.STRING) {
            return wrongType(scalar, type, pointer);
        }
        @SuppressWarnings({"unchecked", "rawtypes"}) // raw: the enum type is known only at run time, checked by isEnum()
        Object value = WireFormat.enumValue((Class) type, scalar.text());
        if (value != null) {
            return value;
        }
        List<String> names = WireFormat.enumNames(type);
        String suggestion = Names.suggest(scalar.text(), names);
        return fail(scalar, pointer, Rules.UNKNOWN_VALUE, Names.quote(scalar.text()) + " is not " + Names.withArticle(Names.words(type.getSimpleName()))
                + (suggestion != null ? "; did you mean \"" + suggestion + "\"?" : "; use one of: " + String.join(", ", names)));
    }

    private @Nullable Object wrongType(Node node, Type expected, Pointer at) {
        String pointer = at.toString();
        if (at == Pointer.ROOT) {
            // "The article must be an object (the article), but it is null" said "the article"
            // twice, and "null" to an editor whose file holds ~, null, a list or a line of text.
            boolean empty = node instanceof Node.ScalarNode s && s.kind() == Node.Kind.NULL;
            return fail(node, at, Rules.WRONG_TYPE, "The file holds no article" + (empty ? ", only an empty value (~ or null)" : ", only " + found(node))
                    + "; an article is an object with at least an id and a title");
        }
        String message = Names.capitalise(Names.label(pointer)) + " must be " + expected(expected) + ", but it is " + found(node);
        if (node instanceof Node.ScalarNode && Property.raw(expected) == List.class) {
            message += "; put the value in a list";
        }
        return fail(node, at, Rules.WRONG_TYPE, message);
    }

    /**
     * What the model says of the bound a whole number too large for an int breaks, in its own
     * words ("must be a four-digit year"), as the validator says it of a smaller number out of
     * range: {@code @Max}'s message for a number too large, {@code @Min}'s for one too small.
     * {@code null} when the component has no such bound with a message of its own (a provider's
     * default is a key in braces).
     */
    private static @Nullable String boundInWords(@Nullable Method accessor, boolean negative) {
        if (accessor == null) {
            return null;
        }
        Min min = negative ? accessor.getAnnotation(Min.class) : null;
        Max max = negative ? null : accessor.getAnnotation(Max.class);
        String message = min != null ? min.message() : max != null ? max.message() : null;
        // A provider's default, or a message with a placeholder in it, is not for an editor as it is.
        return message == null || message.contains("{") ? null : message;
    }

    /**
     * A whole number too large for an int as a message shows it: unquoted, as the validator shows
     * a number out of range; by its count of digits when it is too long to echo.
     */
    private static String hugeNumber(String text) {
        // An integer's text here is digits with an optional minus: YAML reads "+1" as text.
        int digits = text.startsWith("-") ? text.length() - 1 : text.length();
        return text.length() <= 30 ? text : "a number of " + digits + " digits";
    }

    private @Nullable Object fail(Node node, Pointer at, org.conditioncontent.loader.Rule rule, String message) {
        String pointer = at.toString();
        failed.add(pointer);
        findings.add(rule, node, pointer, Names.capitalise(message));
        return null;
    }

    private static String expected(Type type) {
        Class<?> raw = Property.raw(type);
        if (raw == String.class) {
            return "text";
        }
        if (raw == Integer.class || raw == int.class) {
            return "a whole number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw == LocalDate.class) {
            return "a date written as YYYY-MM-DD";
        }
        if (raw == PartialDate.class) {
            return "a date written as YYYY, YYYY-MM or YYYY-MM-DD";
        }
        if (raw.isSealed()) {
            return WireFormat.variants(raw).stream()
                    .map(v -> WireFormat.hasTextForm(v) ? "text (" + Names.recordNoun(v) + ")"
                            : "an object with \"" + WireFormat.discriminator(v) + "\" (" + Names.recordNoun(v) + ")")
                    .collect(Collectors.joining(", or "));
        }
        if (raw.isEnum()) {
            return "one of " + WireFormat.enumNames(raw).stream().collect(Collectors.joining(", "));
        }
        if (raw.isRecord() && raw != PartialDate.class) {
            return WireFormat.hasTextForm(raw) ? "text or an object (" + Names.recordNoun(raw) + ")"
                    : "an object (" + Names.recordNoun(raw) + ")";
        }
        if (raw == List.class) {
            Class<?> element = Property.raw(Property.elementType(type));
            if (element == String.class) {
                return "a list of texts";
            }
            return element.isSealed() || WireFormat.hasTextForm(element)
                    ? "a list (each " + Names.recordNoun(element) + ": text or an object)"
                    : "a list of objects (each " + Names.recordNoun(element) + ")";
        }
        return raw.getSimpleName();
    }

    private static String found(Node node) {
        if (node instanceof Node.ObjectNode) {
            return "an object";
        }
        if (node instanceof Node.ArrayNode) {
            return "a list";
        }
        Node.ScalarNode s = (Node.ScalarNode) node;
        switch (s.kind()) {
            case STRING:
                return "the text " + Names.quote(s.text());
            case INTEGER:
            case DECIMAL:
                return "the number " + Names.quote(s.text()).replace("\"", "");
            case BOOLEAN:
                return s.text();
            default:
                return "null";
        }
    }
}
