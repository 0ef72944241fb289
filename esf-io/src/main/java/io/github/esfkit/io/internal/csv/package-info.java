/**
 * CSV plumbing of the readers, not exported (intern): the hand-written RFC 4180 tokenizer
 * ({@link io.github.esfkit.io.internal.csv.CsvRecordReader}) that resumes after a syntax error and reads any
 * input in bounded memory. Users read files through {@code io.github.esfkit.io.csv}.
 */
@NullMarked
package io.github.esfkit.io.internal.csv;

import org.jspecify.annotations.NullMarked;
