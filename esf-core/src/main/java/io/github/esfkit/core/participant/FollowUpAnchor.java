package io.github.esfkit.core.participant;

/** What a follow-up observation's month count is measured from. */
public enum FollowUpAnchor {
  /** N months before entry (baseline, e.g. one month before inskrivning). */
  BEFORE_ENTRY,
  /** N months after exit (e.g. three months after utskrivning). */
  AFTER_EXIT
}
