package io.github.esfkit.io.csv;

/** Told now and then how far a read has come; the command line shows it on a terminal. */
@FunctionalInterface
public interface ProgressListener {

  /** Does nothing. */
  ProgressListener NONE = (file, bytes, total, rows) -> {};

  /**
   * Progress of one file.
   *
   * @param file the file's name, any identity number in it withheld ({@link io.github.esfkit.core.Redaction})
   * @param bytesRead bytes read so far
   * @param totalBytes the file's size, or -1 when unknown
   * @param rows records read so far
   */
  void progress(String file, long bytesRead, long totalBytes, long rows);
}
