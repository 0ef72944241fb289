package io.github.esfkit.examples.cli;

import io.github.esfkit.core.participant.Participation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands participations from the reading thread to a folding thread in batches, so that parsing and the
 * indicator fold use two cores. The queue is bounded (a few thousand records in flight), so memory does not
 * grow with the file. Not thread-safe on the producer side: one reader calls {@link #accept}.
 */
final class PipelinedFold implements Consumer<Participation>, AutoCloseable {

  private static final int BATCH = 2048;
  private static final List<Participation> END = List.of();

  private final BlockingQueue<List<Participation>> queue = new ArrayBlockingQueue<>(8);
  private final Thread worker;
  private List<Participation> batch = new ArrayList<>(BATCH);
  private volatile Throwable failure;

  PipelinedFold(Consumer<Participation> fold) {
    worker = new Thread(() -> {
      try {
        while (true) {
          List<Participation> b = queue.take();
          if (b == END) {
            return;
          }
          if (failure == null) {
            for (Participation p : b) {
              fold.accept(p);
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException | Error e) {
        failure = e;
        queue.clear();
      }
    }, "esf-fold");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void accept(Participation p) {
    batch.add(p);
    if (batch.size() == BATCH) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  private void put(List<Participation> b) {
    try {
      while (failure == null && !queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (!worker.isAlive()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until every participation handed over is folded; rethrows a failure of the fold. */
  @Override
  public void close() {
    if (!batch.isEmpty()) {
      put(batch);
      batch = new ArrayList<>();
    }
    put(END);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failure;
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
  }
}
