package io.github.esfkit.spark;

/**
 * Where the participations of one person (re-entries, återinskrivningar) are linked into one participant.
 */
public enum Linking {
  /**
   * Partition by person (the personnummer) and link inside the partition: each partition's calculator
   * holds only counters, so the merge is small and memory stays flat. The default.
   */
  BY_PERSON,
  /**
   * Partition by participation and link when the partitions' calculators merge: a person's participations
   * may lie in different partitions. Gives the same figures; the calculators carry every person with a
   * personnummer to the final merge, so it suits small data and proves the merge.
   */
  AT_MERGE
}
