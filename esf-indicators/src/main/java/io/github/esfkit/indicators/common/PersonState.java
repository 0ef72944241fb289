package io.github.esfkit.indicators.common;

/**
 * The linked view of one person's participations in one operation (återinskrivning): the first entry's
 * characteristics and sub-project, the last exit with the events of that exit, and whether any
 * participation is still active. {@link #combine} is associative and commutative, so partial states from
 * any split of the records combine into the state of all of them. Immutable.
 */
final class PersonState {

  // first entry: smallest (entry, participantId)
  final String firstId;
  final String subProject;
  final int gender;
  final int birth;
  final int entry;
  final int status;
  final int edu;
  final int flags;
  // last exit: largest (exit, participantId) among exited participations; lastExit 0 when none
  final String lastId;
  final int lastExit;
  final int[] evYmd;
  final byte[] evType;
  final boolean anyActive;
  final int participations;
  final boolean changed;

  PersonState(String firstId, String subProject, int gender, int birth, int entry, int status, int edu, int flags,
      String lastId, int lastExit, int[] evYmd, byte[] evType, boolean anyActive, int participations,
      boolean changed) {
    this.firstId = firstId;
    this.subProject = subProject;
    this.gender = gender;
    this.birth = birth;
    this.entry = entry;
    this.status = status;
    this.edu = edu;
    this.flags = flags;
    this.lastId = lastId;
    this.lastExit = lastExit;
    this.evYmd = evYmd;
    this.evType = evType;
    this.anyActive = anyActive;
    this.participations = participations;
    this.changed = changed;
  }

  static PersonState combine(PersonState a, PersonState b) {
    // Ties (two sources that both number from "P1") are broken on every field taken over, so that the
    // choice never depends on which argument comes first: combine is commutative for every input.
    PersonState f = compareFirst(a, b) <= 0 ? a : b;
    PersonState l;
    if (a.lastExit == 0) {
      l = b;
    } else if (b.lastExit == 0) {
      l = a;
    } else {
      l = compareLast(a, b) >= 0 ? a : b;
    }
    boolean changed = a.changed || b.changed || !a.sameCharacteristics(b);
    return new PersonState(f.firstId, f.subProject, f.gender, f.birth, f.entry, f.status, f.edu, f.flags,
        l.lastId, l.lastExit, l.evYmd, l.evType, a.anyActive || b.anyActive, a.participations + b.participations,
        changed);
  }

  /** Orders by (entry, participant id) and then by every other field of the first entry. */
  private static int compareFirst(PersonState a, PersonState b) {
    int c = Integer.compare(a.entry, b.entry);
    if (c == 0) {
      c = a.firstId.compareTo(b.firstId);
    }
    if (c == 0) {
      c = a.subProject.compareTo(b.subProject);
    }
    if (c == 0) {
      c = java.util.Arrays.compare(new int[] {a.gender, a.birth, a.status, a.edu, a.flags},
          new int[] {b.gender, b.birth, b.status, b.edu, b.flags});
    }
    return c;
  }

  /** Orders by (exit, participant id) and then by the events of that exit. */
  private static int compareLast(PersonState a, PersonState b) {
    int c = Integer.compare(a.lastExit, b.lastExit);
    if (c == 0) {
      c = a.lastId.compareTo(b.lastId);
    }
    if (c == 0) {
      c = java.util.Arrays.compare(a.evYmd, b.evYmd);
    }
    if (c == 0) {
      c = java.util.Arrays.compare(a.evType, b.evType);
    }
    return c;
  }

  private boolean sameCharacteristics(PersonState o) {
    return gender == o.gender && birth == o.birth && status == o.status && edu == o.edu
        && Codes.characteristics(flags) == Codes.characteristics(o.flags);
  }

  /** Folds the person into a tally as one participant. */
  void foldInto(Tally t) {
    int exit = anyActive ? 0 : lastExit;
    int n = exit == 0 ? 0 : evYmd.length;
    if (participations > 1) {
      t.rules[DataRule.RE_ENTRY_LINKED.ordinal()] += participations - 1;
    }
    if (changed) {
      t.rules[DataRule.RE_ENTRY_CHANGED.ordinal()]++;
    }
    t.fold(t.subProject(subProject), gender, birth, entry, exit, status, edu, flags, evYmd, evType, 0, n, false);
  }
}
