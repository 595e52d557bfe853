package uk.cxsim.cli;

import picocli.CommandLine.IVersionProvider;

import uk.cxsim.workflow.Build;

/** {@code cxsim --version}: the program version. */
public final class BuildInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"cxsim " + Build.version()};
    }
}
