import com.sun.source.util.DocTrees;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.DocumentationTool;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;

/**
 * Measures the share of documented public API members (public types and their public and protected
 * constructors, methods and fields, generated Immutables types included) of source folders. A member that
 * overrides a documented method, or a method of a type outside the sources (equals, hashCode, compareTo), counts
 * as documented, since Javadoc shows the inherited contract; implicit enum methods and default constructors are
 * not counted. A generated accessor counts only when its abstract accessor is documented.
 *
 * <pre>java [-Dcoverage.list=true] [-Dcoverage.check=true] tools/JavadocCoverage.java CLASSPATH SOURCE_DIR...</pre>
 *
 * <p>With {@code coverage.check} it lists what is undocumented and exits 1 unless coverage is 100 %. The measured
 * modules' own build output is dropped from CLASSPATH (their types are read from source only), and it exits 2 when
 * the sources use {@code org.immutables.value.Generated} but CLASSPATH lacks it: javadoc would drop the annotation,
 * and every generated accessor would count as documented by its generated comment.
 */
public final class JavadocCoverage {

  public static void main(String[] args) throws IOException {
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    List<File> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      try (Stream<Path> s = Files.walk(Path.of(args[i]))) {
        s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).forEach(p -> files.add(p.toFile()));
      }
    }
    StandardJavaFileManager fm = tool.getStandardFileManager(null, Locale.ROOT, null);
    String classPath = withoutMeasuredModules(args[0], List.of(args).subList(1, args.length));
    boolean ok = tool.getTask(null, fm, d -> { }, Counter.class,
        List.of("-classpath", classPath, "-quiet", "--ignore-source-errors"), fm.getJavaFileObjectsFromFiles(files)).call();
    if (!ok) {
      System.err.println("javadoc failed");
      System.exit(2);
    }
    boolean generatedSources = false;
    for (File f : files) {
      generatedSources |= Files.readString(f.toPath()).contains(GENERATED);
    }
    if (generatedSources && !generatedResolved) {
      // javadoc drops an annotation it cannot resolve: every generated accessor would count by its boilerplate comment
      System.err.println("the class path lacks the annotation type " + GENERATED + ": no coverage figure");
      System.exit(2);
    }
    if (Boolean.getBoolean("coverage.check") && !complete) {
      System.err.println("javadoc coverage below 100 %: every public member above needs its comment");
      System.exit(1);
    }
  }

  /** True when the last run found every counted member documented. */
  static volatile boolean complete;

  /** The annotation Immutables puts on a generated type. */
  static final String GENERATED = "org.immutables.value.Generated";

  /** True when the last run could resolve {@link #GENERATED}; without it the figure of generated types is void. */
  static volatile boolean generatedResolved;

  /**
   * The class path without the build output ({@code target/...}) of the modules whose sources are measured, so that
   * every measured type, and the comment on it, is read from source and never from a compiled class.
   */
  static String withoutMeasuredModules(String classPath, List<String> sourceDirs) {
    List<Path> outputs = new ArrayList<>();
    for (String dir : sourceDirs) {
      Path p = Path.of(dir).toAbsolutePath().normalize();
      while (p != null && p.getFileName() != null && !p.getFileName().toString().equals("src")
          && !p.getFileName().toString().equals("target")) {
        p = p.getParent();
      }
      if (p != null && p.getParent() != null) {
        outputs.add(p.getParent().resolve("target"));
      }
    }
    List<String> kept = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path e = Path.of(entry).toAbsolutePath().normalize();
      if (!entry.isEmpty() && outputs.stream().noneMatch(e::startsWith)) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  /** The doclet that counts. */
  public static final class Counter implements Doclet {
    @Override public void init(Locale locale, Reporter reporter) { }
    @Override public String getName() { return "coverage"; }
    @Override public Set<? extends Option> getSupportedOptions() { return Set.of(); }
    @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latest(); }

    @Override
    public boolean run(DocletEnvironment env) {
      DocTrees trees = env.getDocTrees();
      Elements elements = env.getElementUtils();
      generatedResolved = elements.getTypeElement(GENERATED) != null;
      int[] total = new int[1];
      int[] documented = new int[1];
      TreeMap<String, int[]> perModule = new TreeMap<>();
      List<String> missing = new ArrayList<>();
      for (TypeElement t : ElementFilter.typesIn(env.getIncludedElements())) {
        if (!isApi(t) || !isApi(t.getEnclosingElement())) {
          continue;
        }
        String pkg = elements.getPackageOf(t).getQualifiedName().toString();
        boolean generated = t.getAnnotationMirrors().stream()
            .anyMatch(a -> a.getAnnotationType().toString().equals(GENERATED));
        List<Element> members = new ArrayList<>();
        members.add(t);
        for (Element m : t.getEnclosedElements()) {
          if (m.getKind().isClass() || m.getKind().isInterface()) {
            continue; // nested types are visited on their own
          }
          if (isApi(m) && !elements.getOrigin(m).equals(Elements.Origin.MANDATED) && !implicit(t, m, elements)) {
            members.add(m);
          }
        }
        for (Element m : members) {
          boolean doc = generated && overridesAny(m, t, elements)
              // a generated accessor's boilerplate comment does not count: its abstract accessor must be documented
              ? overridesDocumented(m, t, elements, trees)
              : trees.getDocCommentTree(m) != null || overridesDocumented(m, t, elements, trees)
                  || recordParamDocumented(m, t, trees);
          total[0]++;
          documented[0] += doc ? 1 : 0;
          int[] c = perModule.computeIfAbsent(pkg, k -> new int[2]);
          c[0]++;
          c[1] += doc ? 1 : 0;
          if (!doc) {
            missing.add(t.getQualifiedName() + (m == t ? "" : "#" + m));
          }
        }
      }
      perModule.forEach((p, c) -> System.out.printf("%-50s %5d / %5d  %5.1f %%%n", p, c[1], c[0], percent(c[1], c[0])));
      System.out.printf("%-50s %5d / %5d  %5.1f %%%n", "TOTAL", documented[0], total[0], percent(documented[0], total[0]));
      if (Boolean.getBoolean("coverage.list") || Boolean.getBoolean("coverage.check")) {
        missing.forEach(m -> System.out.println("  undocumented: " + m));
      }
      complete = missing.isEmpty() && total[0] > 0;
      return true;
    }

    /** The share in percent, rounded down to a tenth, so that 100.0 means every member. */
    private static double percent(int documented, int total) {
      return Math.floor(1000.0 * documented / total) / 10;
    }

    /**
     * A record component, and its accessor when it has no comment of its own, is documented by the record's
     * {@code @param} tag of that name (javadoc shows that text on both).
     */
    private static boolean recordParamDocumented(Element m, TypeElement record, DocTrees trees) {
      if (record.getKind() != javax.lang.model.element.ElementKind.RECORD) {
        return false;
      }
      String name = m.getSimpleName().toString();
      boolean component = m.getKind() == javax.lang.model.element.ElementKind.RECORD_COMPONENT
          || m.getKind() == javax.lang.model.element.ElementKind.FIELD
          || m instanceof ExecutableElement && ((ExecutableElement) m).getParameters().isEmpty()
              && m.getKind() == javax.lang.model.element.ElementKind.METHOD;
      if (!component || record.getRecordComponents().stream().noneMatch(c -> c.getSimpleName().contentEquals(name))) {
        return false;
      }
      com.sun.source.doctree.DocCommentTree doc = trees.getDocCommentTree(record);
      return doc != null && doc.getBlockTags().stream()
          .filter(tag -> tag instanceof com.sun.source.doctree.ParamTree)
          .map(tag -> (com.sun.source.doctree.ParamTree) tag)
          .anyMatch(tag -> !tag.isTypeParameter() && tag.getName().getName().contentEquals(name)
              && !tag.getDescription().isEmpty());
    }

    private static boolean isApi(Element e) {
      if (e.getKind() == javax.lang.model.element.ElementKind.PACKAGE) {
        return true;
      }
      Set<Modifier> m = e.getModifiers();
      return m.contains(Modifier.PUBLIC) || m.contains(Modifier.PROTECTED);
    }

    private static boolean implicit(TypeElement t, Element m, Elements elements) {
      if (elements.getOrigin(m) != Elements.Origin.EXPLICIT) {
        return true; // default constructors, record members
      }
      if (t.getKind() == javax.lang.model.element.ElementKind.ENUM && m instanceof ExecutableElement) {
        String name = m.getSimpleName().toString();
        int params = ((ExecutableElement) m).getParameters().size();
        return name.equals("values") && params == 0 || name.equals("valueOf") && params == 1; // documented by javadoc
      }
      return false;
    }

    private static boolean overridesDocumented(Element m, TypeElement owner, Elements elements, DocTrees trees) {
      if (!(m instanceof ExecutableElement)) {
        return false;
      }
      ExecutableElement method = (ExecutableElement) m;
      List<TypeElement> supers = new ArrayList<>();
      collectSupers(owner, supers);
      for (TypeElement s : supers) {
        for (ExecutableElement other : ElementFilter.methodsIn(s.getEnclosedElements())) {
          if (elements.overrides(method, other, owner)
              && (trees.getDocCommentTree(other) != null || trees.getPath(other) == null)) {
            return true; // documented there, or a JDK/library method (equals, compareTo, …) whose contract applies
          }
        }
      }
      return false;
    }

    private static boolean overridesAny(Element m, TypeElement owner, Elements elements) {
      if (!(m instanceof ExecutableElement)) {
        return false;
      }
      List<TypeElement> supers = new ArrayList<>();
      collectSupers(owner, supers);
      for (TypeElement s : supers) {
        if (s.getQualifiedName().toString().equals("java.lang.Object")) {
          continue;
        }
        for (ExecutableElement other : ElementFilter.methodsIn(s.getEnclosedElements())) {
          if (elements.overrides((ExecutableElement) m, other, owner)) {
            return true;
          }
        }
      }
      return false;
    }

    private static void collectSupers(TypeElement t, List<TypeElement> into) {
      List<javax.lang.model.type.TypeMirror> direct = new ArrayList<>(t.getInterfaces());
      direct.add(t.getSuperclass());
      for (javax.lang.model.type.TypeMirror tm : direct) {
        if (tm instanceof javax.lang.model.type.DeclaredType) {
          TypeElement s = (TypeElement) ((javax.lang.model.type.DeclaredType) tm).asElement();
          if (!into.contains(s)) {
            into.add(s);
            collectSupers(s, into);
          }
        }
      }
    }
  }
}
