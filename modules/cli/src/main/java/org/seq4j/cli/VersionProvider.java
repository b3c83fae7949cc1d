package org.seq4j.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (falls back to "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Seq4j.class.getPackage().getImplementationVersion();
    return new String[] {"seq4j " + (v == null ? "dev" : v)};
  }
}
