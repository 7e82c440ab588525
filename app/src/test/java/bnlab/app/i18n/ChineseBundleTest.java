package bnlab.app.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Simplified Chinese bundles (messages_zh_CN, cli_zh_CN) say everything the English ones say: the same
 * keys in the same order, the same MessageFormat arguments, every text translated, and the terms of
 * CONCEPTS.md section 7 (glossary.tsv) used the same way everywhere.
 */
class ChineseBundleTest {
    private static final String DIR = "src/main/resources/bnlab/app/i18n/";

    /**
     * Keys whose Chinese text may equal the English one: only symbols, numbers, arguments and names that
     * Chinese courses keep in Latin letters (activation and initialization names, frameworks, layer names).
     */
    private static final Set<String> SAME_AS_ENGLISH = Set.of(
            "lesson.choiceKey",
            "enum.ActivationKind.SIGMOID", "enum.ActivationKind.TANH", "enum.ActivationKind.RELU",
            "enum.ActivationKind.ELU",
            "enum.InitKind.GAUSSIAN", "enum.InitKind.XAVIER", "enum.InitKind.HE",
            "init.gaussian", "init.standardNormal", "landscape.heatSeries",
            "enum.NormKind.BATCH", "enum.NormKind.LAYER", "enum.NormKind.INSTANCE", "enum.NormKind.GROUP",
            "enum.NormKind.RMS",
            "enum.Convention.PYTORCH", "enum.Convention.KERAS",
            "alert.message", "error.title", "controls.eps",
            "landscape.number", "landscape.steps", "landscape.scale.value", "landscape.kappa",
            "landscape.wine.od280",
            // formula fragments and arrows: the same in every language
            "saturation.curves.df", "saturation.curves.dfAxis", "saturation.curves.f", "saturation.curves.fAxis",
            "saturation.edge.above", "saturation.edge.below",
            "saturation.region.above", "saturation.region.below", "saturation.region.between",
            "saturation.signal.dW", "featureMaps.stats", "featureMaps.stats.short",
            "runningStats.previous.momentum", "runningStats.previous.eps", "runningStats.previous.lr",
            // symbols on buttons where the cell is narrow
            "grid.export.brief", "grid.record.brief", "alert.dismiss");

    /** Words of another translation tradition, or misleading ones, that the interface does not use. */
    private static final List<String> NOT_USED = List.of(
            "批量规范化", "批归一化", "批标准化", "层规范化", "滑动平均", "评估模式",
            "孪生"); // 孪生网络 is a Siamese network, not our twins

    /** English term (regular expression, case-insensitive) and the Chinese word a text with it must use. */
    private static final List<String[]> TERMS = List.of(
            new String[] {"batch normalization", "批量归一化"},
            new String[] {"layer normalization", "层归一化"},
            new String[] {"mini-batch", "小批量"},
            new String[] {"variance", "方差"},
            new String[] {"\\bunbiased", "无偏"},
            new String[] {"\\bbiased", "有偏"},
            new String[] {"running (mean|variance|average|statistic)", "移动平均"},
            new String[] {"momentum", "动量"},
            new String[] {"learning rate", "学习率"},
            new String[] {"activation", "激活"},
            new String[] {"saturat", "饱和"},
            new String[] {"weight init", "权重初始化"},
            new String[] {"landscape|loss surface", "损失曲面"},
            new String[] {"\\bloss\\b", "损失"},
            new String[] {"condition number", "条件数"},
            new String[] {"converge", "收敛"},
            // (not a command-line flag: "--eval-every" is how often accuracy is measured, not eval mode)
            new String[] {"(?<![-\\w])eval(?![-\\w])|\\bevaluation\\b|eval-mode", "推理"},
            new String[] {"train(ing)?[ -]mode", "训练模式"},
            new String[] {"histogram", "直方图"},
            new String[] {"population", "总体"},
            new String[] {"gradient", "梯度"},
            new String[] {"normaliz", "归一化"},
            new String[] {"standardiz", "标准化"},
            new String[] {"accurac", "准确率"},
            new String[] {"\\bseed", "种子"},
            new String[] {"epoch", "轮"},
            new String[] {"\\bsteps?\\b", "步"},
            new String[] {"half-life", "半衰期"},
            new String[] {"percentile", "百分位"},
            new String[] {"hidden layer", "隐藏层"},
            new String[] {"data set", "数据集"},
            new String[] {"\\bunits?\\b", "单元"},
            new String[] {"feature", "特征"},
            new String[] {"diverge", "发散"},
            new String[] {"\\bsamples?\\b", "样本"},
            new String[] {"canyon", "峡谷"},
            new String[] {"bowl", "圆碗"},
            new String[] {"eigenvalue", "特征值"},
            new String[] {"curvature", "曲率"},
            new String[] {"\\blabels?\\b", "标签"},
            new String[] {"\\bimages?\\b", "图像"},
            new String[] {"backward|backprop", "反向"},
            new String[] {"regulari", "正则化"},
            new String[] {"central difference", "中心差分"});

