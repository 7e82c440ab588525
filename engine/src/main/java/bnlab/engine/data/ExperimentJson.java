package bnlab.engine.data;

import bnlab.engine.api.AtomicFiles;
import bnlab.engine.api.ExperimentFile;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import bnlab.engine.api.ArchKind;
import bnlab.engine.api.ExperimentSpec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved experiments as JSON (Gson). Reading checks everything ({@link ExperimentFile#problem()}) before
 * anything is used; a bad file is a ProblemException naming the file. Writing is atomic.
 */
public final class ExperimentJson {
    /** Larger than any experiment BN Lab writes by far; a bigger file is not one. */
    static final long MAX_BYTES = 1 << 20;

    // Gson places its refusals in their messages: "... at line 3 column 14 path $.spec" while reading text,
    // "... at path $.spec.widths[0]" while reading the parsed tree. The place, for the app to word (Gson's
    // own sentences, with their advice to programmers, are not passed on); else the parser's detail
    private static final Pattern LINE = Pattern.compile("line (\\d{1,9}) column (\\d{1,9})");
    private static final Pattern PATH = Pattern.compile("at path \\$(\\S*)");
    private static final Pattern NUMBER = Pattern.compile("^For input string: \"(.{0,80})\"");

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    private ExperimentJson() {
    }

    public static String toJson(ExperimentFile f) {
        return GSON.toJson(f);
    }

    public static void write(ExperimentFile f, Path file) throws ProblemException {
        AtomicFiles.write(file, toJson(f).getBytes(StandardCharsets.UTF_8));
    }

    public static ExperimentFile read(Path file) throws ProblemException {
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ProblemException(Problem.of(FileProblem.TOO_LARGE, MAX_BYTES), name, null);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) { // read, but not UTF-8 text: not one of our files
            throw new ProblemException(Problem.of(FileProblem.NOT_UTF8), name, e);
        } catch (IOException e) {
            throw new ProblemException(Problem.of(FileProblem.UNREADABLE, AtomicFiles.reason(e)), name, e);
        }
        return parse(text, name);
    }

    /** Parse and check; every problem is a ProblemException with the name as its file. */
    public static ExperimentFile parse(String json, String name) throws ProblemException {
        ExperimentFile f;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            Problem bare = bareWords(parsed, json);
            if (bare != null) {
                throw new ProblemException(bare, name, null);
            }
            JsonElement tree = withDefaults(parsed);
            Problem whole = wholeNumbers(tree, ExperimentFile.class, "");
            if (whole != null) {
                throw new ProblemException(whole, name, null);
            }
            f = GSON.fromJson(tree, ExperimentFile.class);
        } catch (RuntimeException | StackOverflowError e) { // Gson: JsonParseException; records: their checks
            throw new ProblemException(endsEarly(notJson(e), json), name, e);
        }
        if (f == null) {
            throw new ProblemException(Problem.of(FileProblem.EMPTY), name, null);
        }
        Problem p = f.problem();
        if (p != null) {
            throw new ProblemException(p, name, null);
        }
        return f;
    }

    /**
     * The first whole-number field (int or long, alone or in a list, in the records the file reads into) whose number
     * is not whole or is past the field's range, or null. Gson narrows as Number.intValue() does: a batch size of
     * 1.5 became 1 (and "batch size 1 with BN" was blamed), 1e12 became -727379968, a seed of 1e300 one in range.
     */
    static Problem wholeNumbers(JsonElement e, java.lang.reflect.Type type, String where) {
        Class<?> raw = type instanceof Class<?> c ? c
                : type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
        if (e == null || e.isJsonNull() || raw == null) {
            return null;
        }
        boolean isInt = raw == int.class || raw == Integer.class;
        if (isInt || raw == long.class || raw == Long.class) {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                return null; // Gson refuses a text there itself
            }
            java.math.BigDecimal v;
            try {
                v = e.getAsBigDecimal();
            } catch (NumberFormatException nan) { // NaN, Infinity
                return Problem.of(FileProblem.NOT_A_WHOLE_NUMBER, where, e.getAsString());
            }
            long lo = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long hi = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
            boolean whole = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
            return whole && v.compareTo(java.math.BigDecimal.valueOf(lo)) >= 0
                    && v.compareTo(java.math.BigDecimal.valueOf(hi)) <= 0 ? null
                    : Problem.of(FileProblem.NOT_A_WHOLE_NUMBER, where, e.getAsString());
        }
        if (java.util.List.class.isAssignableFrom(raw) && e.isJsonArray()
                && type instanceof java.lang.reflect.ParameterizedType p) {
            for (int i = 0; i < e.getAsJsonArray().size(); i++) {
                Problem q = wholeNumbers(e.getAsJsonArray().get(i), p.getActualTypeArguments()[0], where + "[" + i + "]");
                if (q != null) {
                    return q;
                }
            }
        }
        if (raw.isRecord() && e.isJsonObject()) {
            for (java.lang.reflect.RecordComponent rc : raw.getRecordComponents()) {
                Problem q = wholeNumbers(e.getAsJsonObject().get(rc.getName()), rc.getGenericType(),
                        where.isEmpty() ? rc.getName() : where + "." + rc.getName());
                if (q != null) {
                    return q;
                }
            }
        }
        return null;
    }

    /**
     * Files written before CNNs have no spec.arch and spec.groups: they are MLPs with the default
     * groups. Only a missing key is filled in (an unknown arch stays unknown, and is refused).
     */
    static JsonElement withDefaults(JsonElement root) {
        if (root != null && root.isJsonObject() && root.getAsJsonObject().get("spec") instanceof JsonObject spec) {
            if (!spec.has("arch")) {
                spec.addProperty("arch", ArchKind.MLP.name());
            }
            if (!spec.has("groups")) {
                spec.addProperty("groups", ExperimentSpec.DEFAULT_GROUPS);
            }
        }
        return root;
    }

    /**
     * A syntax error at the text's end (its last line, at or past its last character) is a file cut short, written
     * or copied only in part: said so, with the line it ends on, rather than "unexpected content" where nothing is.
     */
    static Problem endsEarly(Problem p, String json) {
        if (p.code() != FileProblem.UNEXPECTED_AT) {
            return p;
        }
        String text = json.stripTrailing();
        String[] lines = text.split("\n", -1);
        int line = (Integer) p.arg(0);
        int column = (Integer) p.arg(1);
        boolean atEnd = line > lines.length || (line == lines.length && column > lines[lines.length - 1].length());
        return atEnd ? Problem.of(FileProblem.ENDS_EARLY, lines.length) : p;
    }

    /**
     * Where the whole file parsed as one bare word, which the lenient parser takes for a string ("\0\1garbage"): not
     * JSON, said as unexpected content where the word starts, not "JSON, but not a saved experiment"; else null.
     */
    static Problem bareWords(JsonElement parsed, String json) {
        if (parsed == null || !parsed.isJsonPrimitive() || !parsed.getAsJsonPrimitive().isString()) {
            return null;
        }
        int at = 0;
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
        if (at < json.length() && (json.charAt(at) == '"' || json.charAt(at) == '\'')) {
            return null;
        }
        String before = json.substring(0, at);
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = 1 + at - (before.lastIndexOf('\n') + 1);
        return Problem.of(FileProblem.UNEXPECTED_AT, line, column);
    }

    private static Problem notJson(Throwable e) {
        for (Throwable t = e; t != null && t.getMessage() != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher line = LINE.matcher(t.getMessage());
            if (line.find()) {
                return Problem.of(FileProblem.UNEXPECTED_AT, Integer.parseInt(line.group(1)),
                        Integer.parseInt(line.group(2)));
            }
            Matcher path = PATH.matcher(t.getMessage());
            if (path.find()) {
                String where = path.group(1).startsWith(".") ? path.group(1).substring(1) : path.group(1);
                return where.isEmpty() ? Problem.of(FileProblem.WRONG_ROOT) : Problem.of(FileProblem.WRONG_PART, where);
            }
            Matcher number = NUMBER.matcher(t.getMessage());
            if (t instanceof NumberFormatException && number.find()) {
                return Problem.of(FileProblem.NOT_A_NUMBER, number.group(1));
            }
        }
        return Problem.of(FileProblem.NOT_JSON, rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
