package org.conditioncontent.lsp.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;
import org.jspecify.annotations.Nullable;

/**
 * The life cycle LSP asks of a server, kept in front of it: until {@code initialize} has come, a
 * request gets ServerNotInitialized (-32002) and a notification is dropped, {@code exit} aside;
 * a second {@code initialize}, and any request after {@code shutdown}, gets InvalidRequest (-32600).
 * A request for one of the server's methods that take params, sent without them (or with
 * {@code null}), gets InvalidParams (-32602) and changes no state: an {@code initialize} without
 * params leaves the server uninitialized, so that a correct one can follow. After
 * {@code initialize}, a request whose params lack a member that LSP requires (a hover without its
 * {@code position}) gets InvalidParams too, naming the member; a notification that lacks one is
 * dropped with a warning in the server's log. The server's methods are then called only in the
 * states where they mean something, with their params and the members those require, and need no
 * check of their own.
 *
 * <p>Given to LSP4J's {@code Launcher.Builder.wrapMessages}, which applies it to both streams: it
 * takes the client's messages on their way to the endpoint that calls the server, the one consumer
 * that is also a {@link MessageIssueHandler}, and leaves the server's messages to the client as
 * they are. A refused request is answered through that handler, as LSP4J answers a request it
 * cannot read, so the response has the request's id and no data. Not API.
 */
public final class LifeCycle implements Function<MessageConsumer, MessageConsumer> {

    static final String NOT_INITIALIZED = "The server is not initialized: send initialize first.";
    static final String SHUT_DOWN = "The server is shut down: only exit may follow shutdown.";
    static final String INITIALIZED_ALREADY = "The server is initialized already: initialize is sent once in a session.";

    /**
     * The requests the server answers whose method takes params: all but {@code shutdown}. Read
     * from the server's annotations, as LSP4J reads them to dispatch, so a new method is covered.
     */
    private static final Set<String> TAKE_PARAMS = ServiceEndpoints.getSupportedMethods(Server.class).entrySet().stream()
            .filter(m -> !m.getValue().isNotification() && m.getValue().getParameterTypes().length > 0)
            .map(Map.Entry::getKey)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Every method the server has, requests and notifications: only their params are read into
     * LSP4J's types, whose required members are marked; another method's params stay JSON.
     */
    private static final Set<String> METHODS = ServiceEndpoints.getSupportedMethods(Server.class).keySet();

    /** Where LSP4J's validator says a required member is missing: "Path: $.params.position". */
    private static final Pattern MISSING = Pattern.compile("must return a non-null value\\. Path: (\\$\\.params\\S*)");

    private static final System.Logger LOG = System.getLogger(LifeCycle.class.getName());

    /** LSP4J's check of the members its types mark as required; it keeps nothing between messages. */
    private final Required required = new Required();

    private enum State { STARTED, INITIALIZED, SHUT_DOWN }

    /**
     * Changed by the thread that reads the client's messages, which passes them on one at a time;
     * volatile for the reads of a wrapper made on another thread.
     */
    private volatile State state = State.STARTED;

    /** Creates the life cycle of one session, in its first state: not initialized. */
    public LifeCycle() {}

    /**
     * Wraps a consumer of messages.
     *
     * @param next where the messages go
     * @return a consumer that passes on what the life cycle allows, when {@code next} takes the
     *     client's messages; {@code next} itself otherwise
     */
    @Override
    public MessageConsumer apply(MessageConsumer next) {
        if (!(next instanceof MessageIssueHandler endpoint)) {
            return next; // the server's messages to the client
        }
        return message -> {
            MessageIssue refusal = refusal(message);
            if (refusal == null) {
                next.consume(message);
            } else if (message instanceof RequestMessage request) {
                endpoint.handle(request, List.of(refusal));
            }
            // A notification refused is dropped, as LSP says: it has no response to carry an error.
        };
    }

    /** Why a message from the client is refused, or {@code null} when it is passed on; moves the state on. */
    private @Nullable MessageIssue refusal(Message message) {
        if (message instanceof RequestMessage request) {
            switch (state) {
                case STARTED -> {
                    if (!"initialize".equals(request.getMethod())) {
                        return new MessageIssue(NOT_INITIALIZED, ResponseErrorCode.ServerNotInitialized.getValue());
                    }
                    if (request.getParams() == null) {
                        return missingParams(request); // still not initialized: a correct initialize may follow
                    }
                    // The server answers initialize before this thread reads the next message, so
                    // every later request comes after the answer, as LSP has it.
                    state = State.INITIALIZED;
                }
                case INITIALIZED -> {
                    if ("initialize".equals(request.getMethod())) {
                        // Its workspace folders would be added to the first ones, and its answer would claim a fresh start.
                        return new MessageIssue(INITIALIZED_ALREADY, ResponseErrorCode.InvalidRequest.getValue());
                    }
                    if (request.getParams() == null && TAKE_PARAMS.contains(request.getMethod())) {
                        return missingParams(request);
                    }
                    if ("shutdown".equals(request.getMethod())) {
                        state = State.SHUT_DOWN;
                    }
                    String missing = required.missing(request.getMethod(), message);
                    if (missing != null) {
                        return new MessageIssue("The params of " + request.getMethod()
                                + " lack a member the method requires: " + missing + ".", ResponseErrorCode.InvalidParams.getValue());
                    }
                }
                case SHUT_DOWN -> {
                    return new MessageIssue(SHUT_DOWN, ResponseErrorCode.InvalidRequest.getValue());
                }
            }
            return null;
        }
        if (message instanceof NotificationMessage notification && state == State.STARTED
                && !"exit".equals(notification.getMethod())) {
            return new MessageIssue(NOT_INITIALIZED, ResponseErrorCode.ServerNotInitialized.getValue());
        }
        if (message instanceof NotificationMessage notification && state == State.INITIALIZED) {
            String missing = required.missing(notification.getMethod(), message);
            if (missing != null) {
                LOG.log(System.Logger.Level.WARNING, "Dropped {0}: its params lack a member the method requires: {1}.",
                        notification.getMethod(), missing);
                return new MessageIssue(missing, ResponseErrorCode.InvalidParams.getValue());
            }
        }
        return null; // a response to a request of the server's, or a notification it may have
    }

    /**
     * LSP4J's reflective check of the {@code @NonNull} members of its types, applied to the
     * client's messages only: as {@code Launcher.Builder.validateMessages} it would check the
     * server's own messages too, and answer a missing member with Java accessor names.
     */
    private static final class Required extends ReflectiveMessageValidator {

        /**
         * The first required member that a message for one of the server's methods lacks.
         *
         * @param method the message's method
         * @param message the message, its params read into the method's type
         * @return the member's JSON path, such as {@code $.params.position}; {@code null} when none
         *     is missing, or when the method is not the server's
         */
        @Nullable String missing(String method, Message message) {
            if (!METHODS.contains(method)) {
                return null;
            }
            for (MessageIssue issue : validate(message)) {
                Matcher path = MISSING.matcher(issue.getText());
                if (path.find()) {
                    return path.group(1);
                }
            }
            return null; // another kind of issue, which the server's methods do not depend on
        }
    }

    /** InvalidParams for a request sent without the params its method takes, in the words of {@link InvalidParams}. */
    private static MessageIssue missingParams(RequestMessage request) {
        return new MessageIssue("The params of " + request.getMethod() + " are missing: the method takes an object of params.",
                ResponseErrorCode.InvalidParams.getValue());
    }
}
