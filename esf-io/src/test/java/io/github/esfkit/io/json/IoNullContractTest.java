package io.github.esfkit.io.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.testing.NullContractSweep;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.targets.model.ParticipantFacts;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InvalidInputException;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The null contract of esf-io (issue 12), over every exported package: a null argument to any public
 * constructor, factory or method is a NullPointerException, unless the parameter is {@code @Nullable}.
 */
class IoNullContractTest {

  @Test
  void everyPublicMemberRejectsNull() throws IOException, InvalidInputException {
    CommonIndicatorCalculator calculator =
        CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, LocalDate.of(2022, 6, 30));
    NullContractSweep.of("io.github.esfkit.io", InputError.class).withCoreSamples()
        .sample(CommonIndicatorCalculator.class, calculator)
        .sample(CommonIndicatorResult.class, calculator.result())
        .sample(ObjectNode.class, new ObjectMapper().createObjectNode())
        .sample(ParticipantFacts.class, ParticipantFacts.none())
        .sampleOf(TargetsJson.read("t.json", TargetsJsonTest.valid()).table())
        .runAndCheck(15);
  }
}
