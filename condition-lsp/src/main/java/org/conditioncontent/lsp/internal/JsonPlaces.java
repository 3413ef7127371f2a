package org.conditioncontent.lsp.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the path of the cursor in JSON by reading the text up to it, token by token, with a stack
 * of the objects and lists it is in. Nothing after the cursor is read, so the half-typed rest of
 * a document does not matter, and a malformed document is read as far as it makes sense.
 */
final class JsonPlaces {

    private JsonPlaces() {}

    /** What the reader expects next in an object or a list. */
    private enum Expect { KEY, COLON, VALUE, COMMA }

    /** An object or a list the cursor is in. */
    private static final class Frame {
        final boolean object;
        @Nullable String key;
        int index;
        Expect expect;

        Frame(boolean object) {
            this.object = object;
            this.expect = object ? Expect.KEY : Expect.VALUE;
        }
    }

    /** Where reading stopped: the frames, and the string or plain token the cursor is in, if any. */
    private record Scan(List<Frame> frames, int tokenStart, boolean inString) {
        Frame top() {
            return frames.get(frames.size() - 1);
        }

        List<String> path() {
            List<String> path = new ArrayList<>();
            for (int i = 0; i < frames.size() - 1; i++) {
                Frame f = frames.get(i);
                path.add(f.object ? String.valueOf(f.key) : String.valueOf(f.index));
            }
            return path;
        }
    }

    static @Nullable Place place(String text, int offset) {
        Scan scan = scan(text, offset);
        if (scan == null) {
            return null;
        }
        Frame top = scan.top();
        int start = scan.tokenStart < 0 ? offset : scan.tokenStart + (scan.inString ? 1 : 0);
        int end = scan.inString ? stringEnd(text, scan.tokenStart) : offset;
        if (top.object && top.expect == Expect.KEY) {
            return new Place(Place.Kind.KEY, scan.path(), start, end, scan.inString);
        }
        if (top.object && top.expect == Expect.VALUE && top.key != null) {
            List<String> path = new ArrayList<>(scan.path());
            path.add(top.key);
            return new Place(Place.Kind.VALUE, path, start, end, scan.inString);
        }
        if (!top.object && top.expect == Expect.VALUE) {
            // An item of a list: complete it as the list's element type, one of its values.
            List<String> path = new ArrayList<>(scan.path());
            path.add(String.valueOf(top.index));
            return new Place(Place.Kind.VALUE, path, start, end, scan.inString);
        }
        return null;
    }

    static @Nullable List<String> field(String text, int offset) {
        Scan scan = scan(text, offset);
        if (scan == null) {
            return null;
        }
        Frame top = scan.top();
        List<String> path = new ArrayList<>(scan.path());
        if (top.object) {
            if (top.expect == Expect.KEY && scan.inString) {
                // On a key: read the whole key, beyond the cursor.
                int close = stringEnd(text, scan.tokenStart);
                path.add(text.substring(scan.tokenStart + 1, close));
            } else if (top.key != null && top.expect != Expect.KEY) {
                path.add(top.key);
            } else {
                return path.isEmpty() ? null : path;
            }
        } else if (top.expect == Expect.VALUE || scan.tokenStart >= 0) {
            path.add(String.valueOf(top.index));
        }
        return path;
    }

    /** Reads up to the cursor; {@code null} when the cursor is not inside the top-level object. */
    private static @Nullable Scan scan(String text, int offset) {
        List<Frame> frames = new ArrayList<>();
        int end = Math.min(offset, text.length());
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
                continue;
            }
            Frame top = frames.isEmpty() ? null : frames.get(frames.size() - 1);
            switch (c) {
                case '{', '[' -> {
                    if (top != null) {
                        top.expect = Expect.COMMA;
                    } else if (i > 0 && !text.substring(0, i).isBlank() && text.charAt(0) != '\uFEFF') {
                        return null; // a second document
                    }
                    frames.add(new Frame(c == '{'));
                    i++;
                }
                case '}', ']' -> {
                    if (top == null) {
                        return null;
                    }
                    frames.remove(frames.size() - 1);
                    if (frames.isEmpty()) {
                        return null; // after the document
                    }
                    i++;
                }
                case ',' -> {
                    if (top != null) {
                        if (top.object) {
                            top.expect = Expect.KEY;
                            top.key = null;
                        } else {
                            top.index++;
                            top.expect = Expect.VALUE;
                        }
                    }
                    i++;
                }
                case ':' -> {
                    if (top != null && top.object) {
                        top.expect = Expect.VALUE;
                    }
                    i++;
                }
                case '"' -> {
                    int close = stringEnd(text, i);
                    if (close >= end) {
                        return frames.isEmpty() ? null : new Scan(frames, i, true);
                    }
                    if (top != null) {
                        if (top.object && top.expect == Expect.KEY) {
                            top.key = text.substring(i + 1, close);
                            top.expect = Expect.COLON;
                        } else {
                            top.expect = Expect.COMMA;
                        }
                    }
                    i = close + 1;
                }
                default -> {
                    int j = i;
                    while (j < text.length() && ",:{}[]\" \t\r\n".indexOf(text.charAt(j)) < 0) {
                        j++;
                    }
                    if (j >= end) {
                        return frames.isEmpty() ? null : new Scan(frames, i, false);
                    }
                    if (top != null && top.expect == Expect.VALUE) {
                        top.expect = Expect.COMMA;
                    }
                    i = j;
                }
            }
        }
        return frames.isEmpty() ? null : new Scan(frames, -1, false);
    }

    /** The offset of the quote closing a string that opens at {@code open}; the text's length if none. */
    private static int stringEnd(String text, int open) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i;
            } else if (c == '\n' || c == '\r') {
                return i; // an unclosed string ends at its line, as the editor shows it
            } else {
                i++;
            }
        }
        return text.length();
    }
}
