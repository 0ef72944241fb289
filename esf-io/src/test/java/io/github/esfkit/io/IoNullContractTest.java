package io.github.esfkit.io;

import io.github.esfkit.core.testing.NullContractSweep;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The null contract of esf-io (issue 12), over every exported package: a null argument to any public
 * constructor, factory or method is a NullPointerException, unless the parameter is {@code @Nullable}.
 */
class IoNullContractTest {

  @Test
  void everyPublicMemberRejectsNull() throws IOException {
    NullContractSweep.of("io.github.esfkit.io", InputError.class).withCoreSamples().runAndCheck(15);
  }
}
