package org.conditioncontent.lsp.internal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * Makes a request whose params are well-formed JSON of the wrong type (a position given as
 * {@code "x"}) fail as InvalidParams (-32602), as JSON-RPC says, with a message that names the
 * method and where the params went wrong. LSP4J reads such a request as a message that cannot be
 * parsed: ParseError (-32700), meant for text that is not JSON, with Gson's exception (its class
 * name and a link to Gson's troubleshooting page) as the error's data.
 *
 * <p>Registered with {@code Launcher.Builder.configureGson}: it wraps LSP4J's own reading of
 * messages and changes only the issue of such a request, which LSP4J then answers as it answers any
 * request it cannot read; the data is left out, since nothing in it helps the client. Text that is
 * not JSON, and a notification with params of the wrong type (which has no response to carry an
 * error, and is logged), keep LSP4J's handling. Not API.
 */
public final class InvalidParams implements TypeAdapterFactory {

    /** Gson's name for where it was reading: "path $.params.position". */
    private static final Pattern PATH = Pattern.compile("path (\\$\\S*)");

    /** Creates the factory; it keeps nothing. */
    public InvalidParams() {}

    /**
     * The adapter for {@link Message} itself, the type LSP4J reads each message as; none for other types.
     *
     * @param gson the Gson that asks, with LSP4J's adapter for messages
     * @param type the type to read or write
     * @return an adapter that delegates to LSP4J's, or {@code null} for any other type than {@code Message}
     */
    @Override
    public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() != Message.class) {
            return null;
        }
        TypeAdapter<T> lsp4j = gson.getDelegateAdapter(this, type);
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                lsp4j.write(out, value);
            }

            @Override
            public T read(JsonReader in) throws IOException {
                try {
                    return lsp4j.read(in);
                } catch (MessageIssueException e) {
                    throw invalidParams(e);
                }
            }
        };
    }

    /** The issue as InvalidParams when it is a request's params of the wrong type; else as it is. */
    private static MessageIssueException invalidParams(MessageIssueException e) {
        List<MessageIssue> issues = e.getIssues();
        if (!(e.getRpcMessage() instanceof RequestMessage request) || issues.size() != 1
                || issues.get(0).getIssueCode() != ResponseErrorCode.ParseError.getValue()
                || !isWrongType(issues.get(0).getCause())) {
            return e;
        }
        String where = "";
        Matcher path = PATH.matcher(String.valueOf(issues.get(0).getCause().getMessage()));
        if (path.find()) {
            where = " at " + path.group(1);
        }
        return new MessageIssueException(request, new MessageIssue("The params of " + request.getMethod()
                + " are not of the type the method takes: the value" + where + " has another type.",
                ResponseErrorCode.InvalidParams.getValue()));
    }

    /**
     * Whether Gson failed on a value of the wrong type, not on text that is not JSON: Gson reports
     * both as a {@link JsonParseException}, and only the second with an {@link IOException} (a
     * malformed document, or its end too soon) as a cause.
     */
    private static boolean isWrongType(@Nullable Exception cause) {
        if (!(cause instanceof JsonParseException)) {
            return false;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return false;
            }
        }
        return true;
    }
}
