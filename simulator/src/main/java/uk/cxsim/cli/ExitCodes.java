package uk.cxsim.cli;

import picocli.CommandLine.IExitCodeExceptionMapper;

import uk.cxsim.errors.UserErrors;

/**
 * Exit codes by exception type: a user error (a wrong key or value, a missing file, an unusable output folder: see
 * {@link UserErrors}) exits with {@link Main#BAD_INPUT}; anything else is unexpected and exits with
 * {@link Main#FAILED}.
 */
final class ExitCodes implements IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable t) {
        return UserErrors.isUserError(t) ? Main.BAD_INPUT : Main.FAILED;
    }
}
