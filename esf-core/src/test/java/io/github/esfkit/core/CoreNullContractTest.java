package io.github.esfkit.core;

import io.github.esfkit.core.testing.NullContractSweep;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The null contract of esf-core (issue 12): a null argument to any public constructor, factory or method of an
 * exported package is a NullPointerException, unless the parameter is {@code @Nullable}.
 */
class CoreNullContractTest {

  @Test
  void everyPublicMemberRejectsNull() throws IOException {
    NullContractSweep.of("io.github.esfkit.core", Redaction.class).withCoreSamples().runAndCheck(40);
  }
}
