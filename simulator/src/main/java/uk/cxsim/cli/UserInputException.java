package uk.cxsim.cli;

/** Bad input found by a command (as opposed to by the scenario reader); exit code 2. */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