    /** Texts where a term of {@link #TERMS} is not a separate word in Chinese: key and the English term. */
    private static final Map<String, Set<String>> TERM_EXCEPTIONS = Map.of();

    // ---- loading ----

    /** A message bundle from the class path by its base name ("messages", "messages_zh_CN"). */
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ChineseBundleTest.class.getResourceAsStream("/bnlab/app/i18n/" + name + ".properties")) {
            assertTrue(in != null, name + ".properties is on the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The keys of a .properties file in the order they are written (no continuation lines in these files). */
    private static List<String> keysInOrder(String name) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(Path.of(DIR + name + ".properties"), StandardCharsets.UTF_8)) {
            String t = line.stripLeading();
            boolean wasContinued = continued;
            continued = endsWithOddBackslashes(line);
            if (wasContinued || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                continue;
            }
            int i = 0;
            while (i < t.length() && "=: \t\f".indexOf(t.charAt(i)) < 0) {
                i += t.charAt(i) == '\\' ? 2 : 1;
            }
            keys.add(t.substring(0, Math.min(i, t.length())));
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** The comment lines that open a section ("# ---- ... ----"), counted, so the zh file keeps the sections. */
    private static long sections(String name) throws IOException {
        return Files.readAllLines(Path.of(DIR + name + ".properties"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("# ----")).count();
    }

    // ---- keys ----

    @Test
    void messagesHaveExactlyTheEnglishKeysInTheEnglishOrder() throws IOException {
        sameKeys("messages");
        assertEquals(sections("messages"), sections("messages_zh_CN"), "the zh file keeps the section comments");
    }

    @Test
    void cliHelpHasExactlyTheEnglishKeysInTheEnglishOrder() throws IOException {
        sameKeys("cli");
    }

    private static void sameKeys(String name) throws IOException {
        Properties en = load(name);
        Properties zh = load(name + "_zh_CN");
        Set<String> missing = new TreeSet<>(en.stringPropertyNames());
        missing.removeAll(zh.stringPropertyNames());
        Set<String> extra = new TreeSet<>(zh.stringPropertyNames());
        extra.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys without a Chinese text in " + name + "_zh_CN");
        assertEquals(Set.of(), extra, "keys in " + name + "_zh_CN that the English bundle does not have");
        assertEquals(keysInOrder(name), keysInOrder(name + "_zh_CN"), "same order as " + name + ".properties");
        assertEquals(en.size(), keysInOrder(name + "_zh_CN").size(), "no key written twice");
    }

    @Test
    void theAppFindsTheChineseBundles() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String base : List.of(I18n.BUNDLE, "bnlab.app.i18n.cli")) {
            ResourceBundle b = ResourceBundle.getBundle(base, Locale.SIMPLIFIED_CHINESE, noFallback);
            assertEquals(Locale.SIMPLIFIED_CHINESE, b.getLocale(), base);
        }
        ResourceBundle m = ResourceBundle.getBundle(I18n.BUNDLE, Locale.SIMPLIFIED_CHINESE, noFallback);
        // read as UTF-8, not as ISO-8859-1 (which a malformed byte would silently fall back to)
        assertEquals("批量归一化", m.getString("controls.bn"));
    }

    // ---- arguments ----

    @Test
    void everyPatternParsesWithTheEnglishArguments() throws IOException {
        Properties en = load("messages");
        Properties zh = load("messages_zh_CN");
        List<String> wrong = new ArrayList<>();
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            String e = en.getProperty(k);
            String z = zh.getProperty(k);
            if (z == null) {
                continue; // reported by the key test
            }
            MessageFormat ef = new MessageFormat(e, Locale.ROOT);
            MessageFormat zf;
            try {
                zf = new MessageFormat(z, Locale.ROOT);
            } catch (IllegalArgumentException ex) {
                wrong.add(k + ": does not parse (" + ex.getMessage() + ")");
                continue;
            }
            if (!argumentIndices(e).equals(argumentIndices(z))) {
                wrong.add(k + ": arguments " + argumentIndices(z) + ", English " + argumentIndices(e));
                continue;
            }
            Format[] a = ef.getFormatsByArgumentIndex();
            Format[] b = zf.getFormatsByArgumentIndex();
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                Format x = i < a.length ? a[i] : null;
                Format y = i < b.length ? b[i] : null;
                if (!sameKind(x, y)) {
                    wrong.add(k + ": argument " + i + " is formatted as " + describe(y) + ", English " + describe(x));
                }
            }
            if (z.replace("''", "").indexOf('\'') >= 0) {
                wrong.add(k + ": a single quote (write '' or use “ ”)");
            }
            Object[] args = new Object[a.length];
            Arrays.fill(args, 1);
            try {
                new MessageFormat(z, Locale.SIMPLIFIED_CHINESE).format(args);
            } catch (IllegalArgumentException ex) {
                wrong.add(k + ": does not format (" + ex.getMessage() + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The argument indices a pattern uses, at any depth (choice branches may hold arguments too). */
    static Set<Integer> argumentIndices(String pattern) {
        Set<Integer> found = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                Matcher m = Pattern.compile("\\s*(\\d+)").matcher(pattern).region(i + 1, pattern.length());
                if (m.lookingAt()) {
                    found.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return found;
    }

    private static boolean sameKind(Format x, Format y) {
        if (x == null || y == null) {
            return x == y;
        }
        if (x.getClass() != y.getClass()) {
            return false;
        }
        if (x instanceof ChoiceFormat cx) {
            return Arrays.equals(cx.getLimits(), ((ChoiceFormat) y).getLimits());
        }
        if (x instanceof DecimalFormat dx) {
            return dx.toPattern().equals(((DecimalFormat) y).toPattern());
        }
        return x.equals(y);
    }

    private static String describe(Format f) {
        if (f == null) {
            return "plain";
        }
        if (f instanceof ChoiceFormat c) {
            return "choice " + Arrays.toString(c.getLimits());
        }
        if (f instanceof DecimalFormat d) {
            return "number " + d.toPattern();
        }
        return f.getClass().getSimpleName();
    }

    @Test
    void cliHelpKeepsPicocliVariablesAndHasNoFormatSpecifiers() throws IOException {
        Properties en = load("cli");
        Properties zh = load("cli_zh_CN");
        Pattern variable = Pattern.compile("\\$\\{[^}]*}");
        List<String> wrong = new ArrayList<>();
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            String z = zh.getProperty(k, "");
            Set<String> ev = new TreeSet<>();
            Set<String> zv = new TreeSet<>();
            variable.matcher(en.getProperty(k)).results().forEach(r -> ev.add(r.group()));
            variable.matcher(z).results().forEach(r -> zv.add(r.group()));
            if (!ev.equals(zv)) {
                wrong.add(k + ": " + zv + ", English " + ev);
            }
            // picocli passes descriptions through String.format
            if (z.replace("%n", "").contains("%")) {
                wrong.add(k + ": a % sign");
            }
        }
        assertEquals(List.of(), wrong);
    }

    // ---- translated, with the course's terms ----

    @Test
    void nothingIsLeftInEnglish() throws IOException {
        List<String> same = new ArrayList<>();
        for (String name : List.of("messages", "cli")) {
            Properties en = load(name);
            Properties zh = load(name + "_zh_CN");
            for (String k : new TreeSet<>(en.stringPropertyNames())) {
                String z = zh.getProperty(k);
                if (z != null && (z.equals(en.getProperty(k)) || z.isBlank()) && !SAME_AS_ENGLISH.contains(k)) {
                    same.add(name + ": " + k + "=" + z);
                }
            }
        }
        assertEquals(List.of(), same);
    }

    @Test
    void everyTextWithWordsHasChinese() throws IOException {
        // an English text with words (outside its arguments) has Chinese characters in Chinese, not just
        // reworded or recased English
        Pattern argument = Pattern.compile("\\{\\s*\\d+\\s*(,\\s*number\\s*(,[^{}]*)?)?}");
        Pattern word = Pattern.compile("[A-Za-z]{2,}");
        List<String> latinOnly = new ArrayList<>();
        for (String name : List.of("messages", "cli")) {
            Properties en = load(name);
            Properties zh = load(name + "_zh_CN");
            for (String k : new TreeSet<>(zh.stringPropertyNames())) {
                String z = zh.getProperty(k);
                boolean words = word.matcher(argument.matcher(en.getProperty(k, "")).replaceAll("")).find();
                boolean chinese = z.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                if (words && !chinese && !SAME_AS_ENGLISH.contains(k) && !SYMBOL_OR_NAME.contains(k)) {
                    latinOnly.add(name + ": " + k + "=" + z);
                }
            }
        }
        assertEquals(List.of(), latinOnly);
    }

    /** Keys whose English words become a symbol or a Latin name in Chinese ("Epsilon": ε; "leaky ReLU"). */
    private static final Set<String> SYMBOL_OR_NAME = Set.of("enum.ActivationKind.LEAKY_RELU", "enum.Setting.EPS");

    @Test
    void theCourseTermsAreUsed() throws IOException {
        Properties en = load("messages");
        Properties zh = load("messages_zh_CN");
        List<String> wrong = new ArrayList<>();
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            String e = en.getProperty(k);
            String z = zh.getProperty(k, "");
            for (String[] t : TERMS) {
                if (Pattern.compile(t[0], Pattern.CASE_INSENSITIVE).matcher(e).find() && !z.contains(t[1])
                        && !TERM_EXCEPTIONS.getOrDefault(k, Set.of()).contains(t[0])) {
                    wrong.add(k + ": \u201c" + t[0] + "\u201d without " + t[1] + ": " + z);
                }
            }
            for (String w : NOT_USED) {
                if (z.contains(w)) {
                    wrong.add(k + ": uses " + w);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void oneNameForEachChoiceOfNormalization() throws IOException {
        Properties zh = load("messages_zh_CN");
        // the layers by their names, as in PyTorch and Keras code; the idea in words
        assertEquals("BatchNorm", zh.getProperty("enum.NormKind.BATCH"));
        assertEquals("LayerNorm", zh.getProperty("enum.NormKind.LAYER"));
        assertEquals("GroupNorm", zh.getProperty("enum.NormKind.GROUP"));
        assertEquals("无归一化", zh.getProperty("enum.NormKind.NONE"));
        assertEquals("批量归一化", zh.getProperty("controls.bn"));
        assertEquals("归一化", zh.getProperty("controls.norm"));
        assertEquals("带 {0} 的网络", zh.getProperty("twin.normalized.named"));
        assertEquals("不带归一化的网络", zh.getProperty("twin.plain.named"));
        assertTrue(zh.getProperty("controls.gamma").contains("缩放"));
        assertTrue(zh.getProperty("controls.beta").contains("平移"));
        assertTrue(zh.getProperty("enum.Setting.GAMMA").contains("缩放"));
        assertTrue(zh.getProperty("enum.Setting.BETA").contains("平移"));
        assertTrue(zh.getProperty("window.runningStats").contains("移动平均"));
        assertTrue(zh.getProperty("runningStats.variance.tip").contains("有偏方差"));
    }

    @Test
    void onlyCharactersTheFontSubsetDrawsWell() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String name : List.of("messages_zh_CN", "cli_zh_CN")) {
            String text = Files.readString(Path.of(DIR + name + ".properties"), StandardCharsets.UTF_8);
            text.codePoints().distinct().forEach(c -> {
                boolean combining = c >= 0x0300 && c <= 0x036F;
                boolean subscriptLetter = (c >= 0x1D62 && c <= 0x1D6A) || (c >= 0x2090 && c <= 0x209C) || c == 0x2C7C;
                boolean banned = c == 0x23F8 || c == 0x21BA || c == 0x275A || c == 0xFFFD;
                if (combining || subscriptLetter || banned) {
                    wrong.add(name + ": U+" + Integer.toHexString(c));
                }
            });
        }
        assertEquals(List.of(), wrong);
    }
}
