import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** The planted files with their bugs fixed: the same check passes them. */
@NullMarked
final class Clean {
    private Clean() {}

    static @Nullable String heading(boolean present) {
        return present ? "Causes" : null;
    }

    static int headingLength(boolean present) {
        String heading = heading(present);
        return heading == null ? 0 : heading.length();
    }

    @CheckReturnValue
    static String checked(String text) {
        return text.strip();
    }

    static String caller() {
        return checked(" text ");
    }
}
