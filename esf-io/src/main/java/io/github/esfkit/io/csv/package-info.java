/**
 * CSV codecs (CSV-format): the participant exchange format version 1 ({@code participants.csv},
 * {@code events.csv}), read as a stream with every problem reported by file, line and column
 * ({@link io.github.esfkit.io.csv.ParticipantCsvReader}, and the faster
 * {@link io.github.esfkit.io.csv.ColumnarCsvReader} for valid files) and written back
 * ({@link io.github.esfkit.io.csv.ParticipantCsvWriter}); and the three files of a running project
 * ({@link io.github.esfkit.io.csv.RunningCsv}). The RFC 4180 tokenizer they share ({@code CsvRecordReader},
 * package-private) resumes after a syntax error and reads any input in bounded memory.
 */
@NullMarked
package io.github.esfkit.io.csv;

import org.jspecify.annotations.NullMarked;
