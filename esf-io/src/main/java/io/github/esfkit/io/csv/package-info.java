/**
 * CSV codecs (CSV-format): the participant exchange format version 1 ({@code participants.csv},
 * {@code events.csv}), read as a stream with every problem reported by file, line and column
 * ({@link io.github.esfkit.io.csv.ParticipantCsvReader}) and written back
 * ({@link io.github.esfkit.io.csv.ParticipantCsvWriter}). The RFC 4180 tokenizer
 * ({@link io.github.esfkit.io.csv.CsvRecordReader}) is hand-written: it resumes after a syntax error and
 * reads any input in bounded memory.
 */
@NullMarked
package io.github.esfkit.io.csv;

import org.jspecify.annotations.NullMarked;
