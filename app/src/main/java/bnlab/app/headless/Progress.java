package bnlab.app.headless;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/** The training steps as a progress bar on the terminal (standard error, so results can be piped). */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    Progress(String task, long steps, PrintStream err) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps).setUnit("", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }

    /** The step reached (any thread). */
    void stepTo(long step) {
        bar.stepTo(Math.min(step, bar.getMax()));
    }

    @Override
    public void close() {
        bar.close();
    }
}
