package io.github.esfkit.core.programme;

import java.util.Objects;
import java.util.Optional;

/** A Swedish county (län) with its two-digit county code (länskod). */
public enum County {
  /** Stockholms län. */
  STOCKHOLM("01", "Stockholm"),
  /** Uppsala län. */
  UPPSALA("03", "Uppsala"),
  /** Södermanlands län. */
  SODERMANLAND("04", "Södermanland"),
  /** Östergötlands län. */
  OSTERGOTLAND("05", "Östergötland"),
  /** Jönköpings län. */
  JONKOPING("06", "Jönköping"),
  /** Kronobergs län. */
  KRONOBERG("07", "Kronoberg"),
  /** Kalmar län. */
  KALMAR("08", "Kalmar"),
  /** Gotlands län. */
  GOTLAND("09", "Gotland"),
  /** Blekinge län. */
  BLEKINGE("10", "Blekinge"),
  /** Skåne län. */
  SKANE("12", "Skåne"),
  /** Hallands län. */
  HALLAND("13", "Halland"),
  /** Västra Götalands län. */
  VASTRA_GOTALAND("14", "Västra Götaland"),
  /** Värmlands län. */
  VARMLAND("17", "Värmland"),
  /** Örebro län. */
  OREBRO("18", "Örebro"),
  /** Västmanlands län. */
  VASTMANLAND("19", "Västmanland"),
  /** Dalarnas län. */
  DALARNA("20", "Dalarna"),
  /** Gävleborgs län. */
  GAVLEBORG("21", "Gävleborg"),
  /** Västernorrlands län. */
  VASTERNORRLAND("22", "Västernorrland"),
  /** Jämtlands län. */
  JAMTLAND("23", "Jämtland"),
  /** Västerbottens län. */
  VASTERBOTTEN("24", "Västerbotten"),
  /** Norrbottens län. */
  NORRBOTTEN("25", "Norrbotten");

  private final String code;
  private final String displayName;

  County(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** The two-digit county code, e.g. {@code 18} for Örebro. */
  public String code() {
    return code;
  }

  /** The short Swedish name, e.g. {@code Örebro}. */
  public String displayName() {
    return displayName;
  }

  /** The NUTS 2 region the county lies in. */
  public Region region() {
    for (Region r : Region.values()) {
      if (r.counties().contains(this)) {
        return r;
      }
    }
    throw new AssertionError("county without region: " + this);
  }

  /** Finds a county by its two-digit code. */
  public static Optional<County> findByCode(String code) {
    Objects.requireNonNull(code, "code");
    for (County c : values()) {
      if (c.code.equals(code.trim())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
