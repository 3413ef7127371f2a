import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A planted nullness bug: the value may be null and is used without a check. */
@NullMarked
final class PlantedNullDereference {
    private PlantedNullDereference() {}

    static @Nullable String heading(boolean present) {
        return present ? "Causes" : null;
    }

    static int headingLength(boolean present) {
        return heading(present).length();
    }
}
