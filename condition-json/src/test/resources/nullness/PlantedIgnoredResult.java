import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

/** A planted ignored result: the method's result is the whole point of calling it. */
@NullMarked
final class PlantedIgnoredResult {
    private PlantedIgnoredResult() {}

    @CheckReturnValue
    static String checked(String text) {
        return text.strip();
    }

    static void caller() {
        checked(" text ");
    }
}
