package io.github.esfkit.core.organisation;

/** The kind of an organisation (organisationstyp), as far as ESF rules tell them apart. */
public enum OrganisationKind {
  /** Kommun. */
  MUNICIPALITY,
  /** Region (formerly landsting). */
  REGION,
  /** Kommunförbund, e.g. Kommunförbundet Kalmar län. */
  ASSOCIATION_OF_MUNICIPALITIES,
  /** Statlig myndighet, e.g. Arbetsförmedlingen, Försäkringskassan. */
  STATE_AGENCY,
  /** Samordningsförbund (Finsam). */
  COORDINATION_ASSOCIATION,
  /** Ideell organisation (non-profit), e.g. an association or foundation. */
  NON_PROFIT,
  /** Privat företag. */
  PRIVATE,
  /** Anything else, or not known. */
  OTHER;

  /** True for public bodies: municipalities, regions, their associations, state agencies, Finsam. */
  public boolean isPublic() {
    return this == MUNICIPALITY || this == REGION || this == ASSOCIATION_OF_MUNICIPALITIES
        || this == STATE_AGENCY || this == COORDINATION_ASSOCIATION;
  }
}
