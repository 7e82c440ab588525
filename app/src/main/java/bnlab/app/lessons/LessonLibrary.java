package bnlab.app.lessons;

import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lessons there are: the ones that come with BN Lab (listed in bnlab/lessons/index.txt) and the
 * teacher's own in a folder (by default ~/.bnlab/lessons, every *.json in it). A file that does not
 * check out is refused with its name and the problem, and the others load. Sorted by their order.
 */
public final class LessonLibrary {
    /** The lessons that loaded and the files that were refused, with why. */
    public record Loaded(List<Lesson> lessons, List<ProblemException> refused) {
        public Loaded {
            lessons = List.copyOf(lessons);
            refused = List.copyOf(refused);
        }

        /** The lesson with this id, or null. */
        public Lesson byId(String id) {
            return lessons.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
        }

        /**
         * Why the command line cannot open lesson id at step (from 1), worded, or null when it can: an unknown
         * id lists the ids there are and every refused file with why (the teacher's lesson may be one of them).
         */
        public String whyNotOpen(String id, int step) {
            Lesson l = byId(id);
            if (l == null) {
                StringBuilder why = new StringBuilder(bnlab.app.i18n.I18n.get("cli.unknownLesson", id,
                        String.join(", ", lessons.stream().map(Lesson::id).toList())));
                for (ProblemException e : refused) {
                    why.append('\n').append(bnlab.app.i18n.I18n.get("start.refused", bnlab.app.i18n.I18n.problem(e)));
                }
                return why.toString();
            }
            if (step < 1 || step > l.steps().size()) {
                return bnlab.app.i18n.I18n.get("cli.lessonStep", step, l.steps().size());
            }
            return null;
        }
    }

    private LessonLibrary() {
    }

    /** The teacher's folder: the system property bnlab.lessons when set, else ~/.bnlab/lessons. */
    public static Path userFolder() {
        String p = System.getProperty("bnlab.lessons");
        return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".bnlab", "lessons");
    }

    /** A load begun by {@link #preload()} and not yet taken, or null. */
    private static java.util.concurrent.CompletableFuture<Loaded> preloaded;

    /**
     * Begin reading the lessons on a thread of their own (a launch does it while the engine builds the
     * twins); the next {@link #load()} takes the result.
     */
    public static synchronized void preload() {
        if (preloaded == null) {
            Path folder = userFolder();
            preloaded = new java.util.concurrent.CompletableFuture<>();
            java.util.concurrent.CompletableFuture<Loaded> f = preloaded;
            Thread t = new Thread(() -> {
                try {
                    f.complete(load(folder));
                } catch (RuntimeException | Error e) {
                    f.completeExceptionally(e);
                }
            }, "bnlab-lessons");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The bundled lessons and those in the teacher's folder (read now, or taken from a preload). */
    public static Loaded load() {
        java.util.concurrent.CompletableFuture<Loaded> f;
        synchronized (LessonLibrary.class) {
            f = preloaded;
            preloaded = null;
        }
        if (f != null) {
            try {
                return f.join();
            } catch (java.util.concurrent.CompletionException e) {
                // read again here: what failed on the other thread fails the same way, where it is reported
            }
        }
        return load(userFolder());
    }

    public static Loaded load(Path folder) {
        List<Lesson> lessons = new ArrayList<>();
        List<ProblemException> refused = new ArrayList<>();
        for (String name : bundledNames()) {
            try (InputStream in = LessonLibrary.class.getResourceAsStream("/bnlab/lessons/" + name)) {
                if (in == null) {
                    refused.add(new ProblemException(Problem.of(LessonProblem.UNREADABLE, "missing"), name, null));
                    continue;
                }
                lessons.add(LessonFiles.parseBundled(new String(in.readAllBytes(), StandardCharsets.UTF_8), name));
            } catch (ProblemException e) {
                refused.add(e);
            } catch (IOException e) {
                refused.add(new ProblemException(Problem.of(LessonProblem.UNREADABLE, bnlab.app.i18n.IoReasons.of(e)), name, null));
            }
        }
        if (folder != null && Files.isDirectory(folder)) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> d = Files.newDirectoryStream(folder, "*.json")) {
                d.forEach(files::add);
            } catch (IOException | RuntimeException e) {
                refused.add(new ProblemException(Problem.of(LessonProblem.UNREADABLE, bnlab.app.i18n.IoReasons.of(e)),
                        folder.toString(), null));
            }
            files.sort(Comparator.comparing(Path::toString));
            for (Path f : files) {
                try {
                    lessons.add(LessonFiles.read(f));
                } catch (ProblemException e) {
                    refused.add(e);
                }
            }
        }
        return new Loaded(unique(lessons, refused), refused);
    }

    // the first lesson with an id wins (bundled ones come first); later ones are refused
    private static List<Lesson> unique(List<Lesson> all, List<ProblemException> refused) {
        Set<String> ids = new HashSet<>();
        List<Lesson> kept = new ArrayList<>();
        for (Lesson l : all) {
            if (ids.add(l.id())) {
                kept.add(l);
            } else {
                refused.add(new ProblemException(Problem.of(LessonProblem.DUPLICATE_ID, l.id()), l.id(), null));
            }
        }
        kept.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id));
        return kept;
    }

    /** The bundled lesson files, as index.txt lists them (one name a line, # for comments). */
    static List<String> bundledNames() {
        try (InputStream in = LessonLibrary.class.getResourceAsStream("/bnlab/lessons/index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    names.add(t);
                }
            }
            return names;
        } catch (IOException e) {
            return List.of();
        }
    }
}
