package org.cxm.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/** Runs store work off the UI thread and hands its result to a control that may be gone by then. */
public final class UiJobs {

    /** Work that reads the store and may fail. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private UiJobs() {
    }

    /** Schedules {@code work} as a job named {@code name}; on success {@code show} runs on the UI thread. */
    public static <T> Job load(String name, Control owner, Work<T> work, Consumer<T> show, Consumer<String> fail) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.run();
                deliver(owner, () -> show.accept(result));
                return Status.OK_STATUS;
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                deliver(owner, () -> fail.accept(message));
                return Status.warning(name + ": " + message, e);
            }
        });
        job.setPriority(Job.SHORT);
        return job;
    }

    private static void deliver(Control owner, Runnable update) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed()) {
                update.run();
            }
        });
    }
}
