package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** What the UI tests share: letting the event loop run while a job works, and until the views have caught up. */
final class Gui {

    private Gui() {
    }

    /** Runs the event loop until the job is done (at most two minutes; none when null), then drains it. */
    static void settle(Job job) throws InterruptedException {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 120_000;
        while (job != null && job.getState() != Job.NONE && System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        for (int i = 0; i < 30; i++) {
            drain();
            Thread.sleep(10);
        }
    }

    /**
     * Whether a table cell shows a text: whole, or its start followed by "…" when the column is too narrow (the
     * tables cut long texts at their logical end; the cell's tooltip has the whole text).
     */
    static boolean shows(String cell, String whole) {
        return cell.equals(whole) || cell.endsWith("…") && cell.length() > 1 && whole.startsWith(cell.substring(0, cell.length() - 1).stripTrailing());
    }

    /** Runs the event loop until {@code done} holds (at most two minutes: then the test fails, saying {@code what}), then drains it. */
    static void until(BooleanSupplier done, String what) throws InterruptedException {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 120_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                fail("waited two minutes for " + what);
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        for (int i = 0; i < 30; i++) {
            drain();
            Thread.sleep(10);
        }
    }

    /** Runs the pending events (refreshes, async updates). */
    static void drain() {
        Display d = Display.getCurrent();
        for (int i = 0; i < 5; i++) {
            while (d.readAndDispatch()) {
                // let the views update
            }
        }
    }
}
