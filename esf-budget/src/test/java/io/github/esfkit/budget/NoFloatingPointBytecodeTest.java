package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.FieldVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every main class file of the module and fails on any floating-point instruction, constant, local
 * variable or descriptor: stronger than the ArchUnit rules, it also sees locals and arithmetic.
 */
class NoFloatingPointBytecodeTest {

  @Test
  void noFloatingPointInstructionsConstantsOrDescriptors() throws IOException, URISyntaxException {
    Path classes = Path.of(BudgetCalculator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThan(30);
    List<String> findings = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        new ClassReader(in).accept(new Scanner(file.getFileName().toString(), findings), 0);
      }
    }
    assertThat(findings).isEmpty();
  }

  @Test
  void theScannerSeesFloatingPoint() throws IOException {
    List<String> findings = new ArrayList<>();
    try (InputStream in = Sample.class.getResourceAsStream("NoFloatingPointBytecodeTest$Sample.class")) {
      new ClassReader(in).accept(new Scanner("Sample", findings), 0);
    }
    assertThat(findings).anyMatch(f -> f.contains("instruction")).anyMatch(f -> f.contains("constant"));
  }

  /** A deliberately floating class, to prove the scanner works. */
  static final class Sample {
    static long f(long x) {
      double d = x * 0.15;
      return Math.round(d);
    }
  }

  private static boolean floating(String descriptor) {
    return containsPrimitive(descriptor);
  }

  /** True when a descriptor mentions D or F outside class names, or Double/Float. */
  private static boolean containsPrimitive(String descriptor) {
    boolean inName = false;
    for (int i = 0; i < descriptor.length(); i++) {
      char ch = descriptor.charAt(i);
      if (inName) {
        inName = ch != ';';
      } else if (ch == 'L') {
        inName = true;
      } else if (ch == 'D' || ch == 'F') {
        return true;
      }
    }
    return descriptor.contains("Ljava/lang/Double;") || descriptor.contains("Ljava/lang/Float;");
  }

  private static final class Scanner extends ClassVisitor {
    private final String name;
    private final List<String> findings;

    Scanner(String name, List<String> findings) {
      super(Opcodes.ASM9);
      this.name = name;
      this.findings = findings;
    }

    @Override
    public FieldVisitor visitField(int access, String field, String descriptor, String signature, Object value) {
      if (floating(descriptor)) {
        findings.add(name + "." + field + ": field " + descriptor);
      }
      return null;
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String method, String descriptor, String signature, String[] exceptions) {
      String where = name + "." + method + descriptor;
      if (floating(descriptor)) {
        findings.add(where + ": descriptor");
      }
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public void visitInsn(int opcode) {
          boolean constants = opcode >= Opcodes.FCONST_0 && opcode <= Opcodes.DCONST_1;
          boolean arithmetic = (opcode >= Opcodes.FALOAD && opcode <= Opcodes.DALOAD)
              || (opcode >= Opcodes.FASTORE && opcode <= Opcodes.DASTORE)
              || (opcode >= Opcodes.FADD && opcode <= Opcodes.DNEG && floatingArithmetic(opcode))
              || (opcode >= Opcodes.I2F && opcode <= Opcodes.D2F && opcode != Opcodes.I2L && opcode != Opcodes.L2I)
              || (opcode >= Opcodes.FCMPL && opcode <= Opcodes.DCMPG)
              || opcode == Opcodes.FRETURN || opcode == Opcodes.DRETURN;
          if (constants || arithmetic) {
            findings.add(where + ": instruction " + opcode);
          }
        }

        @Override
        public void visitVarInsn(int opcode, int var) {
          if (opcode == Opcodes.FLOAD || opcode == Opcodes.DLOAD || opcode == Opcodes.FSTORE || opcode == Opcodes.DSTORE) {
            findings.add(where + ": instruction " + opcode);
          }
        }

        @Override
        public void visitLdcInsn(Object value) {
          if (value instanceof Double || value instanceof Float) {
            findings.add(where + ": constant " + value);
          }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String called, String desc, boolean itf) {
          if (floating(desc)) {
            findings.add(where + ": calls " + owner + "." + called + desc);
          }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
          if (floating(desc)) {
            findings.add(where + ": accesses " + owner + "." + field);
          }
        }

        @Override
        public void visitLocalVariable(
            String local, String desc, String signature, Label start, Label end, int index) {
          if (floating(desc)) {
            findings.add(where + ": local " + local);
          }
        }
      };
    }
  }

  /** FADD..DNEG interleave I, L, F, D: the F and D ones are at offsets 2 and 3 of each group of four. */
  private static boolean floatingArithmetic(int opcode) {
    int offset = (opcode - Opcodes.IADD) % 4;
    return offset == 2 || offset == 3;
  }
}
